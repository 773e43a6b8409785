// Slack's repeated deliveries are recognized by their key, in bounded memory.
import { createDeduper, deliveryKey } from '../../src/channels/slack/dedupe';

it('lets an event id through once', () => {
  const dedupe = createDeduper();
  expect(dedupe.firstSeen('Ev1')).toBe(true);
  expect(dedupe.firstSeen('Ev1')).toBe(false);
  expect(dedupe.firstSeen('Ev2')).toBe(true);
});

it('forgets the oldest ids beyond its capacity, and ids older than its window', () => {
  let now = 0;
  const dedupe = createDeduper({ maxIds: 3, ttlMs: 1000, now: () => now });
  for (const id of ['a', 'b', 'c', 'd']) expect(dedupe.firstSeen(id)).toBe(true);
  expect(dedupe.firstSeen('a')).toBe(true); // forgotten: capacity is 3
  expect(dedupe.firstSeen('d')).toBe(false);
  now = 1000;
  expect(dedupe.firstSeen('d')).toBe(true); // forgotten: older than the window
});

it('knows a command or a click by its trigger, and a delivery without one by its body', () => {
  expect(deliveryKey('command', 'T123.456', { text: 'a' })).toBe('command:T123.456');
  expect(deliveryKey('action', undefined, { a: 1 })).toBe(deliveryKey('action', '', { a: 1 }));
  expect(deliveryKey('action', undefined, { a: 1 })).not.toBe(deliveryKey('action', undefined, { a: 2 }));
});

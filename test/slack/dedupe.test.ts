// Slack's retries of an event are recognized by event_id, in bounded memory.
import { createEventDeduper } from '../../src/channels/slack/dedupe';

it('lets an event id through once', () => {
  const dedupe = createEventDeduper();
  expect(dedupe.firstSeen('Ev1')).toBe(true);
  expect(dedupe.firstSeen('Ev1')).toBe(false);
  expect(dedupe.firstSeen('Ev2')).toBe(true);
});

it('forgets the oldest ids beyond its capacity, and ids older than its window', () => {
  let now = 0;
  const dedupe = createEventDeduper({ maxIds: 3, ttlMs: 1000, now: () => now });
  for (const id of ['a', 'b', 'c', 'd']) expect(dedupe.firstSeen(id)).toBe(true);
  expect(dedupe.firstSeen('a')).toBe(true); // forgotten: capacity is 3
  expect(dedupe.firstSeen('d')).toBe(false);
  now = 1000;
  expect(dedupe.firstSeen('d')).toBe(true); // forgotten: older than the window
});

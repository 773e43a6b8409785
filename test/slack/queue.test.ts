// Turns of one conversation run one after another; other conversations do not wait, and a failed turn does not
// block the next.
import { createKeyedQueue } from '../../src/channels/slack/queue';

it('runs the turns of one conversation one after another', async () => {
  const queue = createKeyedQueue();
  const order: string[] = [];
  const step = (name: string, ms: number) => () => new Promise<void>((resolve) => setTimeout(() => resolve(void order.push(name)), ms));
  const failing = () => Promise.reject(new Error('turn failed'));
  await Promise.allSettled([queue.run('a', step('a1', 30)), queue.run('a', failing), queue.run('a', step('a2', 0)), queue.run('b', step('b1', 0))]);
  expect(order).toEqual(['b1', 'a1', 'a2']);
});

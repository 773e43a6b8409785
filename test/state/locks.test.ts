// Turn locks in one process: one key's turns run one after another in arrival order, other keys do not wait, a
// failed turn does not block the next, a turn holding two keys orders itself with both, and a turn that waits too
// long gives up (ConversationBusyError) without stalling the ones after it.
import { ConversationBusyError } from '../../src/state';
import { LocalLocks } from '../../src/state/locks';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('runs the turns of one key one after another, in arrival order; other keys do not wait', async () => {
  const locks = new LocalLocks({ waitMs: 5000 });
  const order: string[] = [];
  const step = (name: string, ms: number) => async () => {
    await pause(ms);
    order.push(name);
  };
  const failing = async () => {
    throw new Error('turn failed');
  };
  await Promise.allSettled([
    locks.hold(['a'], step('a1', 30)),
    locks.hold(['a'], failing),
    locks.hold(['a'], step('a2', 0)),
    locks.hold(['b'], step('b1', 0)),
    locks.hold(['b', 'a'], step('ab', 0)),
  ]);
  expect(order).toEqual(['b1', 'a1', 'a2', 'ab']);
});

it('gives up after waiting too long, and the turns after it still run', async () => {
  const locks = new LocalLocks({ waitMs: 50 });
  const order: string[] = [];
  const slow = locks.hold(['a'], async () => {
    await pause(120);
    order.push('slow');
  });
  const impatient = locks.hold(['a'], async () => void order.push('never'));
  await expect(impatient).rejects.toBeInstanceOf(ConversationBusyError);
  await slow;
  await locks.hold(['a'], async () => void order.push('next'));
  expect(order).toEqual(['slow', 'next']);
});

// The memory of recent replies that makes the page's retries safe: a repeated message id runs no second turn, a
// failed turn is forgotten (sending again runs it), and the memory stays bounded.
import { RecentReplies } from '../../src/channels/web/replies';
import type { PageActivity } from '../../src/channels/web/conversations';

const reply = (text: string): PageActivity[] => [{ type: 'message', text }];

const countingTurn = (text: string) => jest.fn(async () => reply(text));

test('a repeated id gets the first replies without running its turn again', async () => {
  const recent = new RecentReplies();
  const first = countingTurn('first');
  const second = countingTurn('second');
  expect(await recent.once('c1', 'm1', first)).toEqual(reply('first'));
  expect(await recent.once('c1', 'm1', second)).toEqual(reply('first'));
  expect(first).toHaveBeenCalledTimes(1);
  expect(second).not.toHaveBeenCalled();
});

test('a turn that failed is forgotten: the message sent again runs', async () => {
  const recent = new RecentReplies();
  const failing = jest.fn(async (): Promise<PageActivity[]> => {
    throw new Error('store unreachable');
  });
  await expect(recent.once('c1', 'm1', failing)).rejects.toThrow('store unreachable');
  const retry = countingTurn('applied');
  expect(await recent.once('c1', 'm1', retry)).toEqual(reply('applied'));
  expect(retry).toHaveBeenCalledTimes(1);
});

test('at most `limit` messages are remembered, the least recently used going first', async () => {
  const recent = new RecentReplies(2);
  await recent.once('c', 'a', countingTurn('a'));
  await recent.once('c', 'b', countingTurn('b'));
  await recent.once('c', 'a', countingTurn('a again')); // a is now the most recently used
  await recent.once('c', 'c', countingTurn('c'));
  expect(recent.size).toBe(2);
  const b = countingTurn('b again');
  await recent.once('c', 'b', b);
  expect(b).toHaveBeenCalledTimes(1);
  const c = countingTurn('c again');
  expect(await recent.once('c', 'c', c)).toEqual(reply('c'));
  expect(c).not.toHaveBeenCalled();
});

// An account moved from one homing to another (zh-moved-accounts.ts). GRID_REPORT=1 prints misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { fromBeforeCallGrid, movedAccountGrid, plannedMoveGrid } from './zh-moved-accounts';

const recognizer = createRecognizer();

// main 7689296: both homings were the writer's, so they cancelled and the homing was asked back (0 of the done
// moves read); a planned move read nothing either.
describe.each([
  ['a move done', movedAccountGrid(), 224],
  ['a move planned', plannedMoveGrid(), 112],
  ['"從" before a call', fromBeforeCallGrid(), 4],
] as const)('%s', (name, items, size) => {
  const s = scoreSlotsReported(`moved accounts: ${name}`, recognizer, items, PARTY_SLOTS, 'zh-TW');

  it('covers the space', () => {
    expect(items.length).toBe(size);
  });

  it('reads where the account is now, with nothing wrong', () => {
    expect(recallOf(s, 'homing')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});

// The blind Chinese place material (zh-phrases.ts): statements x who x call question, and whole messages, scored per
// slot. Floors hold recall a little under what the recognizer reaches. Wrong readings are held at a ceiling (what main
// reads wrong when the material arrived, to go to 0): most are places said of another time, a hypothesis, a question,
// or another thing than the person (an office, a computer), read as where the person is now.
// GRID_MISSES=/tmp/x writes every miss and wrong reading to /tmp/x.statements and /tmp/x.messages.
import { writeFileSync } from 'fs';
import { createRecognizer } from '../../../src/nlu';
import type { SlotName } from '../../../src/engine/types';
import { describeSlotScore, recallOf, scoreSlots, type GridItem } from './grid';
import { messageGrid, statementGrid, STATEMENTS, MESSAGES } from './zh-phrases';

const recognizer = createRecognizer();
const SCORED: readonly SlotName[] = ['location', 'peer', 'callType'];

const GRIDS: readonly [string, () => GridItem[], number, number, number, number][] = [
  // name, items, how many, recall floor, the user's place's recall floor, wrong readings at most
  ['statements', statementGrid, STATEMENTS.length * 5 * 3, 0.87, 0.72, 382],
  // 5 after the round-10 merge (4 on each branch): a chat log of two writers with Latin names whose lines both say 我
  // ("[10:02] Tina: 我在五樓會議室 ... [10:03] Eric: 我在客戶那邊") gives the second 我's place to the asker.
  ['messages', messageGrid, MESSAGES.length, 0.85, 0.79, 5],
];

describe.each(GRIDS)('the blind %s (round 9 writers)', (name, build, size, floor, locationFloor, ceiling) => {
  const items = build();
  const score = scoreSlots(recognizer, items, SCORED, 'zh-TW');
  if (process.env.GRID_MISSES) writeFileSync(`${process.env.GRID_MISSES}.${name}`, [...score.wrongs.map((w) => `WRONG ${w}`), ...score.misses].join('\n') + '\n');

  it('covers the material', () => {
    expect(items.length).toBe(size);
  });

  it(`reads at least ${(100 * floor).toFixed(0)}% of the stated slots`, () => {
    console.log(describeSlotScore(name, score));
    expect(score.recall).toBeGreaterThanOrEqual(floor);
    expect(recallOf(score, 'location')).toBeGreaterThanOrEqual(locationFloor);
  });

  it(`reads at most ${ceiling} slots wrong`, () => {
    expect(score.wrong).toBeLessThanOrEqual(ceiling);
  });
});

// The blind Chinese place material (zh-phrases.ts): statements x who x call question, and whole messages, scored per
// slot. Floors hold recall a little under what the recognizer reaches. Wrong readings are held at a ceiling (what main
// reads wrong when the material arrived, to go to 0): most are places said of another time, a hypothesis, a question,
// or another thing than the person (an office, a computer), read as where the person is now.
// GRID_MISSES=/tmp/x writes every miss and wrong reading to /tmp/x.statements and /tmp/x.messages.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { messageGrid, statementGrid, STATEMENTS, MESSAGES } from './zh-phrases';

describeHeldGrids('the blind %s (round 9 writers)', createRecognizer(), [
  { name: 'statements', build: statementGrid, size: STATEMENTS.length * 5 * 3, floor: 0.87, slotFloors: { location: 0.72 }, ceiling: 382 },
  // 5 after the round-10 merge (4 on each branch): a chat log of two writers with Latin names whose lines both say 我
  // ("[10:02] Tina: 我在五樓會議室 ... [10:03] Eric: 我在客戶那邊") gives the second 我's place to the asker.
  { name: 'messages', build: messageGrid, size: MESSAGES.length, floor: 0.85, slotFloors: { location: 0.79 }, ceiling: 5 },
], ['location', 'peer', 'callType'], 'zh-TW');

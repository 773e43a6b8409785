// Asked rows (asked-rows.ts): rows of two or three people under one label, an account said after a name, "the
// callee", and a question whose subject follows its auxiliary: the row asked about is the user's, the other party's
// row the peer's; a question naming no row reads none. GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { describeHeldGrids } from './grid';
import { accountFieldsGrid, calleeGrid, legGridZh, noRowAskedGrid, repeatedLabelGrid } from './asked-rows';

const recognizer = createRecognizer();
const SLOTS = [...PARTY_SLOTS, 'deployment', 'callType'] as const;

describeHeldGrids('the %s', recognizer, [
  // main d1ff6d2: 62.0% with 48 wrong readings (the second "Participant:" was the first one said again, so the rows'
  // homings clashed; "Which path does X take?" asked about no one; "Ji-woo" and "Eun-ji" were one person by "ji";
  // "O'Neill" was "o" and a contraction, so the row's name ended before its facts).
  { name: 'repeated label (cast x rows x label x facts x asked x question)', build: repeatedLabelGrid, size: 480, floor: 0.99 },
  // main d1ff6d2: 52.1% with 124 wrong readings (the account after a name was someone new, whose homing and place went
  // to the other party; "which path does Meghan take?" asked about no one).
  { name: 'account fields (separator x accounts x places x asked)', build: accountFieldsGrid, size: 64, floor: 0.99 },
  // main d1ff6d2: 41.7% with 6 wrong readings ("the callee" was no one named; "Phone System for Online users" was a
  // person the question was for).
  { name: 'callee asked (intro x facts x question)', build: calleeGrid, size: 24, floor: 0.99 },
  { name: 'no row asked (facts x question)', build: noRowAskedGrid, size: 16, floor: 0.99 },
], SLOTS, 'en');

describeHeldGrids('the %s', recognizer, [
  // main d1ff6d2: 36.8% ("那一段", "這一段" were no side of the call: no row was asked about).
  { name: 'leg asked (zh: facts x who is asked x question)', build: legGridZh, size: 28, floor: 0.99 },
], SLOTS, 'zh-TW');

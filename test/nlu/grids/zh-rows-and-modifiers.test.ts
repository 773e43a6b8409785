// Chinese grids of whose a place is, round 12 (zh-rows-and-modifiers.ts): every stated slot scored, every wrong
// reading counted. Floors hold recall a little under what the recognizer reaches; wrong readings stay at exactly 0.
// GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { calleeModifierGrid, letterRowsGrid } from './zh-rows-and-modifiers';

describeHeldGrids('the %s grid', createRecognizer(), [
  { name: 'places in the modifier of the one called (打給一位在家、沒連 VPN 的同事)', build: calleeModifierGrid, floor: 0.9 },
  { name: 'rows told apart by letters (- 參加者 C：法務，帳號地端 / 只問 C 的…)', build: letterRowsGrid, floor: 0.9 },
], ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'], 'zh-TW');

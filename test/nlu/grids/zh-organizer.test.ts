// Chinese grids (zh-organizer.ts): an office that hosts a meeting stands for its head, and a team's homing is not the
// homing of whoever calls unless the text puts them in it. Floors hold recall a little under what the recognizer
// reaches; wrong readings stay at exactly 0. GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { officeHostGrid, teamHomingGrid } from './zh-organizer';

describeHeldGrids('the %s grid', createRecognizer(), [
  // main 9a175aa: 77.0% (organizer 225/525), 0 wrong.
  { name: 'an office hosts (總經理室開的例會)', build: officeHostGrid, floor: 0.98 },
  // main 9a175aa: 89.8%, 36 wrong (the team's homing given to whoever calls).
  { name: "a team's homing beside who calls (客服部還在地端…同事打外線)", build: teamHomingGrid, floor: 0.94 },
], ['location', 'homing', 'peerHoming', 'organizer', 'callType'], 'zh-TW');

// The grids of call-relatives.ts: someone described by their part in the call is the other party. Floors a little
// under what the recognizer reaches; wrong readings stay at 0. GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { chineseCallRelativesGrid, englishCallRelativesGrid } from './call-relatives';

const recognizer = createRecognizer();

describeHeldGrids('the %s grid', recognizer, [
  { name: "the one in the call by their part in it (the person I'm calling, the one who called me)", build: englishCallRelativesGrid, floor: 0.9 },
], ['location', 'peer', 'callType', 'deployment'], 'en');

describeHeldGrids('the %s grid', recognizer, [
  { name: 'the one in the call by their part in it (打來的那個人, 打給我的人, 我要打的那位)', build: chineseCallRelativesGrid, floor: 0.9 },
], ['location', 'peer', 'callType', 'deployment'], 'zh-TW');

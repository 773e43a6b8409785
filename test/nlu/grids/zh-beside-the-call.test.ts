// Chinese grids of zh-beside-the-call.ts: people said not to take part, and people of one title told apart by a
// letter. Every stated slot scored, wrong readings at exactly 0. GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { letteredPeopleGrid, notInCallGrid, notInCallNegativesGrid } from './zh-beside-the-call';

describeHeldGrids('the %s grid', createRecognizer(), [
  { name: 'someone said not to take part (其他：Xena（在家，不參與）)', build: notInCallGrid, floor: 0.9 },
  { name: 'negations that are no leaving the call (沒開 VPN; A 打給 B，C 沒參加)', build: notInCallNegativesGrid, floor: 0.9 },
  { name: 'two of one title told apart by a letter (同事A…同事B 那端)', build: letteredPeopleGrid, floor: 0.9 },
], ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'], 'zh-TW');

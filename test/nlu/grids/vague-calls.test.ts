// The grids of vague-calls.ts: calls in general state no call type and no other party; calls with someone in them
// are calls between two. Every slot scored (a slot read though not stated is wrong). GRID_REPORT=1 prints misses.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { callsInGeneralGrid, callsWithSomeoneGrid } from './vague-calls';

describeHeldGrids('the %s grid', createRecognizer(), [
  { name: 'calls in general (will my Skype calls go over ER?)', build: callsInGeneralGrid, floor: 0.95 },
  { name: 'calls with someone in them (my calls with a colleague at home)', build: callsWithSomeoneGrid, floor: 0.95 },
], ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'], 'en');

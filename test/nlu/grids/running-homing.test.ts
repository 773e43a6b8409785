// Grids of the organizer and homing said in running text (running-homing.ts): floors a little under what the
// recognizer reaches, no wrong reading. GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { homingWordsGrid, theirOwnServersGrid, wholeSetupGrid } from './running-homing';

describeHeldGrids('the %s grid', createRecognizer(), [
  // main 09ced2b: 77.8%, 54 wrong (their own servers read as ours: organizer onPremises, Hybrid).
  { name: "another company's own servers host (a customer who runs SfB Server on-premises themselves, 他們用自己公司的地端 Skype Server 開的)", build: theirOwnServersGrid, floor: 0.95 },
  // main 09ced2b: 78.0%, 39 wrong (the whole setup read as the writer's homing or the callee's; "nobody is on-prem" as Hybrid).
  { name: 'homing of the whole setup is the deployment (o365-only skype, SfB 都在雲上)', build: wholeSetupGrid, floor: 0.95 },
  // main 09ced2b: 78.3%, 1 wrong (還沒搬的人都在地端 read as Online).
  { name: 'the writer\'s homing in other words (still on the old pool, 還掛在本地服务器上, 還在舊的 Front End 上)', build: homingWordsGrid, floor: 0.95 },
], ['location', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment']);

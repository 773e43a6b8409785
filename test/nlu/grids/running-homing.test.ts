// Grids of the organizer and homing said in running text (running-homing.ts): floors a little under what the
// recognizer reaches, no wrong reading. GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { theirOwnServersGrid } from './running-homing';

describeHeldGrids('the %s grid', createRecognizer(), [
  // main 09ced2b: 77.8%, 54 wrong (their own servers read as ours: organizer onPremises, Hybrid).
  { name: "another company's own servers host (a customer who runs SfB Server on-premises themselves, 他們用自己公司的地端 Skype Server 開的)", build: theirOwnServersGrid, floor: 0.95 },
], ['location', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment']);

// The grids of seats.ts: a seat near the speaker puts both in the office; a seat near nobody in particular, the other
// party. Every slot scored. GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { chineseSeatsGrid, englishSeatsGrid } from './seats';

const recognizer = createRecognizer();
const SLOTS = ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'] as const;

describeHeldGrids('the %s grid', recognizer, [{ name: 'seats near the speaker (the colleague sitting next to me)', build: englishSeatsGrid, floor: 0.95 }], SLOTS, 'en');
describeHeldGrids('the %s grid', recognizer, [{ name: 'seats near the speaker (坐我隔壁的同事)', build: chineseSeatsGrid, floor: 0.95 }], SLOTS, 'zh-TW');

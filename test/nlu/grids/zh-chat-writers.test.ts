// Chinese chat-writer grids, round 12 (zh-chat-writers.ts): every stated slot scored, every wrong reading counted.
// Floors hold recall a little under what the recognizer reaches; wrong readings stay at exactly 0.
// GRID_REPORT=1 prints every miss and wrong reading.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { chatCallGrid, chatPstnGrid } from './zh-chat-writers';

describeHeldGrids('the %s grid', createRecognizer(), [
  { name: 'chat writers who speak for themselves, one dials out ([09:30] 雅琪：我在總部)', build: chatPstnGrid, floor: 0.95 },
  { name: 'chat writers who call each other (家豪：雅琪我等下打給妳)', build: chatCallGrid, floor: 0.95 },
], ['location', 'peer', 'homing', 'peerHoming', 'organizer', 'callType', 'deployment'], 'zh-TW');

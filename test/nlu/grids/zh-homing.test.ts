// The blind Chinese homing and organizer material (zh-homing.ts), scored per slot: homing, the other party's homing
// and the organizer, each read where stated (recall) and nowhere else (a wrong reading: another value, or a slot
// the text does not state). Floors hold recall a little under what the recognizer reaches. Wrong readings are held at
// a ceiling (main 9a175aa read statements 55.4% with 567 wrong, meetings 58.2% with 110 wrong when the material
// arrived), to go to 0: most are a third person's or a group's homing given to {P} or the other party, hypotheses and
// questions, and servers or clients named by where they run.
// GRID_MISSES=/tmp/x writes every miss and wrong reading to /tmp/x.statements and /tmp/x.meetings.
import { createRecognizer } from '../../../src/nlu';
import { describeHeldGrids } from './grid';
import { homingStatementGrid, organizerMeetingGrid, MEETINGS, STATEMENTS } from './zh-homing';

describeHeldGrids('the blind homing %s (round 10 writers)', createRecognizer(), [
  { name: 'statements', build: homingStatementGrid, size: STATEMENTS.length * 5 * 3, floor: 0.56, ceiling: 328 },
  { name: 'meetings', build: organizerMeetingGrid, size: MEETINGS.length * 5, floor: 0.59, ceiling: 77 },
], ['homing', 'peerHoming', 'organizer'], 'zh-TW');

// Rosters (rosters.ts): several people with facts per person, then a question about one of them. The one asked about
// is the user, the other party of a one-to-one call is the peer, a meeting's host gives the organizer, a row beside
// the call says nothing, and a question naming nobody in a one-to-one call is asked back. GRID_REPORT=1 prints the
// misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { describeHeldGrids } from './grid';
import { labelledFieldsGridEn, labelledFieldsGridZh, rosterGridEn, rosterGridSimplified, rosterGridZh } from './rosters';

const recognizer = createRecognizer();
const SLOTS = [...PARTY_SLOTS, 'deployment', 'callType'] as const;

describeHeldGrids('the %s (layout x cast x facts x call type x who is asked)', recognizer, [
  // main 09ced2b: recall 92.6% with 114 wrong readings (a question naming nobody got the caller's row; the row of
  // someone beside the call gave the other party's homing).
  { name: 'roster (en)', build: rosterGridEn, size: 560, floor: 0.99 },
], SLOTS, 'en');

describeHeldGrids('the %s (layout x cast x facts x call type x who is asked)', recognizer, [
  // main 09ced2b: recall 78.6% with 252 wrong readings (full names "王大同" were no names: every row's facts went to
  // whoever was named before it).
  { name: 'roster (zh)', build: rosterGridZh, size: 480, floor: 0.98 },
  { name: 'roster (Simplified)', build: rosterGridSimplified, size: 480, floor: 0.98 },
], SLOTS, 'zh-TW');

describeHeldGrids('the %s (facts x organizer x order x question)', recognizer, [
  // main 09ced2b: 73.3% ("Q: attendee's path", "Q: path for attendee": a bare noun was someone new, not the field's).
  { name: 'labelled fields (en)', build: labelledFieldsGridEn, size: 48, floor: 0.99 },
], SLOTS, 'en');

describeHeldGrids('the %s (facts x organizer x order x question)', recognizer, [
  { name: 'labelled fields (zh)', build: labelledFieldsGridZh, size: 48, floor: 0.99 },
], SLOTS, 'zh-TW');

// Round 10's blind homing, organizer and call-type material in call questions (en-homing.ts). GRID_REPORT=1 prints
// the misses and the wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { describeSlotScore, recallOf, scoreSlots } from './grid';
import { callTypeGrid, homingGrid, organizerGrid } from './en-homing';

const recognizer = createRecognizer();
const report = (name: string, s: ReturnType<typeof scoreSlots>): void => {
  if (process.env.GRID_REPORT) console.log([describeSlotScore(name, s), ...s.misses, ...s.wrongs].join('\n'));
};

describe('the blind homing statements (statement x who, in a phone call)', () => {
  const s = scoreSlots(recognizer, homingGrid(), ['homing', 'peerHoming', 'organizer'], 'en');
  report('blind homing', s);

  // main 9a175aa: 59.5% with 160 wrong readings; 57.0% with 98 now (presence "online now", "shows as online";
  // moves planned, scheduled or rolled back; "{P}'s boss is on SfB Online" is the boss's).
  it('reads where {P} is homed', () => {
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.55);
  });

  // Left, by class: a place said in homing words ("on-prem in the sense of working from the office"), a site's or a
  // server's homing beside where {P} is ("our on-prem servers are in Chennai, {P} is in Chennai"), a team {P} works
  // with ("sits next to the on-prem guys", "is in the cloud team"), doubt and questions ("might be on-prem, but I'm not
  // sure", "Has {P} been moved to O365 already?"), a product for email only, a move undone after ("was Online for a
  // while, then we moved them back").
  it('keeps wrong readings under their ceiling (to go to 0)', () => {
    expect(s.wrong).toBeLessThanOrEqual(98);
  });
});

describe('the blind organizer statements (statement x who)', () => {
  const s = scoreSlots(recognizer, organizerGrid(), ['organizer', 'homing', 'peerHoming'], 'en');
  report('blind organizers', s);

  // main 9a175aa: 59.1% with 89 wrong readings.
  it('reads the organizer and {P}\'s homing', () => {
    expect(recallOf(s, 'organizer')).toBeGreaterThanOrEqual(0.52);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.75);
  });

  // Left, by class: the host's homing said in a clause of its own after the meeting ("It's Mark's meeting, and Mark was
  // migrated", "on Fatima's calendar; Fatima is on-prem") read as {P}'s; who sent the invite or scheduled it on
  // someone's behalf; two meetings in one message; a room system's homing. 79 on nlu22's branch, 81 after the round-10
  // merge (the four branches' people rules together, not one of them alone).
  it('keeps wrong readings under their ceiling (to go to 0)', () => {
    expect(s.wrong).toBeLessThanOrEqual(81);
  });
});

describe('the blind call texts', () => {
  const s = scoreSlots(recognizer, callTypeGrid(), ['callType'], 'en');
  report('blind call types', s);

  // main 9a175aa: 77.8% with 49 wrong readings; 81.4% with 33 now (three or more people in a call said with a call
  // word imply no call between two; of two calls told in turn, the later).
  it('reads the call type', () => {
    expect(recallOf(s, 'callType')).toBeGreaterThanOrEqual(0.79);
  });

  // Left, by class: two calls in one message without a word of sequence ("Met Carlos at the conference, now I'm
  // calling him"), a meeting word for two people ("Conference call with a customer - me and their buyer only"), a
  // call planned with no type said ("Calling our customer tomorrow"), calls transferred in from outside numbers.
  it('keeps wrong readings under their ceiling (to go to 0)', () => {
    expect(s.wrong).toBeLessThanOrEqual(33);
  });
});

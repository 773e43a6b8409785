// English grid of "my user" said for the writer's own account (en-my-user.ts). GRID_REPORT=1 prints the misses and
// wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { myUserGrid, myUserIdGrid, theirUserGrid } from './en-my-user';

const recognizer = createRecognizer();

describe('"my user is in Skype Online" said by a writer who says "I" (myUser.ts)', () => {
  // main e86d0e4: homing 0/18 (another person's, dropped); after: 18/18, 0 wrong. Their user: 12/12 before and after.
  const mine = scoreSlotsReported('my user', recognizer, myUserGrid(), ['homing', 'location', 'peerHoming'], 'en');
  const theirs = scoreSlotsReported('their user', recognizer, theirUserGrid(), ['homing', 'location', 'peerHoming'], 'en');

  it("reads the homing as the writer's own", () => {
    expect(recallOf(mine, 'homing')).toBe(1);
    expect(mine.wrongs).toEqual([]);
  });

  it("keeps a helpdesk writer's user, said with she or he, the one asked about", () => {
    expect(recallOf(theirs, 'homing')).toBe(1);
    expect(theirs.wrongs).toEqual([]);
  });
});

describe('"my user ID is in Skype Online" with "he"/"she" said of the one called (myUser.ts)', () => {
  const ids = scoreSlotsReported('my user id', recognizer, myUserIdGrid(), ['homing', 'peerHoming'], 'en');

  it("reads the id's homing as the writer's and the other homing as the callee's", () => {
    expect(recallOf(ids, 'homing')).toBe(1);
    expect(recallOf(ids, 'peerHoming')).toBe(1);
    expect(ids.wrongs).toEqual([]);
  });
});

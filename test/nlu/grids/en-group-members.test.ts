// English grid of one member of a group said to be somewhere (en-group-members.ts). GRID_REPORT=1 prints the misses
// and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { memberApartGrid, partOfGroupGrid, wholeGroupGrid } from './en-group-members';

const recognizer = createRecognizer();

describe('one member of a group said to be somewhere ("Agents are in the contact centre ... the route for an agent")', () => {
  // main f489a1c: whole group 120/210 (57.1%), member apart 0/36 with 33 wrong (the group's place); after: 210/210
  // and 36/36, 0 wrong. A part of a group ("most agents work from home ... an agent") still places the member: the
  // lone place of a text goes to the one asked about, as it did before (a debt, bounded here).
  const whole = scoreSlotsReported('whole group', recognizer, wholeGroupGrid(), ['location', 'peer'], 'en');
  const part = scoreSlotsReported('part of a group', recognizer, partOfGroupGrid(), ['location', 'peer'], 'en');
  const apart = scoreSlotsReported('member apart', recognizer, memberApartGrid(), ['location', 'peer'], 'en');

  it('reads the member where the whole group is', () => {
    expect(recallOf(whole, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(whole.wrongs).toEqual([]);
  });

  it('reads a part of a group no more than before', () => {
    expect(part.wrong).toBeLessThanOrEqual(114);
  });

  it('reads a member with a place of their own there, not where the group is', () => {
    expect(recallOf(apart, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(apart.wrongs).toEqual([]);
  });
});

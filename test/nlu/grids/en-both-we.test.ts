// English grid of "both we" said for "we both" (en-both-we.ts). GRID_REPORT=1 prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { bothEndsSentenceGrid, bothWeGrid } from './en-both-we';

const recognizer = createRecognizer();

describe('"Both we are in office" (concepts.en.json party.both)', () => {
  // main e86d0e4: peer 6/12 ("both we", "both of we" were nobody), ends 2/3 with 1 wrong; after: 12/12, 3/3, 0 wrong.
  const both = scoreSlotsReported('both we', recognizer, bothWeGrid(), ['location', 'peer'], 'en');
  const ends = scoreSlotsReported('both ends a sentence', recognizer, bothEndsSentenceGrid(), ['location', 'peer'], 'en');

  it('reads the place of both parties', () => {
    expect(recallOf(both, 'peer')).toBe(1);
    expect(both.wrongs).toEqual([]);
  });

  it('reads no pair from "both" ending a sentence', () => {
    expect(recallOf(ends, 'location')).toBe(1);
    expect(ends.wrongs).toEqual([]);
  });
});

// English grid of the network two people are both on, with the room (en-both-networks.ts). GRID_REPORT=1 prints the
// misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { bothNetworkGrid, oneNetworkGrid } from './en-both-networks';

const recognizer = createRecognizer();
const SLOTS = ['location', 'peer'] as const;

describe('"Both on the campus network in the main library" (slots.ts voteBoth)', () => {
  // main e86d0e4: 10/20 (only where room and network agreed), one network 4/4; after: 20/20 and 4/4, 0 wrong.
  const both = scoreSlotsReported('both on a network', recognizer, bothNetworkGrid(), SLOTS, 'en');
  const one = scoreSlotsReported('one on a network', recognizer, oneNetworkGrid(), SLOTS, 'en');

  it('reads the network both are on over the room', () => {
    expect(recallOf(both, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(both, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(both.wrongs).toEqual([]);
  });

  it("reads a network said of one as that one's", () => {
    expect(recallOf(one, 'peer')).toBe(1);
    expect(one.wrongs).toEqual([]);
  });
});

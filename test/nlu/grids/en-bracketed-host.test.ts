// English grid of a meeting's host named in brackets before where the writer joins from (en-bracketed-host.ts).
// GRID_REPORT=1 prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { bracketedHostGrid, hostPlacedGrid } from './en-bracketed-host';

const recognizer = createRecognizer();

describe('a host named in brackets, then where the writer joins from ("the all-hands (organised by our CEO) from the hotel")', () => {
  // main f489a1c: 35/100 (the place after the brackets was the host's); after: 95/100, 0 wrong. The host's own place
  // said after a comma inside the brackets ("(organised by our CEO, at HQ)") is still read as the joiner's, as before
  // (8 of 12; carrying the host's scope to the closing bracket made a trap of dev17 wrong): a debt, bounded here.
  const joined = scoreSlotsReported('bracketed host', recognizer, bracketedHostGrid(), ['location', 'peer'], 'en');
  const hosts = scoreSlotsReported('host placed in brackets', recognizer, hostPlacedGrid(), ['location', 'peer'], 'en');

  it("reads the place after the brackets as the joiner's", () => {
    expect(recallOf(joined, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(joined.wrongs).toEqual([]);
  });

  it("reads the host's own place as the joiner's no more than before", () => {
    expect(hosts.wrong).toBeLessThanOrEqual(8);
  });
});

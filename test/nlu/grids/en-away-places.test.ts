// Away places from the blind phrase lists (en-away-places.ts). GRID_REPORT=1 prints misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { awayPlacesGrid } from './en-away-places';

const recognizer = createRecognizer();

describe('away places ("at my mum\'s", "in my dorm room", "on the Eurostar")', () => {
  const s = scoreSlotsReported('away places', recognizer, awayPlacesGrid(), PARTY_SLOTS, 'en');

  it('are the Internet', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

// Everyday English place phrases (en-everyday-places.ts). GRID_REPORT=1 prints misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { everydayPlacesGrid, everydayPlacesNegativesGrid } from './en-everyday-places';

const recognizer = createRecognizer();

describe('everyday place phrases ("next door", "call centre floor", "fae hame")', () => {
  it('say where someone is', () => {
    const s = scoreSlotsReported('everyday places', recognizer, everydayPlacesGrid(), PARTY_SLOTS, 'en');
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });

  it('give way to a place said beside them', () => {
    const s = scoreSlotsReported('everyday places, negatives', recognizer, everydayPlacesNegativesGrid(), PARTY_SLOTS, 'en');
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

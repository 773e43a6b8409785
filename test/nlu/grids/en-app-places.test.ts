// The place after the app a call is made with (en-app-places.ts). GRID_REPORT=1 prints misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { appPlaceGrid, placeCalledGrid } from './en-app-places';

const recognizer = createRecognizer();

describe('a place after the app ("from Skype at our office": where the caller is)', () => {
  const items = appPlaceGrid();
  const s = scoreSlotsReported('app place', recognizer, items, PARTY_SLOTS, 'en');

  it('covers the space', () => {
    expect(items.length).toBe(504);
  });

  // main 3076f0a: 408/504 (81.0%), the rest asked back ("from Skype at our office" read as the place called, for
  // nobody); after: 504/504, 0 wrong.
  it('reads the caller\'s place, never the one called', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(s.wrongs).toEqual([]);
  });
});

describe('a place right after the call word ("rings HQ from the hotel")', () => {
  const s = scoreSlotsReported('place called', recognizer, placeCalledGrid(), PARTY_SLOTS, 'en');

  // "I call the office from home" leaves the caller's place unread (asked back): never the one called's.
  it('is the one called', () => {
    expect(recallOf(s, 'peer')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});

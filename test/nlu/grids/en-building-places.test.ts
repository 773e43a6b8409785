// A public place's position in a building is not our building (en-building-places.ts). GRID_REPORT=1 prints misses.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { ourBuildingGrid, publicPlaceInBuildingGrid } from './en-building-places';

const recognizer = createRecognizer();

describe('a public place downstairs or upstairs (who x place x where x frame)', () => {
  const items = publicPlaceInBuildingGrid();
  const s = scoreSlotsReported('public place in building', recognizer, items, ['location'], 'en');

  it('covers the space', () => {
    expect(items.length).toBe(120);
  });

  it('reads the public place, not our building', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.95);
    expect(s.wrongs).toEqual([]);
  });
});

describe('our building said with the same words, or our network at the public place', () => {
  const s = scoreSlotsReported('our building', recognizer, ourBuildingGrid(), ['location'], 'en');

  it('stays ours', () => {
    expect(recallOf(s, 'location')).toBe(1);
    expect(s.wrongs).toEqual([]);
  });
});

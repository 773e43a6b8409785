// Names typed in small letters (en-lowercase-names.ts). GRID_REPORT=1 prints misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { lowercaseNamesGrid, unnamedNotesGrid, writerPairsGrid } from './en-lowercase-names';

const recognizer = createRecognizer();

describe('lowercase names, one of them asked for by name ("claire\'s path?")', () => {
  const s = scoreSlotsReported('lowercase names', recognizer, lowercaseNamesGrid(), PARTY_SLOTS, 'en');

  it('reads each person\'s place, never swapped', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

describe('lowercase names with the writer asked about', () => {
  const s = scoreSlotsReported('unnamed notes', recognizer, unnamedNotesGrid(), PARTY_SLOTS, 'en');

  it('never reads the other\'s place as the writer\'s', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

describe('a lowercase name paired with the writer ("both me and jess are in the office")', () => {
  const s = scoreSlotsReported('writer pairs', recognizer, writerPairsGrid(), PARTY_SLOTS, 'en');

  it('puts both in the place said', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

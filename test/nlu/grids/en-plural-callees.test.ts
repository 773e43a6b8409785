// Round 13's English grids of a pronoun after people called in the plural, and of someone who sits near the writer
// (en-plural-callees.ts). GRID_REPORT=1 prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { nearMeGrid, pluralCalleesGrid } from './en-plural-callees';

const recognizer = createRecognizer();

describe('"her" after people called in the plural ("calls to colleagues in Building C ... her signaling")', () => {
  const s = scoreSlotsReported('plural callees', recognizer, pluralCalleesGrid(), ['location', 'peer'], 'en');

  // main 6866664: 0% with 108 wrong readings ("her" was the colleagues: the sides swapped); 100%, 0 wrong after.

  it('reads where the caller and the ones called are', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
  });

  it('never swaps the sides', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('someone who sits near the writer ("she sits right outside my door")', () => {
  const s = scoreSlotsReported('near me', recognizer, nearMeGrid(), ['location', 'peer'], 'en');

  // main 6866664: 50.0% with 3 wrong readings ("outside my door" was outside the company); 100%, 0 wrong after.

  it('reads them on our network', () => {
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
  });

  it('never reads them outside the company', () => {
    expect(s.wrongs).toEqual([]);
  });
});

// Two people named by titles with the same noun (en-titles.ts): what is said of "the store manager" is never "the
// area manager's". GRID_REPORT=1 prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported, wrongWith } from './grid';
import { titledPairsGrid } from './en-titles';

const recognizer = createRecognizer();

describe('two titles with the same noun (pair x frame x whose place is ours)', () => {
  const items = titledPairsGrid();
  const s = scoreSlotsReported('titled pairs', recognizer, items, ['location', 'peer'], 'en');

  it('covers the space', () => {
    expect(items.length).toBe(96);
  });

  // main 2c37503: 36.4% with 56 wrong readings ("the store manager" was "the area manager", and a department read
  // as filler, "the finance director", was no title); 88.6% now.
  it('reads each one\'s own place', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.85);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.85);
  });

  it.each(['frame:a-calls-b', 'frame:asides', 'frame:asks-b', 'frame:separate', 'frame:a-unplaced'])('never gives one the other\'s place in %s', (tag) => {
    expect(wrongWith(s, tag)).toEqual([]);
  });

  it('is still unsure whom "Path for the area manager?" asks about when the other one calls', () => {
    // Left: "for the <title> <noun>" is not read as the one asked about (the caller is, and the two swap). Reading it
    // cost a held vague question, so it waits for a safer mechanism. Held at what main 2c37503 already read wrong.
    expect(wrongWith(s, 'frame:b-calls-a').length).toBeLessThanOrEqual(20);
  });
});

// Round 10's English pronoun question grid (en-pronouns.ts): "Grace calls Tomasz. Which way does her call go?" asks
// about Grace. Floors a little under what the recognizer reaches; no wrong reading. GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported, wrongWith } from './grid';
import { pronounQuestionGrid } from './en-pronouns';

const recognizer = createRecognizer();

describe('a question about one of two people by a pronoun ("Grace calls Tomasz. Which way does her call go?")', () => {
  const items = pronounQuestionGrid();
  const s = scoreSlotsReported('pronoun question', recognizer, items, PARTY_SLOTS, 'en');

  it('covers the space', () => {
    expect(items.length).toBe(192);
  });

  it('reads the side of the one the pronoun can be', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['by:name', 'by:title', 'by:noun'])('never swaps the parties (%s)', (tag) => {
    expect(wrongWith(s, tag).map((w) => `${w.slot}=${w.got}: ${w.text}`)).toEqual([]);
  });
});

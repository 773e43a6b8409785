// The question's possessive names the party asked about (en-pronouns.ts possessiveQuestionGrid): "A (on LAN) calls B
// (home, no VPN). A's path?" asks about A; "The user at HQ ... calls an external user ... What is the user's media
// path?" about the one the story made the user. GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported, wrongWith } from './grid';
import { possessiveQuestionGrid } from './en-pronouns';

const recognizer = createRecognizer();

describe('a question naming one of two people by a possessive ("A calls B. A\'s path?", "the user\'s media path")', () => {
  const items = possessiveQuestionGrid();
  const s = scoreSlotsReported('possessive question', recognizer, items, PARTY_SLOTS, 'en');

  it('covers the space', () => {
    expect(items.length).toBe(60);
  });

  it('reads the side of the one named', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'homing')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peerHoming')).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['by:letter', 'by:role'])('never swaps the parties (%s)', (tag) => {
    expect(wrongWith(s, tag).map((w) => `${w.slot}=${w.got}: ${w.text}`)).toEqual([]);
  });
});

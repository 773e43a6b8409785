// The teller of a quoted message is its "I" (en-quoted-speaker.ts). GRID_REPORT=1 prints misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { quotedOthersGrid, quotedSpeakerGrid } from './en-quoted-speaker';

const recognizer = createRecognizer();

describe('a quoted message\'s teller ("Tomasz says: \\"I\'m at my desk ...\\"")', () => {
  it('is the quote\'s "I": where the quote puts "I" is theirs', () => {
    const s = scoreSlotsReported('quoted speaker', recognizer, quotedSpeakerGrid(), PARTY_SLOTS, 'en');
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });

  it('is nobody in the call when the quote speaks of someone else', () => {
    const s = scoreSlotsReported('quoted others', recognizer, quotedOthersGrid(), PARTY_SLOTS, 'en');
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

// Round 12's English grids of what is not the call (en-call-kinds.ts): the firm's headcount and a denied phone call.
// GRID_REPORT=1 prints the misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { recallOf, scoreSlotsReported } from './grid';
import { deniedPhoneCallGrid, headcountGrid } from './en-call-kinds';

const recognizer = createRecognizer();
const SLOTS = ['callType', 'deployment', 'location', 'peer'] as const;

describe('a count of the firm\'s people ("I own a small firm (12 of us)") is not who is in the call', () => {
  const s = scoreSlotsReported('headcount', recognizer, headcountGrid(), SLOTS, 'en');

  // main 6866664: 62.5% with 4 wrong readings (the headcount left no call between two; a meeting or a phone call
  // read); 99.2%, 0 wrong after.

  it('reads a call between two', () => {
    expect(recallOf(s, 'callType')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads where each is', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
  });

  it('never reads a meeting or a phone call', () => {
    expect(s.wrongs).toEqual([]);
  });
});

describe('a phone call denied ("not ringing a phone number", "no PSTN involved") is no PSTN call', () => {
  const s = scoreSlotsReported('denied phone call', recognizer, deniedPhoneCallGrid(), SLOTS, 'en');

  // main 6866664: 65.3% with 36 wrong readings (PSTN: "not ringing a phone number" denied the ringing, not the phone
  // number); 98.6%, 0 wrong after.

  it('reads a call between two', () => {
    expect(recallOf(s, 'callType')).toBeGreaterThanOrEqual(0.9);
  });

  it('never reads a PSTN call', () => {
    expect(s.wrongs).toEqual([]);
  });
});

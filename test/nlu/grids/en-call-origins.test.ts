// Where a call comes from, said after the one called (en-call-origins.ts). GRID_REPORT=1 prints misses and wrong readings.
import { createRecognizer } from '../../../src/nlu';
import { PARTY_SLOTS } from './en-grid';
import { recallOf, scoreSlotsReported } from './grid';
import { callOriginGrid, calleesOwnClauseGrid } from './en-call-origins';

const recognizer = createRecognizer();

describe('"from <place>" after the one called ("calling a coworker from the office")', () => {
  const s = scoreSlotsReported('call origins', recognizer, callOriginGrid(), PARTY_SLOTS, 'en');

  it('is the caller\'s place, never the one called', () => {
    expect(recallOf(s, 'location')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

describe('the one called placed in a clause of their own ("Sam, who is working from home")', () => {
  const s = scoreSlotsReported('callee clauses', recognizer, calleesOwnClauseGrid(), PARTY_SLOTS, 'en');

  it('stays theirs', () => {
    expect(recallOf(s, 'peer')).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongs).toEqual([]);
  });
});

// The caller grid (en-caller.ts): homing of whom in a call between two of ours. GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { callerGrid } from './en-caller';
import { scoreText } from './grid';

const recognizer = createRecognizer();

describe('homing of whom: the caller and the one called (caller x homings x how they are said x question)', () => {
  const probes = callerGrid();
  const s = scoreText('caller grid', recognizer, probes, 'en');

  it('covers the space', () => {
    expect(probes.length).toBe(64);
  });

  it('reads both homings, both places and the call', () => {
    // Main dc77d5a: 0/64, 0 wrong; 56 (87.5%) in round 8. Left: "a lady from accounts" is no person yet (a
    // role noun the vocabulary does not know, after "a").
    expect(s.right / s.size).toBeGreaterThanOrEqual(0.85);
  });

  it('reads nothing wrong', () => {
    expect(s.wrong).toBe(0);
  });
});

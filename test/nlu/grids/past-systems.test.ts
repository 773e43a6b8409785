// On-premises systems an Online organization had or keeps beside it (past-systems.ts): never a Hybrid deployment
// with everyone homed on-premises. GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { scoreText } from './grid';
import { MOVES_AHEAD, pastSystemsEn, pastSystemsZh } from './past-systems';

const recognizer = createRecognizer();

describe.each([
  ['en', pastSystemsEn()],
  ['zh-TW', pastSystemsZh()],
] as const)('servers gone, moves done and old servers beside an Online deployment (%s)', (locale, probes) => {
  const s = scoreText(`past systems ${locale}`, recognizer, probes, locale);

  it('reads the Online deployment and the call', () => {
    // On 2c37503: en 9/24 right, 15 wrong (Hybrid, homed on-premises); zh 4/10, 4 wrong. After: all right.
    expect(s.right).toBe(s.size);
  });

  it('reads nothing wrong', () => {
    expect(s.wrong).toBe(0);
  });
});

describe('a move still ahead', () => {
  it.each(MOVES_AHEAD)('does not put the accounts Online: %s', (text) => {
    expect(recognizer.recognize(text).slots.deployment).not.toBe('online');
  });
});

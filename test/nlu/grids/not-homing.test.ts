// On-premises and product words that say nothing of homing in an Online or Cloud Connector organization
// (not-homing.ts). GRID_REPORT=1 prints the misses.
import { createRecognizer } from '../../../src/nlu';
import { scoreText } from './grid';
import { HYBRID_ON_PREMISES, notHomingEn, notHomingZh } from './not-homing';

const recognizer = createRecognizer();

describe.each([
  ['en', notHomingEn()],
  ['zh-TW', notHomingZh()],
] as const)('on site and client programs are no homing (%s)', (locale, probes) => {
  const s = scoreText(`not homing ${locale}`, recognizer, probes, locale);

  it('reads the deployment and the call', () => {
    // On 2c37503: en 6/28 right, 18 wrong (Hybrid, homed on-premises); zh 5/6, 1 wrong. After: all right.
    expect(s.right).toBe(s.size);
  });

  it('reads nothing wrong', () => {
    expect(s.wrong).toBe(0);
  });
});

it('keeps on-premises a homing in a Hybrid organization', () => {
  expect(recognizer.recognize(HYBRID_ON_PREMISES).slots).toMatchObject({ homing: 'onPremises', peerHoming: 'onPremises' });
});

// A new question (the deployment and another call said again, after an answer) that names again someone the
// conversation knows brings what was said of them before: their homing and place, in their role now. Found on the
// dev conversations conv62v: after a meeting of a user homed on-prem, "and when he calls a colleague? she's on-prem
// too" asked the user's homing again. A new question of another deployment starts from nothing (near miss), and so
// does one about someone not named before.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { afterTurns } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const BOTH_ON_PREM: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', homing: 'onPremises', peer: 'customerNetwork', peerHoming: 'onPremises' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  [
    'the attendee, named, then calls a colleague',
    'en',
    ["We're hybrid. Oliver joins a meeting organised by Marcus, who is homed Online. Oliver is homed on-prem and at head office.", "and if Oliver then Skypes Lena on the front desk? she's on-prem as well, in the same building"],
    BOTH_ON_PREM,
  ],
  [
    'the caller, named, then calls someone else',
    'en',
    ["We're hybrid. Oliver, homed on-prem, calls Clara in the office. Clara is homed Online. Oliver is in the office as well.", "new question, we're hybrid: Oliver calls Tomasz, who is in the office and homed on-prem. Oliver's paths?"],
    BOTH_ON_PREM,
  ],
  [
    '打電話的人，再打給另一位同事',
    'zh-TW',
    ['我們是混合式。志偉（地端）在辦公室打給線上的淑芬，淑芬也在辦公室。志偉的路徑？', '另一個問題：我們是混合式，志偉打給佳蓉，佳蓉也在辦公室，是地端的，志偉的路徑？'],
    BOTH_ON_PREM,
  ],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const { cards, session: { scenario: now } } = await afterTurns(recognizer, locale, turns);
  expect(now).toMatchObject(scenario);
  expect(kindOf(cards.at(-1)!, locale)).toBe('answer');
});

const NEAR_MISSES: [string, Locale, string[]][] = [
  ['another deployment', 'en', ["We're hybrid. Oliver, homed on-prem, calls Clara in the office. Clara is homed Online. Oliver is in the office as well.", "new question, we're fully Online now: Oliver calls Tomasz, who is at home. Oliver's paths?"]],
  ['換成另一種部署', 'zh-TW', ['我們是混合式。志偉（地端）在辦公室打給線上的淑芬，淑芬也在辦公室。志偉的路徑？', '另一個問題：我們現在全部是 Online，志偉打給在家的佳蓉，志偉的路徑？']],
];

it.each(NEAR_MISSES)('near miss: %s (%s) carries nothing', async (_name, locale, turns) => {
  const { session: { scenario: now } } = await afterTurns(recognizer, locale, turns);
  expect(now).toMatchObject({ deployment: 'online', callType: 'peerToPeer', peer: 'internet' });
  expect(now.location).toBeUndefined();
  expect(now.homing).toBeUndefined();
});

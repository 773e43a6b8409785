// A what-if that says when its change happens ("next week", 「下個月」): the recognizer reads a move said with its time
// as planned, no fact of today's call, and read nothing, so the what-if was not understood and the next turn kept the
// old homing (conv66v, a dev set). In a what-if the move is what is supposed: read without its time. In our own words.
// Near misses: a what-if with no time reads as before; a time said outside a what-if changes nothing here.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { afterTurns } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const HYBRID_CALL: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' };
const DESKS = 'Hybrid here. I Skype Priya from my desk, both of us in the office, both homed on-prem. My paths?';
const DESKS_ZH = '我們是混合式。我在辦公室打 Skype 給 Priya，她也在辦公室，我們兩個都在地端。我的路徑？';

const CASES: [string, Locale, string[], PartialScenario][] = [
  ['"next week"', 'en', [DESKS, 'what if Priya gets moved to Skype Online next week?'], { ...HYBRID_CALL, homing: 'onPremises', peerHoming: 'online' }],
  ['"tomorrow"', 'en', [DESKS, 'and what if Priya is migrated to Online tomorrow?'], { ...HYBRID_CALL, homing: 'onPremises', peerHoming: 'online' }],
  ['「下週」', 'zh-TW', [DESKS_ZH, '如果 Priya 下週搬到 Online 呢？'], { ...HYBRID_CALL, homing: 'onPremises', peerHoming: 'online' }],
  ['「下個月」', 'zh-TW', [DESKS_ZH, '如果 Priya 下個月改成線上帳號呢？'], { ...HYBRID_CALL, homing: 'onPremises', peerHoming: 'online' }],
  ['near miss: no time said', 'en', [DESKS, 'what if Priya gets moved to Skype Online?'], { ...HYBRID_CALL, homing: 'onPremises', peerHoming: 'online' }],
  ['near miss: 無時間', 'zh-TW', [DESKS_ZH, '如果 Priya 搬到 Online 呢？'], { ...HYBRID_CALL, homing: 'onPremises', peerHoming: 'online' }],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const { cards, session } = await afterTurns(recognizer, locale, turns);
  expect(session.scenario).toMatchObject(scenario);
  expect(cards.map((card) => kindOf(card, locale))).toContain('answer');
});

// Two people's homings in one message go to the right people, and a later move of one ("Kevin moved to Online",
// 「Kevin 已經搬到雲端」) updates that one, whoever he is in the call. Someone at a partner company (「合作夥伴那邊的人」,
// like 「廠商那邊的人」) is the federated other party, never asked where they are. Found by the blind judge (wrong:
// 「合作夥伴那邊的人」 was no one, and the other party's place was asked). "both of us" gives both homings.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const KEVIN_EN = "We're hybrid. Kevin in our office is on a Skype call with someone from our partner. Path for Kevin?";
const KEVIN_ZH = '我們是混合部署。Kevin 在公司跟合作夥伴那邊的人用 Skype 通話，Kevin 的路徑？';
const HYBRID_FEDERATED: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'federated' };
const COLLEAGUE_EN = "We're hybrid. I'm in the office on a call with a colleague in the office. Path?";
const COLLEAGUE_ZH = '我們是混合部署。我在公司跟同事通話，他也在公司。路徑？';
const ANA_EN = "We're hybrid. I'm in the office on a call with Ana, she's at home. Path?";
const ANA_ZH = '我們是混合部署。我在公司跟 Ana 通話，她在家。路徑？';
const IN_OFFICE: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  ['the partner side said first', 'zh-TW', ['我在公司跟合作夥伴那邊的人通話，路徑？'], { location: 'customerNetwork', peer: 'federated', callType: 'peerToPeer' }],
  ['the partner side, both homings', 'zh-TW', [KEVIN_ZH, 'Kevin 在地端，合作夥伴那邊的人是 Online'], { ...HYBRID_FEDERATED, homing: 'onPremises' }],
  ['Kevin moved', 'zh-TW', [KEVIN_ZH, 'Kevin 在地端，合作夥伴那邊的人是 Online', 'Kevin 已經搬到雲端'], { ...HYBRID_FEDERATED, homing: 'online' }],
  ['the partner user, both homings', 'en', [KEVIN_EN, "Kevin's still homed on the on-prem pool, the partner's user is Online"], { ...HYBRID_FEDERATED, homing: 'onPremises' }],
  ['Kevin moved', 'en', [KEVIN_EN, "Kevin's still homed on the on-prem pool, the partner's user is Online", 'Kevin moved to Online'], { ...HYBRID_FEDERATED, homing: 'online' }],
  ['both of us', 'en', [COLLEAGUE_EN, "we're both homed on-prem"], { ...IN_OFFICE, homing: 'onPremises', peerHoming: 'onPremises' }],
  ['我跟他都', 'zh-TW', [COLLEAGUE_ZH, '我跟他都在地端'], { ...IN_OFFICE, homing: 'onPremises', peerHoming: 'onPremises' }],
  ['Ana and I', 'en', [ANA_EN, "Ana is on-prem, I'm online"], { peer: 'internet', homing: 'online', peerHoming: 'onPremises' }],
  ['Ana moved, the other party', 'zh-TW', [ANA_ZH, 'Ana 在地端，我在雲端', 'Ana 已經搬到雲端了'], { peer: 'internet', homing: 'online', peerHoming: 'online' }],
  // Near misses: a colleague visiting the partner is ours, out on the Internet; both in the office is no homing.
  ['near miss: Kevin at the partner', 'zh-TW', ['我在公司跟 Kevin 通話，Kevin 在合作夥伴那邊，路徑？'], { location: 'customerNetwork', peer: 'internet' }],
  ['near miss: both in the office', 'en', [COLLEAGUE_EN, "we're both in the office"], IN_OFFICE],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  for (const text of turns) await conversation.say(text);
  const session = await conversation.session();
  expect(session.scenario).toMatchObject(scenario);
  if (scenario.peer === 'federated') expect(session.scenario.peerHoming).toBeUndefined();
});

it('both homings said: never asked again (en, zh-TW)', async () => {
  for (const [locale, turns] of [['en', [COLLEAGUE_EN, "we're both homed on-prem"]], ['zh-TW', [COLLEAGUE_ZH, '我跟他都在地端']]] as const) {
    const conversation = startConversation({ recognizer, locale });
    let last;
    for (const text of turns) last = await conversation.say(text);
    expect(JSON.stringify(last)).not.toContain('"id":"question"');
  }
});

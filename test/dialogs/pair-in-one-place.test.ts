// Two people named together, then one place, then their call: the place is both's, so neither is asked where they
// connect from. Found in session 57's blind conversations (conv57, a dev set): "A 跟 B 在總站辦公室（公司網路）一對一
// 通話" asked where the user connects from, and the homing answered next (「在地端」) was then read as that place. A
// word for a call between two ("一對一", "點對點") after the place says the pair holds it together, as 「互打」 did,
// past more words for the place and an aside that only says it again. Near miss: a place inside the pair ("跟在家的
// 倉管") is the second one's alone.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { afterTurns } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const BOTH_IN: PartialScenario = { callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' };

const CASES: [string, Locale, string[], PartialScenario, 'answer' | 'question'][] = [
  ['a pair in the warehouse office, then the homing', 'zh-TW', ['領班跟倉管在倉庫辦公室（公司網路）一對一通話，領班的媒體走哪？', '混合式', '在地端'], { ...BOTH_IN, deployment: 'hybrid', homing: 'onPremises' }, 'answer'],
  ['a pair at the branch, Online', 'zh-TW', ['我們全部是 Online，有 ER。主任與秘書在分公司點對點通話，主任的訊號怎麼走？'], { ...BOTH_IN, deployment: 'online' }, 'answer'],
  ['a pair on the site LAN, asked the homing', 'zh-TW', ['混合式有 ER。會計和出納在總部（內網）1 對 1 通話，會計的訊號？', '會計是內部部署，出納是線上'], { ...BOTH_IN, deployment: 'hybrid', homing: 'onPremises', peerHoming: 'online' }, 'answer'],
  ['a pair on the practice LAN, Online', 'en', ['We are on Skype Online with ER. The nurse and the receptionist are both on the practice LAN, on a 1:1 call. Signaling for the nurse?'], { ...BOTH_IN, deployment: 'online' }, 'answer'],
  ['a pair at HQ, then the homings', 'en', ['Hybrid with ExpressRoute. The accountant and the cashier are at HQ on the corporate network, on a peer-to-peer call. Path for the accountant?', 'the accountant is on-prem, the cashier is online'], { ...BOTH_IN, deployment: 'hybrid', homing: 'onPremises', peerHoming: 'online' }, 'answer'],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario, reply) => {
  const { cards, session: { scenario: now } } = await afterTurns(recognizer, locale, turns);
  expect(now).toMatchObject(scenario);
  expect(cards.some((card) => kindOf(card, locale) === 'answer')).toBe(reply === 'answer');
});

it('near miss: 「跟在家的倉管」 places the second one only', async () => {
  const { session: { scenario: now } } = await afterTurns(recognizer, 'zh-TW', ['混合式，領班跟在家的倉管一對一通話，領班的訊號？']);
  expect(now).toMatchObject({ callType: 'peerToPeer', peer: 'internet' });
  expect(now.location).toBeUndefined();
});

// A correction or a what-if saying the OTHER party of a call between two people places an outside (PSTN) call
// ("actually it's Kim who rings the supplier's landline, not a call to Kim", 「其實是會計撥外線給廠商，不是打給經理」):
// the answer becomes that person's PSTN call, the caller now the user, their place theirs. Found in the session 55
// conversations: 「…，不是打給X」 read 不是 as a second caller, so the answer stayed on the first user (at home).
// Near misses: the first user dialing out stays the user; a negated call names no one.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const ZH_OPENING = '我們用雲端連接器。經理在家用自己的網路，打 Skype 給在公司內網的會計。經理的路徑？';
const EN_OPENING = "We run Cloud Connector Edition. Dana at home calls Kim over Skype; Kim sits in our office. Dana's paths?";
const OTHER_DIALS_OUT: PartialScenario = { deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  ['a correction, not a call to the manager', 'zh-TW', [ZH_OPENING, '那會計呢', '抱歉，其實是會計撥外線給廠商，不是打給經理'], OTHER_DIALS_OUT],
  ['a correction with 就是', 'zh-TW', [ZH_OPENING, '會計那邊呢', '更正一下，就是會計打外線給客戶的市話，不是經理打給她'], OTHER_DIALS_OUT],
  ['a what-if, a landline', 'zh-TW', [ZH_OPENING, '會計的呢', '如果會計是撥市話給供應商呢'], OTHER_DIALS_OUT],
  ['a correction, not a call to Dana', 'en', [EN_OPENING, 'and Kim?', "sorry, wrong: it's Kim who dials out to a supplier's landline, not a call to Dana"], OTHER_DIALS_OUT],
  ['a what-if, an outside number instead of calling Dana', 'en', [EN_OPENING, 'what about Kim?', 'what if Kim rang a vendor on a regular phone number instead of calling Dana?'], OTHER_DIALS_OUT],
  // Near misses: the first user (Dana, the manager) who dials out stays the user, at home.
  ['near miss: Dana dials out', 'en', [EN_OPENING, "actually Dana dials out to a supplier's landline, not a call to Kim"], { deployment: 'cloudConnector', callType: 'pstn', location: 'internet' }],
  ['near miss: the manager dials out', 'zh-TW', [ZH_OPENING, '其實是經理撥外線給廠商，不是打給會計'], { deployment: 'cloudConnector', callType: 'pstn', location: 'internet' }],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  for (const text of turns) await conversation.say(text);
  expect((await conversation.session()).scenario).toMatchObject(scenario);
});

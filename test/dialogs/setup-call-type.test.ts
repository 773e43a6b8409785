// A product named as what carries one kind of call is the deployment, not the call asked about: "our PSTN goes
// through CCE", 「我們打電話是走 CCE」 after a call between two clients keeps it a peer-to-peer call and sets the
// deployment. Found by the blind judge (wrong: the call turned into a PSTN call). Near misses: a phone number dialled
// ("now I dial a customer's landline") is a PSTN call, and the set-up said first, alone, still asks of a phone call.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const EN_CALL = "I'm at my desk in the office on a Skype call with a colleague who is also in the office. Which way does media go?";
const ZH_CALL = '我在公司用 Skype 跟同事通話，他也在公司，媒體怎麼走？';
const P2P: PartialScenario = { callType: 'peerToPeer', location: 'customerNetwork', deployment: 'cloudConnector' };
const PSTN: PartialScenario = { callType: 'pstn', deployment: 'cloudConnector' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  ['PSTN through CCE', 'en', [EN_CALL, 'fyi our PSTN goes through CCE'], P2P],
  ['phone calls via Cloud Connector', 'en', [EN_CALL, 'we route our phone calls via Cloud Connector Edition'], P2P],
  ['outside lines on CCE', 'en', [EN_CALL, 'our outside lines run on CCE btw'], P2P],
  ['打電話走 CCE', 'zh-TW', [ZH_CALL, '我們打電話是走 CCE'], P2P],
  ['外線用 Cloud Connector', 'zh-TW', [ZH_CALL, '對了，我們的外線是用 Cloud Connector'], P2P],
  ['near miss: a landline dialled', 'en', [EN_CALL, "now I dial a customer's landline, we have CCE"], PSTN],
  ['near miss: 撥客戶手機', 'zh-TW', [ZH_CALL, '那如果我改撥客戶的手機呢？我們用 CCE'], PSTN],
  ['near miss: said first', 'en', ['our PSTN goes through CCE. I am in the office, which path?'], PSTN],
  ['near miss: 先說', 'zh-TW', ['我們打電話是走 CCE，我在公司，路徑是？'], PSTN],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  for (const text of turns) await conversation.say(text);
  expect((await conversation.session()).scenario).toMatchObject(scenario);
});

// The one who calls out in a PSTN call, named by who they are ("Maria calls a customer's landline", 「業務部同事在高雄
// 分公司打外線給客戶」), is the user: the other end is the phone network, no user of ours. A later what-if that names
// them again ("what if Maria were at a hotel?", 「那同事出差住飯店打呢」) places the user. Found by the blind judge:
// 「那同事出差住飯店打呢」 after a Cloud Connector PSTN answer got "nothing changes" (the recognizer reads a colleague's
// place as the other party's). Near misses: the one called (the phone network's end) placed, someone never named,
// the writer who calls.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const CCE_PSTN: PartialScenario = { deployment: 'cloudConnector', callType: 'pstn' };
const ONLINE_PSTN: PartialScenario = { deployment: 'online', callType: 'pstn' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  ['the judge\'s: 同事 at a hotel', 'zh-TW', ['我們公司用雲端連接器 CCE，業務部同事在高雄分公司打外線給客戶，這樣訊號跟媒體走哪', '那同事出差住飯店打呢'], { ...CCE_PSTN, location: 'internet' }],
  ['the colleague who calls out, at a hotel', 'zh-TW', ['我們用 CCE，財務部同事在台北總公司撥外線給廠商，訊號跟媒體怎麼走？', '那如果同事在飯店撥呢'], { ...CCE_PSTN, location: 'internet' }],
  ['陳經理 who calls out, at home', 'zh-TW', ['我們全部都是 Online，陳經理在辦公室打外線，路徑是？', '那如果經理在家打呢？'], { ...ONLINE_PSTN, location: 'internet' }],
  ['the colleague in the office, at home', 'zh-TW', ['我們公司是 Cloud Connector，行銷部同事在公司打電話給客戶的市話，路徑？', '假如同事改成在家裡打呢'], { ...CCE_PSTN, location: 'internet' }],
  ['Maria who calls a landline, at a hotel', 'en', ["We run Cloud Connector Edition. Maria from sales calls a customer's landline from the office. Path?", 'what if Maria were at a hotel?'], { ...CCE_PSTN, location: 'internet' }],
  ['Raj who dials out, working from home', 'en', ["We're all Skype for Business Online. Raj dials an outside number from our office. Which path?", 'and if Raj is working from home?'], { ...ONLINE_PSTN, location: 'internet' }],
  // A colleague not named before, asked of after the writer's own PSTN call: one of ours, so the caller (conv66v).
  ['a field colleague, in a car park on a hotspot', 'zh-TW', ['我們都是 Skype Online，我在門市用公司網路打給廠商的市話，路徑？', '那巡店的同事在停車場用手機熱點打呢？'], { ...ONLINE_PSTN, location: 'internet' }],
  ['a colleague on the road, on a hotspot', 'en', ["We're all on Skype for Business Online. I ring a supplier's landline from my desk in the office. Path?", 'and a colleague on the road dialling out from a phone hotspot?'], { ...ONLINE_PSTN, location: 'internet' }],
  // Near misses: the one called is at the phone network's end; someone never named; the writer.
  ['near miss: the supplier called, at a hotel', 'zh-TW', ['我們用 CCE，財務部同事在台北總公司撥外線給廠商，訊號跟媒體怎麼走？', '那如果廠商在飯店呢'], { ...CCE_PSTN, location: 'customerNetwork' }],
  ['near miss: someone never named, at a hotel', 'zh-TW', ['我們用 CCE，財務部同事在台北總公司撥外線給廠商，訊號跟媒體怎麼走？', '那如果小王在飯店打呢'], { ...CCE_PSTN, location: 'customerNetwork' }],
  ['near miss: the writer who calls, at home', 'zh-TW', ['我們全部都是 Online，我在辦公室打外線，路徑是？', '那如果我在家打呢？'], { ...ONLINE_PSTN, location: 'internet' }],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  for (const text of turns) await conversation.say(text);
  expect((await conversation.session()).scenario).toMatchObject(scenario);
});

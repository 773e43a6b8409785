// Two people named in a call with no one said to call ("Joanne is on a call with Dev", "Joanne and Dev are on a
// call", 「小王跟小李通話」), or the caller placed before 打電話給 (「小王在台北辦公室打電話給小李」): a later fact about one
// of them is that person's, whoever of the two they are. A blind judge saw "Dev is at home" move Joanne, the call's
// user (wrong); in Chinese 「小李在家」 was not understood. Near misses: the first named said again is still the user;
// the writer on a call with a name is still the user ("Im on a call with Marco").
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const ONLINE_CALL: PartialScenario = { deployment: 'online', callType: 'peerToPeer' };
const SECOND_AWAY: PartialScenario = { ...ONLINE_CALL, location: 'customerNetwork', peer: 'internet' };
const FIRST_AWAY: PartialScenario = { ...ONLINE_CALL, location: 'internet', peer: 'customerNetwork' };

const CASES: [string, Locale, string[], PartialScenario][] = [
  ['on a call with, the second named', 'en', ['All Online. Joanne is on a call with Dev, both in the office. Paths?', 'Dev is at home'], SECOND_AWAY],
  ['and, on a call, a what-if', 'en', ["We're fully SfB Online. Aisha and Bruno are on a video call, both at HQ. Which paths?", 'what if Bruno works from home?'], SECOND_AWAY],
  ['the caller placed, in a call with', 'en', ['Online tenant. Ravi in the Leeds office is in a call with Chen, who is on site too. Paths?', 'actually Chen is at a hotel'], SECOND_AWAY],
  ['near miss: the first named again', 'en', ['All Online. Joanne is on a call with Dev, both in the office. Paths?', 'what if Joanne is at home?'], FIRST_AWAY],
  ['near miss: the writer on a call with a name', 'en', ['All Online. Im on a call with Marco, both in the office. Paths?', 'Marco is at home'], SECOND_AWAY],
  ['跟…通話，後一位', 'zh-TW', ['全部都是 Online。小王跟小李通話，兩個人都在公司。路徑？', '小李在家'], SECOND_AWAY],
  ['在某處打電話給，後一位', 'zh-TW', ['我們全部是 Online。小王在台北辦公室打電話給小李，小李也在公司。路徑？', '其實小李在家'], SECOND_AWAY],
  ['和…視訊，如果', 'zh-TW', ['全部 Skype Online。阿明和小芬視訊，兩人都在公司。路徑怎麼走？', '如果小芬在咖啡廳呢？'], SECOND_AWAY],
  ['near miss：前一位', 'zh-TW', ['全部都是 Online。小王跟小李通話，兩個人都在公司。路徑？', '如果小王在家呢？'], FIRST_AWAY],
];

it.each(CASES)('%s (%s)', async (_name, locale, turns, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  for (const text of turns) await conversation.say(text);
  expect((await conversation.session()).scenario).toMatchObject(scenario);
});

// Small talk after an answer (praise of the bot, how the writer's day goes) is met with a plain "OK", not "I don't
// understand" (a blind judge's finding); nothing changes. Near misses: a remark that says a fact of the call, or
// asks, is no small talk.
import { t } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { smallTalk } from '../../dialogs/followUpWords';
import { ANSWERED, expectAcknowledgedAfterAnswer, startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

describe.each([
  ['en', "haha you're pretty smart for a bot"],
  ['en', 'good bot'],
  ['en', "sorry, it's been a long day"],
  ['en', "I'm so tired today"],
  ['en', 'wow you are really fast'],
  ['zh-TW', '哈哈你好聰明'],
  ['zh-TW', '今天好累喔'],
  ['zh-TW', '你真厲害耶'],
  ['zh-TW', '唉 好忙'],
] as const)('%s: %s', (locale, text) => {
  it('gets the plain OK after an answer, and nothing changes', () => expectAcknowledgedAfterAnswer(recognizer, locale, text, 'dialog.ok'));
});

describe('what counts as small talk: the whole message', () => {
  it.each([
    "you're smart, so what if she is at home?",
    'long day: the user is at home now',
    'the bot is wrong',
    "I'm tired of the media going over the internet",
    '你好聰明，那如果他在家呢？',
    '今天好累，使用者在家',
    '累積的流量走 ER 嗎',
  ])('not %s', (text) => expect(smallTalk(text)).toBe(false));
});

it.each([
  ['en', 'long day, the user is at home now'],
  ['zh-TW', '今天好累，使用者在家'],
] as const)('%s: small talk with a fact of the call is no mere OK: %s', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(ANSWERED[locale]);
  const said = saidIn(await conversation.say(text));
  expect(said).not.toContain(t(locale, 'dialog.ok'));
});

// "Thanks", "got it", 「了解」 after an answer or at any point: acknowledged in the user's language, nothing applied,
// and whatever was on screen (a question) shown again. Found by the outside try: "got it" and 「好，了解了」 were "not
// understood", "ok thanks, that helps" got the help card.
import { createRecognizer } from '../../src/nlu';
import { saysThanks } from '../../dialogs/followUpWords';
import { expectAcknowledgedAfterAnswer, expectQuestionAgain } from './harness';

const recognizer = createRecognizer();

describe.each([
  ['en', 'thanks!'],
  ['en', 'ok thanks, that helps'],
  ['en', 'got it 👍'],
  ['en', 'Thank you so much'],
  ['en', 'cheers, makes sense'],
  ['zh-TW', '謝謝！'],
  ['zh-TW', '好，了解了'],
  ['zh-TW', '感謝幫忙'],
  ['zh-TW', '收到，謝啦'],
  // A fresh writer's hostile set (round 30): 「超有幫助」 got the help card (幫助 is help), Slack's ":tada:" and
  // "ur the best" were not understood.
  ['zh-TW', '謝謝你！超有幫助 🙏🙏'],
  ['zh-TW', '感謝，幫了大忙'],
  ['en', 'thx!! ur the best :tada:'],
  ['en', "thanks, you're a legend :raised_hands:"],
  // Round 31's hostile set: thanks and goodbye typed in Zhuyin shorthand (ㄒㄒ 謝謝, ㄅㄅ 掰掰, 好ㄉ 好的, ㄏㄏ 呵呵) were
  // read as a call question and answered with "what kind of call is it?".
  ['zh-TW', 'ㄏㄏ 好ㄉ ㄅㄅ ㄒㄒ'],
  ['zh-TW', '好ㄉ ㄒㄒ'],
  ['zh-TW', '了解 掰掰 謝啦'],
  // HTML character references, as a page's source or an HTML mail pastes them.
  ['zh-TW', '&#35613;&#35613;&nbsp;&#x1f64f;'],
  ['en', 'ok&nbsp;thanks&#33;'],
] as const)('%s: %s', (locale, text) => {
  it('is acknowledged after an answer, and nothing changes', () => expectAcknowledgedAfterAnswer(recognizer, locale, text, 'dialog.thanks'));
});

it.each([
  ['en', 'thanks', 'dialog.thanks'],
  ['zh-TW', '謝謝', 'dialog.thanks'],
] as const)('%s with a question on screen: %s is acknowledged and the question asked again', (locale, text, key) => expectQuestionAgain(recognizer, locale, text, key));

describe('what counts as thanks: the whole message', () => {
  it.each(['thx', 'ty', 'appreciated', 'understood', '多謝', '感恩', '3Q', '懂了，謝謝你的幫忙', 'ㄒㄒ', '哈哈 ㄒㄒ 拜拜'])('%s', (text) => expect(saysThanks(text)).toBe(true));
  it.each([
    'ok',
    'thanks but the answer is wrong',
    'this is not helpful',
    'thanks, and what if she is at home?',
    '不了解',
    '謝謝，那如果他在家呢？',
    'got it wrong again',
    'hybrid conference, thanks',
    'thanks, the best path is?',
    '謝謝，超想知道會議怎麼走',
    // Goodbye or a laugh with no thanks in it is no thanks.
    'ㄅㄅ',
    'ㄏㄏ',
    'ㄒㄒ 那在家呢',
  ])('not %s', (text) => expect(saysThanks(text)).toBe(false));
});

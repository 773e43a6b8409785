// A question outside the advisor's subject in the middle of a conversation: the outside try got "I didn't understand
// that as an answer" (a question on screen) or "not understood" (after an answer). When the recognizer finds it out
// of scope, the reply says so (the localized out-of-scope text) and shows the question on screen again; nothing changes.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, QUESTION, startConversation } from './harness';
import { kindOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const OUT_OF_SCOPE: [Locale, string][] = [
  ['en', "how do I reset a user's dial-in PIN?"],
  ['en', 'what is the SLA of Teams Phone?'],
  ['en', 'what does a Teams Phone license cost per user'],
  ['en', 'can you book me a meeting room for friday?'],
  ['zh-TW', 'SfB Online 的 license 一個人多少錢？'],
  ['zh-TW', '要怎麼重設使用者的撥入 PIN 碼'],
  ['zh-TW', '明天會下雨嗎'],
  // A filler before the question word (found by the outside try: "not understood").
  ['en', 'also can u reset his dial in pin while ur at it'],
  ['en', 'btw what does a Teams Phone license cost'],
  ['zh-TW', '順便問 ER 一個月多少錢'],
  // A question or a request in a clause after a remark, and a request said as one (the judge of convs7: "didn't
  // understand").
  ['en', 'ah. how do I renew the CCE edge cert then, it expires next week'],
  ['en', "also Ken can't sign in, can you reset his password"],
  ['en', 'please write me a PowerShell script to move users to Teams'],
  ['zh-TW', '幫我寫 powershell 把使用者搬到 Teams'],
  ['zh-TW', '對了，小王登不進去，可以幫他重設密碼'],
  ['zh-TW', '麻煩更新一下 CCE Edge 的憑證'],
  // Written in HTML character references, with a line break's tag and spaces after it (round 31's hostile set: read as
  // a greeting).
  ['zh-TW', '&#35531;&#21839;&#21830;&#21209;&#29992;&#32;&#83;&#107;&#121;&#112;&#101;&#32;&#30340;&#25480;&#27402;&#24590;&#40636;&#36023;&#65311;&lt;br&gt;&nbsp;&nbsp;謝謝'],
];

describe.each(OUT_OF_SCOPE)('%s: %s', (locale, text) => {
  it('with a question on screen: out of scope, then the same question, nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(QUESTION[locale]);
    const before = await conversation.session();
    const replies = await conversation.say(text);
    const said = saidIn(replies);
    expect(said).toContain(t(locale, 'cli.outOfScope'));
    expect(said).not.toContain(t(locale, 'dialog.notUnderstoodAnswer'));
    expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
    expect(await conversation.session()).toEqual(before);
  });

  it('after an answer: out of scope, nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(ANSWERED[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'cli.outOfScope'));
    expect(said).not.toContain(t(locale, 'dialog.notUnderstood'));
    expect(await conversation.session()).toEqual(before);
  });
});

describe.each([
  ['en', 'asdf qwerty'],
  ['en', 'blue banana'],
  ['zh-TW', '嗯嗯啊啊哈哈'],
  ['en', 'btw blue banana'],
  ['en', 'also banana split'],
  ['zh-TW', '順便 嗯嗯啊啊'],
  // Near misses: remarks in clauses, nothing asked or requested.
  ['en', 'ah. blue banana, it expires next week'],
  ['en', 'you could say that'],
  ['zh-TW', '嗯，幫派電影很好看'],
] as const)('%s no question, nothing read: %s', (locale, text) => {
  it('is still not understood', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(QUESTION[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'dialog.notUnderstoodAnswer'));
    expect(said).not.toContain(t(locale, 'cli.outOfScope'));
  });
});

// "ok", "cool", 「好」「喔」 alone: after an answer, acknowledged and nothing changes; with a question on screen, no
// answer to it: the question is asked again, said to be still needed, and no value is applied. Found by the outside
// try: each was "I didn't understand". Near misses say more than "ok" and go on as before.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { acknowledges } from '../../dialogs/followUpWords';
import { ANSWERED, startConversation } from './harness';
import { allText, kindOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const ASKED: Record<Locale, string> = {
  en: 'hybrid meeting, which way does it go?',
  'zh-TW': '混合式部署開會，流量怎麼走？',
};

const ACKS: [Locale, string][] = [
  ['en', 'ok'],
  ['en', 'Okay.'],
  ['en', 'k'],
  ['en', 'cool'],
  ['en', 'ok cool 👍'],
  ['en', 'alright'],
  ['zh-TW', '好'],
  ['zh-TW', 'OK'],
  ['zh-TW', '喔'],
  ['zh-TW', '好的～'],
  ['zh-TW', '嗯嗯'],
  ['zh-TW', 'OK啦'],
];

describe.each(ACKS)('%s: %s', (locale, text) => {
  it('after an answer: acknowledged, nothing changes', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(ANSWERED[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    const before = await conversation.session();
    const replies = await conversation.say(text);
    expect(replies).toHaveLength(1);
    expect(allText(replies[0])).toContain(t(locale, 'dialog.ok'));
    expect(await conversation.session()).toEqual(before);
  });

  it('with a question on screen: the question again, still needed, no value applied', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(ASKED[locale]);
    expect(kindOf(question, locale)).toBe('question');
    const before = await conversation.session();
    const [reply] = await conversation.say(text);
    expect(allText(reply)).toContain(t(locale, 'dialog.stillNeeded'));
    expect(allText(reply)).not.toContain(t(locale, 'dialog.notUnderstoodAnswer'));
    expect(questionOf(reply).slot).toBe(questionOf(question).slot);
    expect((await conversation.session()).scenario).toEqual(before.scenario);
  });
});

describe.each([
  ['en', 'ok, and what if I am at home?', 'location'],
  ['zh-TW', '好，那如果我在家呢？', 'location'],
] as const)('%s near miss after an answer: %s', (locale, text, slot) => {
  it('is a what-if as before, not an acknowledgement', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const before = await conversation.session();
    const replies = await conversation.say(text);
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.ok'));
    expect((await conversation.session()).scenario[slot]).not.toBe(before.scenario[slot]);
  });
});

describe('what counts as a bare acknowledgement: the whole message', () => {
  it.each(['OK!', 'kk', 'sure', 'fine', 'great', 'okay okay', '好喔', '好吧', '嗯', '喔喔', '沒問題'])('%s', (text) => expect(acknowledges(text)).toBe(true));
  it.each([
    'ok so what if she is at home',
    'not ok',
    'okay the user is at home',
    'cool, and for a conference?',
    'ok but why',
    'great, PSTN now',
    '不好',
    '好像不對',
    '好，那 PSTN 呢？',
    '喔？為什麼',
    'OK 那會議呢',
    '',
  ])('not %s', (text) => expect(acknowledges(text)).toBe(false));
});

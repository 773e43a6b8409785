// What always goes over the Internet, asked in the middle of things. "Is there anything that never goes over ER?"
// with a question on screen was not understood as an answer (study set c5-3): "ER" was not read where "ExpressRoute"
// was. A call from someone's personal Skype ("if he calls me from his personal Skype instead?", 「如果他用個人的
// Skype 打給我呢？」) is federation with Skype consumer, which the article lists as always over the Internet, even
// with ExpressRoute: that list, not the call on screen unchanged. Near misses: a why about the answer, a call with
// a federated company's Skype for Business, are what they were.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { allText, kindOf, questionOf } from './cardReading';
import { ANSWERED, QUESTION, startConversation } from './harness';

const recognizer = createRecognizer();

const NEVER_OVER_ER: [Locale, string][] = [
  ['en', 'is there anything that never goes over ER?'],
  ['en', 'anything never over ER?'],
  ['zh-TW', '有什麼是永遠不會走 ER 的？'],
  ['zh-TW', '有沒有流量從來不走 ER？'],
];

describe.each(NEVER_OVER_ER)('%s: %s with a question on screen', (locale, text) => {
  it('lists what always goes over the Internet and asks the same question again', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(QUESTION[locale]);
    const replies = await conversation.say(text);
    expect(replies.map(allText).join(' ')).toContain(t(locale, 'internetOnly.title'));
    expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
  });
});

const P2P: Record<Locale, string> = {
  en: 'We are fully Online. I am in the office calling a colleague who is in the office too. Which paths?',
  'zh-TW': '我們全部是 Online，我在公司打給同事，同事也在公司，路徑怎麼走？',
};

const CONSUMER: [Locale, string][] = [
  ['en', 'ok and if he calls me from his personal Skype instead?'],
  ['en', 'what about personal Skype?'],
  ['zh-TW', '如果他用個人的 Skype 打給我呢？'],
  ['zh-TW', '那 Skype 個人版呢'],
  // The free Skype by other names (convs12 c12-6 t3: "on regular skype (the free consumer one)" was not understood).
  ['en', 'what if the guy at the other end used plain old free Skype instead'],
  ['en', 'and if he rang me on normal skype, the free one?'],
  ['en', 'what if she calls from Skype, the free consumer version?'],
  ['zh-TW', '如果對方是用免費的 Skype 打來呢？'],
];

describe.each(CONSUMER)('%s: %s after a peer-to-peer answer', (locale, text) => {
  it('lists federation with Skype consumer among what always goes over the Internet, and changes nothing', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(P2P[locale]);
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    expect(replies.map(allText).join(' ')).toContain(t(locale, 'internetOnly.title'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

const NEAR_MISSES: [Locale, string, 'answer' | 'why'][] = [
  ['en', 'and if he calls me from Fabrikam, a partner on Skype for Business Online?', 'answer'],
  ['zh-TW', '如果他是合作夥伴公司的人，用他們的商務用 Skype Online 打給我呢？', 'answer'],
  ['en', 'and if he calls me from a partner on regular Skype for Business Online?', 'answer'],
  ['en', 'why does the signaling go over ER?', 'why'],
  ['zh-TW', '為什麼訊號會走 ER？', 'why'],
];

describe.each(NEAR_MISSES)('%s: %s after an answer', (locale, text, expected) => {
  it(`is ${expected === 'why' ? 'a why' : 'a call'}, not the Internet-only list`, async () => {
    const conversation = startConversation({ recognizer, locale });
    const [answer] = await conversation.say(expected === 'why' ? ANSWERED[locale] : P2P[locale]);
    expect(kindOf(answer, locale)).toBe('answer');
    const replies = await conversation.say(text);
    const all = replies.map(allText).join(' ');
    expect(all).not.toContain(t(locale, 'internetOnly.title'));
    if (expected === 'answer') expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
  });
});

const ALONE: [Locale, string][] = [
  ['en', "my personal Skype won't sign in"],
  ['zh-TW', '我的個人 Skype 登不進去'],
];

describe.each(ALONE)('%s: %s as the first message', (locale, text) => {
  it('is no question of these call flows, not the Internet-only list', async () => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(text);
    expect(replies.map(allText).join(' ')).not.toContain(t(locale, 'internetOnly.title'));
  });
});

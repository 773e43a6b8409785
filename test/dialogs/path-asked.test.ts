// A yes or no question drawing a conclusion about the answer on screen ("so it does go over ExpressRoute then?",
// 「所以會吃到我們的 ER？」, 「所以媒體不會出去？」): a blind judge of session 46 saw them turned away (not understood, out of
// scope). Answered yes, no or partly from the answer's paths, for the traffic named (else both), each with its path;
// nothing changes. With no answer yet, which call it is about is asked. Near misses: a what-if, a path someone saw,
// someone named whom the answer may not show.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf, saidIn } from './cardReading';
import { ANSWERED, startConversation } from './harness';

const recognizer = createRecognizer();

/** An on-premises user in the office joining a meeting an on-premises user organized: media stays in the network. */
const LOCAL_MEETING: Record<Locale, string> = {
  en: "Hybrid deployment. I'm homed on-prem, in the office, joining a meeting an on-prem user organized: which paths?",
  'zh-TW': '混合式部署，我的帳號在地端，人在公司，參加地端使用者召集的會議，路徑怎麼走？',
};

/** Two Online users at home: nothing crosses ExpressRoute. */
const AT_HOME: Record<Locale, string> = {
  en: "All Online. I'm at home calling Linda, who is at home too. Paths?",
  'zh-TW': '全部都是 Online，我在家打給也在家的 Linda，路徑？',
};

const verdictOf = (locale: Locale, verdict: 'yes' | 'no' | 'partly') => t(locale, `dialog.pathAsked.${verdict}`, { paths: '' }).trim();

const ASKED: Array<[Locale, Record<Locale, string>, string, 'yes' | 'no' | 'partly']> = [
  // ANSWERED: an Online user's PSTN call from the office, signaling and media over ExpressRoute.
  ['en', ANSWERED, 'so it does go over ExpressRoute then?', 'yes'],
  ['en', ANSWERED, 'ok so the whole call rides our ER circuit?', 'yes'],
  ['en', ANSWERED, 'so the audio goes out over the internet then?', 'no'],
  ['en', ANSWERED, "so signaling doesn't touch ER?", 'no'],
  ['zh-TW', ANSWERED, '所以會吃到我們的 ER？', 'yes'],
  ['zh-TW', ANSWERED, '那訊號是走專線囉？', 'yes'],
  ['zh-TW', ANSWERED, '所以媒體不會出去？', 'no'],
  ['zh-TW', ANSWERED, '也就是說媒體走網際網路？', 'no'],
  // LOCAL_MEETING: media in the network, signaling to the on-premises Front End.
  ['en', LOCAL_MEETING, 'so the media stays inside our network?', 'yes'],
  ['en', LOCAL_MEETING, 'so the media never goes over ER then?', 'yes'],
  ['zh-TW', LOCAL_MEETING, '所以媒體不會出去？', 'yes'],
  ['zh-TW', LOCAL_MEETING, '所以媒體會走 ER 嗎？', 'no'],
  // One path asked, another set against it (the blind judge of convs17: "is it the Internet exit, not ER, we should
  // worry about?" got the card again with "you asked about a path, not one you saw", c17-20 t2).
  ['en', ANSWERED, 'so the thing to worry about is our internet bandwidth, not ER?', 'no'],
  ['en', ANSWERED, 'so it rides ExpressRoute rather than the internet then?', 'yes'],
  ['zh-TW', ANSWERED, '所以要擔心的是網際網路出口頻寬，不是 ER？', 'no'],
  ['zh-TW', ANSWERED, '所以是走 ER，而不是網際網路？', 'yes'],
  ['en', LOCAL_MEETING, 'so the media stays in our network, not on ER?', 'yes'],
  // Whether the call still needs or uses ExpressRoute, with no "so" (they were not understood in English).
  ['en', ANSWERED, 'do we still need ER?', 'yes'],
  ['en', ANSWERED, 'does this call actually use our ExpressRoute circuit?', 'yes'],
  ['en', AT_HOME, 'do we even need ExpressRoute for this one?', 'no'],
  ['en', LOCAL_MEETING, 'is ER still used here?', 'no'],
  ['zh-TW', ANSWERED, '還需要 ER 嗎？', 'yes'],
  ['zh-TW', AT_HOME, '那還需要 ER 嗎？', 'no'],
  ['zh-TW', AT_HOME, '我們還用得到專線嗎', 'no'],
  ['zh-TW', LOCAL_MEETING, '這樣還會用到 ER 嗎？', 'no'],
];

describe.each(ASKED)('%s: after %#, %s', (locale, opening, text, verdict) => {
  it(`says ${verdict} from the answer's paths, nothing changed`, async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(opening[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(verdictOf(locale, verdict));
    expect((await conversation.session()).scenario).toEqual(before.scenario);
  });
});

describe.each([
  ['en', 'so it does go over ExpressRoute then?'],
  ['zh-TW', '所以會吃到我們的 ER？'],
] as const)('%s with no answer yet: %s', (locale, text) => {
  it('asks about the call', async () => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('question');
    expect(saidIn(replies)).not.toContain(verdictOf(locale, 'yes'));
  });
});

describe.each([
  ['en', 'so what if it goes over the internet?'],
  ['en', 'so the trace shows ER?'],
  ['en', "so Ken's media goes over the internet?"],
  ['zh-TW', '所以如果走網際網路呢？'],
  ['zh-TW', '所以抓包看到走 ER？'],
  ['zh-TW', '那她的媒體走網際網路？'],
] as const)('%s near miss after an answer: %s', (locale, text) => {
  it('gets no verdict', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const said = saidIn(await conversation.say(text));
    for (const verdict of ['yes', 'no', 'partly'] as const) expect(said).not.toContain(verdictOf(locale, verdict));
  });
});

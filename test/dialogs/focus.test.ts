// A question about one traffic type, in a conversation with the real recognizer: once that traffic is certain it is
// answered, the other traffic is left out of the card, and the card says (in the user's language) what it depends on.
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import { ANSWERED, startConversation } from './harness';
import { allText, kindOf, leadingTraffic, pathsOf, questionOf } from './cardReading';

const recognizer = createRecognizer();

const CASES: [Locale, string, string][] = [
  ['en', 'en-US', 'Hybrid meeting organized by an on-prem user, everyone is in the office. Where does the media go?'],
  ['zh-TW', 'zh-TW', '混合式部署，地端使用者主持的會議，大家都在辦公室，媒體會走哪裡？'],
];

describe.each(CASES)('%s: a media question the homing cannot change', (locale, channelLocale, question) => {
  it('answers the media, leaves signaling out and says it depends on where the user is homed', async () => {
    const conversation = startConversation({ recognizer, locale: channelLocale });
    const [card] = await conversation.say(question);
    expect(kindOf(card, locale)).toBe('answer');
    expect(pathsOf(card, 'media')).toHaveLength(1);
    expect(pathsOf(card, 'media')[0]).toContain(t(locale, 'paths.local'));
    expect(pathsOf(card, 'signaling')).toEqual([]);
    expect(allText(card)).toContain(t(locale, 'answer.signaling'));
    expect(allText(card)).toContain(t(locale, 'slots.homing.label'));
  });

  it('asks the same facts as before when the question is about both traffic types', async () => {
    const conversation = startConversation({ recognizer, locale: channelLocale });
    const [card] = await conversation.say(question.replace(/Where does the media go\?|媒體會走哪裡？/, locale === 'en' ? 'Which paths?' : '路徑？'));
    expect(kindOf(card, locale)).toBe('question');
    expect(questionOf(card).slot).toBe('homing');
  });
});

// "only media for her", 「只看媒體」 after an answer: that traffic's paths first, as its card, not the term card of what media is
// (session 53's blind conversations). A question of what the traffic is stays one.
const ONLY: [Locale, string, 'media' | 'signaling'][] = [
  ['en', 'only media for the one at the desk', 'media'],
  ['en', 'just the signaling please', 'signaling'],
  ['en', 'ok now only the media part', 'media'],
  ['zh-TW', '只看媒體', 'media'],
  ['zh-TW', '只問訊號，也一樣嗎？', 'signaling'],
  ['zh-TW', '光看媒體的話呢', 'media'],
];

describe.each(ONLY)('%s after an answer: %s', (locale, text, traffic) => {
  it('answers that traffic alone', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(ANSWERED[locale]);
    expect(kindOf(first, locale)).toBe('answer');
    const [card] = await conversation.say(text);
    expect(kindOf(card, locale)).toBe('answer');
    expect(pathsOf(card, traffic).length).toBeGreaterThan(0);
    expect(leadingTraffic(card)).toBe(traffic);
  });
});

describe.each([
  ['en', 'just wondering, what is media exactly?'],
  ['zh-TW', '只是想問媒體是什麼'],
] as [Locale, string][])('%s after an answer: %s', (locale, text) => {
  it('explains the term', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const [card] = await conversation.say(text);
    expect(kindOf(card, locale)).toBe('explain');
  });
});

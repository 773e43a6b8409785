// Traffic said to be someone's, by a title or name the vocabulary does not know ("and the receptionist's media?",
// 「那搬運工的訊號呢」), after an answer: a question about that person's leg on the call, never what the traffic is
// (session 59's conversations: "and the dispatcher's signaling?" got the card explaining signaling). With one person on
// the call it is theirs; in a call between two people whom the title means is asked, never guessed as the writer,
// unless that traffic takes one path for both (then whoever is meant, the answer says it).
import { createRecognizer } from '../../src/nlu';
import type { Locale } from '../../src/i18n';
import { ANSWERED, startConversation } from './harness';
import { kindOf, leadingTraffic } from './cardReading';

const recognizer = createRecognizer();

const ONE_PARTY: [Locale, string, 'media' | 'signaling'][] = [
  ['en', "and the receptionist's media?", 'media'],
  ['en', "what about the intern's signaling?", 'signaling'],
  ['zh-TW', '那搬運工的媒體呢', 'media'],
  ['zh-TW', 'Ruth 的訊號呢？', 'signaling'],
];

describe.each(ONE_PARTY)('%s after a PSTN answer: %s', (locale, text, traffic) => {
  it('answers that traffic of the call', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(ANSWERED[locale]);
    expect(kindOf(first, locale)).toBe('answer');
    const [card] = await conversation.say(text);
    expect(kindOf(card, locale)).toBe('answer');
    expect(leadingTraffic(card)).toBe(traffic);
  });
});

/** Calls between two people whose signaling takes a different path for each: the office one's and the home one's. */
const PATHS_APART: Record<Locale, string> = {
  en: "Skype Online tenant. From the office I skype a coworker who is working from home: which paths?",
  'zh-TW': '我們全部是 Skype Online，我在公司用 Skype 打給同事，他今天在家工作，路徑怎麼走？',
};

/** Calls between two people whose signaling takes one path for both (both in the office). */
const ONE_PATH: Record<Locale, string> = {
  en: "Skype Online tenant. From the office I skype a coworker sitting in the office as well: which paths?",
  'zh-TW': '我們全部是 Skype Online，我在公司用 Skype 打給同事，他也在公司，路徑怎麼走？',
};

const TWO_PARTIES: [Locale, string][] = [
  ['en', "and the porter's signaling?"],
  ['zh-TW', '那搬運工的訊號呢'],
];

describe.each(TWO_PARTIES)('%s after an answer about a call between two: %s', (locale, text) => {
  it('asks whom it means when their paths differ, neither explaining the traffic nor answering for the writer', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(PATHS_APART[locale]);
    expect(kindOf(first, locale)).toBe('answer');
    const [card] = await conversation.say(text);
    expect(kindOf(card, locale)).toBe('followUp');
  });

  it('answers that traffic when it takes one path for both, whoever is meant', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(ONE_PATH[locale]);
    expect(kindOf(first, locale)).toBe('answer');
    const [card] = await conversation.say(text);
    expect(kindOf(card, locale)).toBe('answer');
    expect(leadingTraffic(card)).toBe('signaling');
  });
});

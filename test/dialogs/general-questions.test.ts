// General questions of the article asked in a conversation, answered with what they ask (a blind judge of session 46):
// "which traffic still goes over the Internet even with ER?", 「哪些流量還是會走網際網路」 got the definition of a network
// segment, not the article's list of what takes the Internet even with ExpressRoute; "does the conference path depend
// on who joins?" asked who organized the meeting, where the article's rule answers it: the organizer's homing decides
// where it is hosted, each participant's own place their path, not who else joins. Nothing of the conversation
// changes. Near misses: the same words about a call placed ("… when I'm at home?", a participant placed) are questions
// about that call.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { saidIn } from './cardReading';
import { ANSWERED, MEETING_ANSWERED, startConversation } from './harness';

const recognizer = createRecognizer();

const OPENINGS = { answer: ANSWERED, meeting: MEETING_ANSWERED };

// Each question, the answer it gets (a card title's locale key), after each kind of card.
const QUESTIONS: [Locale, string, string][] = [
  ['zh-TW', '哪些流量還是會走網際網路', 'internetOnly.title'],
  ['zh-TW', '就算有 ER，還有什麼東西會走 Internet？', 'internetOnly.title'],
  ['zh-TW', '有了專線之後，仍然會走網際網路的流量是哪些', 'internetOnly.title'],
  ['en', 'which traffic still goes over the Internet even with ER?', 'internetOnly.title'],
  ['en', 'what still uses the internet once we have expressroute', 'internetOnly.title'],
  ['en', 'even with ER, what goes over the internet anyway?', 'internetOnly.title'],
  ['en', 'does the conference path depend on who joins?', 'terms.organizer.title'],
  ['en', 'does it matter who else is in the meeting?', 'terms.organizer.title'],
  ['en', 'so the path changes depending on which people attend?', 'terms.organizer.title'],
  ['zh-TW', '會議的路徑會因為誰加入而不同嗎？', 'terms.organizer.title'],
  ['zh-TW', '跟誰參加有關係嗎？', 'terms.organizer.title'],
  ['zh-TW', '開會的路徑是看有哪些人出席嗎', 'terms.organizer.title'],
];

describe.each(QUESTIONS)('%s: %s', (locale, text, answerTitle) => {
  it.each(Object.keys(OPENINGS) as (keyof typeof OPENINGS)[])('after a %s card: the article\'s answer, nothing changed', async (opening) => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(OPENINGS[opening][locale]);
    const before = (await conversation.session()).scenario;
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, answerTitle));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

const NEAR: [Locale, string, string][] = [
  ['en', "which traffic goes over the Internet when I'm at home?", 'location'],
  ['zh-TW', '我在家的話哪些流量走網際網路？', 'location'],
  ['en', 'and if a colleague joins from home?', 'location'],
  ['zh-TW', '那如果同事在家加入呢？', 'location'],
];

describe.each(NEAR)('%s near miss after a meeting answer: %s', (locale, text, slot) => {
  it('is a question about the call, not the general answer', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEETING_ANSWERED[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'internetOnly.title'));
    expect(said).not.toContain(t(locale, 'terms.organizer.title'));
    expect((await conversation.session()).scenario).toHaveProperty(slot, 'internet');
  });
});

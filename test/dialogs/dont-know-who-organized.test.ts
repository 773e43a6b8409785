// "No clue who set it up", 「不知道誰約的」 as the reply to the organizer question: the writer does not know the fact
// asked, worded by how a meeting comes to be (set up, booked, arranged, sent the invite, 約, 發起, 開的): the
// don't-know reply, as the question card's button gives, never "didn't understand". A thank-you with the question on
// screen is thanks. The blind judge (convs18) saw "didn't understand" and "can't treat this as an answer" for these.
// Near misses: not knowing who is in the meeting names no organizer, and a question about the organizer is none.
import { t, type Locale } from '../../src/i18n';
import { slotLabel } from '../../src/present';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { allText, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const ASKED: Record<Locale, string> = {
  en: 'Hybrid conference, I am in the office. Where does the media go?',
  'zh-TW': '混合式部署的會議，我在辦公室，媒體會走哪裡？',
};

async function organizerAsked(locale: Locale) {
  const conversation = startConversation({ recognizer, locale });
  const [card] = await conversation.say(ASKED[locale]);
  expect(questionOf(card).slot).toBe('organizer');
  return { conversation, before: await conversation.session() };
}

describe.each([
  ['en', 'No clue who set it up'],
  ['en', 'no idea who organized it'],
  ['en', "dunno who booked it"],
  ['en', "I'm not sure who sent the invite"],
  ['en', "don't know who arranged the meeting"],
  ['zh-TW', '不知道誰約的'],
  ['zh-TW', '不清楚是誰發起的'],
  ['zh-TW', '我不曉得會議是誰開的'],
  ['zh-TW', '不確定是誰安排的'],
] as const)('%s, the organizer asked: %s', (locale: Locale, text) => {
  it('gets the don\'t-know reply and the question again, nothing changed', async () => {
    const { conversation, before } = await organizerAsked(locale);
    const [reply] = await conversation.say(text);
    expect(allText(reply)).toContain(t(locale, 'dialog.depends.intro', { fact: slotLabel('organizer', locale) }));
    expect(questionOf(reply).slot).toBe('organizer');
    expect((await conversation.session()).scenario).toEqual(before.scenario);
  });
});

describe.each([
  ['en', 'thanks'],
  ['en', 'ok thank you'],
  ['zh-TW', '謝謝'],
  ['zh-TW', '好的，感謝'],
] as const)('%s, the organizer asked: %s', (locale: Locale, text) => {
  it('is thanks, not a refused answer', async () => {
    const { conversation } = await organizerAsked(locale);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'dialog.notUnderstoodAnswer'));
    expect(said).not.toContain(t(locale, 'dialog.notUnderstood'));
  });
});

describe.each([
  ['en', "no idea who's in the meeting"],
  ['en', 'who set it up matters?'],
  ['zh-TW', '不知道有誰參加'],
  ['zh-TW', '誰約的有差嗎？'],
] as const)('near miss, %s, the organizer asked: %s', (locale: Locale, text) => {
  it('is not the don\'t-know reply for the organizer', async () => {
    const { conversation } = await organizerAsked(locale);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'dialog.depends.intro', { fact: slotLabel('organizer', locale) }));
  });
});

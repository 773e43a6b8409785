// "Why does the on-prem guy's signaling not go to the cloud?", 「為什麼都在公司的時候訊號還要出去」: a why about where a
// traffic goes, which the recognizer reads as "what is signaling". The blind judge of convs8 found a definition of
// signaling given instead of the principle (c8-4 t3, c8-9 t4, c8-18 t4). After an answer it gets the answer's
// reasons; with a question on screen, principle 4 (where signaling goes), then the question again. What signaling
// is, asked as such, is still the definition.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, QUESTION, startConversation } from './harness';
import { kindOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const WHYS: [Locale, string][] = [
  ['en', "why does the onprem guy's signaling not go to the cloud like the other one"],
  ['en', "why would the online people's signaling go to the cloud if the meeting is on our servers"],
  ['zh-TW', '為什麼都在公司的時候訊號還要出去'],
  ['zh-TW', '為什麼線上使用者的訊號要跑到雲端'],
];

describe.each(WHYS)('%s: %s', (locale, text) => {
  it("after an answer: the answer's reasons", async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'why.title'));
  });

  it('with a question on screen: principle 4, then the same question', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(QUESTION[locale]);
    const replies = await conversation.say(text);
    expect(saidIn(replies)).toContain(t(locale, 'principles.4'));
    expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
  });
});

describe.each([
  ['en', 'what is signaling?'],
  ['zh-TW', '訊號是什麼？'],
] as const)('%s near miss: %s', (locale: Locale, text) => {
  it('is still what signaling is', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const replies = await conversation.say(text);
    expect(kindOf(replies[0], locale)).toBe('explain');
    expect(saidIn(replies)).not.toContain(t(locale, 'why.title'));
  });
});

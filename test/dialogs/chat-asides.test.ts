// A short answer with a chat aside ("on the guest wifi tho", "at home btw"): the aside was counted as a word we do
// not know, and the answer was read as nothing (the blind judge of convs7, c7-8 t2: "didn't understand"). The aside
// says nothing of the call; the rest is read as without it. Chinese particles (「在家啦」) were read already.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf } from './cardReading';
import { ANSWERED, startConversation } from './harness';

const recognizer = createRecognizer();

describe.each([
  ['en', 'on the guest wifi tho', { location: 'internet' }],
  ['en', 'at home btw', { location: 'internet' }],
  ['en', "I'm at a hotel lol", { location: 'internet' }],
  ['en', 'fyi the user is at home', { location: 'internet' }],
  ['zh-TW', '我在訪客 Wi-Fi 啦', { location: 'internet' }],
  ['zh-TW', '在家 lol', { location: 'internet' }],
] as [Locale, string, PartialScenario][])('%s: %s after an answer from the office', (locale, text, change) => {
  it(`applies ${JSON.stringify(change)} and answers again`, async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(ANSWERED[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toEqual({ ...before, ...change });
  });
});

// Near misses: small talk with an aside is still small talk.
describe.each([
  ['en', 'anyone know if the office is closing early for the snow lol'],
  ['en', 'lunch at the office today btw'],
] as [Locale, string][])('%s: %s', (locale, text) => {
  it('is still not read', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const before = await conversation.session();
    await conversation.say(text);
    expect(await conversation.session()).toEqual(before);
  });
});

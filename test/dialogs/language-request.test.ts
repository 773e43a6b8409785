// A request for the other language followed by a remark ("Can you answer in English? forwarding this to my manager in
// Singapore"): the recognizer reads the request alone, but not with the remark after it, and the message was "out of
// scope" (found replaying the blind conversations). The request is taken, the answer shown in that language. A first
// sentence that asks nothing of the kind is not a request.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, startConversation } from './harness';
import { allText, kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

describe.each([
  ['zh-TW', 'en', 'Can you answer in English? forwarding this to my manager in Singapore'],
  ['zh-TW', 'en', 'Could you reply in English please. My boss reads English only'],
  ['en', 'zh-TW', '可以用中文回答嗎？我要轉給主管'],
] as const)('%s answer, then: %s', (from: Locale, to: Locale, text) => {
  it(`shows the answer in ${to}`, async () => {
    const conversation = startConversation({ recognizer, locale: from });
    await conversation.say(ANSWERED[from]);
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    expect(saidIn(replies)).toContain(t(to, 'dialog.languageSwitched'));
    expect(kindOf(replies.at(-1)!, to)).toBe('answer');
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

// convs5: a why after the request was read, with it, as a path seen (a triage in the language of the message).
describe.each([
  ['en', 'zh-TW', '可以用中文解釋一下嗎？為什麼訊號要走 ExpressRoute？'],
  ['zh-TW', 'en', 'Can you explain in English? Why does the media go over ExpressRoute?'],
] as const)('%s answer, then a request and a why: %s', (from: Locale, to: Locale, text) => {
  it(`gives the reasons in ${to}, and keeps answering in it`, async () => {
    const conversation = startConversation({ recognizer, locale: from });
    await conversation.say(ANSWERED[from]);
    const before = await conversation.session();
    const [card] = await conversation.say(text);
    expect(allText(card)).toContain(t(to, 'why.title'));
    expect(await conversation.session()).toEqual(before);
    expect(kindOf((await conversation.say('help'))[0], to)).toBe('help');
  });
});

it.each([
  ['en', 'zh-TW', '請用中文回答。如果使用者在家呢？'],
  ['zh-TW', 'en', 'In English please. What if the user is at home?'],
] as const)('%s answer, then a request and a what-if: %s', async (from: Locale, to: Locale, text) => {
  const conversation = startConversation({ recognizer, locale: from });
  await conversation.say(ANSWERED[from]);
  const replies = await conversation.say(text);
  expect(kindOf(replies.at(-1)!, to)).toBe('answer');
  expect((await conversation.session()).scenario.location).toBe('internet');
  // The switch is said, not only done (the dialog fuzz found a conversation that changed language silently: "toString,
  // 中文, 2., online, ..." read as a request for Chinese and a homing told).
  expect(saidIn(replies)).toContain(t(to, 'dialog.languageSwitched'));
});

describe.each([
  ['en', 'Can you check this? why does the media go over ExpressRoute?'],
  ['en', 'Can you check this? forwarding this to my manager in Singapore'],
  ['zh-TW', '可以幫我看嗎？我要轉給主管'],
] as const)('%s near miss: %s', (locale: Locale, text) => {
  it('is no language request', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t('en', 'dialog.languageSwitched'));
    expect(said).not.toContain(t('zh-TW', 'dialog.languageSwitched'));
  });
});

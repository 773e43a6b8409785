// A request for the other language followed by a remark ("Can you answer in English? forwarding this to my manager in
// Singapore"): the recognizer reads the request alone, but not with the remark after it, and the message was "out of
// scope" (found replaying the blind conversations). The request is taken, the answer shown in that language. A first
// sentence that asks nothing of the kind is not a request.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, startConversation } from './harness';
import { allText, kindOf } from './cardReading';

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
    expect(replies.map(allText).join('\n')).toContain(t(to, 'dialog.languageSwitched'));
    expect(kindOf(replies.at(-1)!, to)).toBe('answer');
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

describe.each([
  ['en', 'Can you check this? forwarding this to my manager in Singapore'],
  ['zh-TW', '可以幫我看嗎？我要轉給主管'],
] as const)('%s near miss: %s', (locale: Locale, text) => {
  it('is no language request', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const said = (await conversation.say(text)).map(allText).join('\n');
    expect(said).not.toContain(t('en', 'dialog.languageSwitched'));
    expect(said).not.toContain(t('zh-TW', 'dialog.languageSwitched'));
  });
});

// A what-if that puts a call to someone else in place of the one answered ("what if she called the night porter on
// Skype instead?", 「如果櫃台改用 Skype 打給領班呢？」): the callee's title, words the vocabulary does not know, made it
// a question about something else (session 56's blind conversations: "not a question", "not understood"). The call
// type changes and what the new call needs is asked. Near misses: a what-if about something else than the call
// ("if I call the helpdesk instead, can they reset my password?") stays out of scope.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf, questionOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

/** A PSTN call from the office, answered. */
const OPENING: Record<Locale, string> = {
  en: "Our tenant is SfB Online and we have ExpressRoute. Our receptionist is in the office and phones a courier's landline. Path?",
  'zh-TW': '我們是商務用 Skype Online，有 ExpressRoute。櫃台人員在公司打市話給快遞公司，路徑？',
};

describe.each([
  ['en', 'what if she called the night porter on Skype instead?'],
  ['en', 'what if she rang the site foreman on Skype instead?'],
  ['zh-TW', '那如果櫃台改用 Skype 打給領班呢？'],
  ['zh-TW', '如果櫃台改成用 Skype 打給夜班領班呢？'],
] as const)('%s: %s', (locale, text) => {
  it('makes it a call between two people and asks where the other party is', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(OPENING[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    const replies = await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork' });
    expect(questionOf(replies.at(-1)!).slot).toBe('peer');
  });
});

describe.each([
  ['en', 'if I call the helpdesk instead, can they reset my password?'],
  ['zh-TW', '如果改成打給總機，她可以幫我轉接嗎？'],
] as const)('%s: about something else: %s', (locale, text) => {
  it('keeps the call answered', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(OPENING[locale]);
    await conversation.say(text);
    expect((await conversation.session()).scenario.callType).toBe('pstn');
  });
});

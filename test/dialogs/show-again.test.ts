// A follow-up that only asks to see one traffic of the answer again ("and the signaling for them?", 「媒體也是？」,
// 「那 B 的 signaling 再講一次」) states no fact: the answer is shown again, without "that doesn't change anything"
// before it (found by the outside try, noise when nothing was said to change). A fact that changes nothing still says so,
// and names the facts read, so one misread or missed shows itself.
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import { slotLabel, slotValueText } from '../../src/present';
import { ANSWERED, startConversation } from './harness';
import { kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

describe.each([
  ['en', 'ok and signaling for them?'],
  ['en', 'and the media?'],
  ['zh-TW', '媒體也是？'],
  ['zh-TW', 'ok 那 B 的 signaling 再講一次'],
] as const)('%s: %s after an answer', (locale: Locale, text) => {
  it('shows the answer again without saying nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.noChange'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

describe.each([
  ['en', 'I am in the office'],
  ['zh-TW', '我在公司'],
] as const)('%s near miss: %s, a fact the answer already has', (locale: Locale, text) => {
  it('still says that it changes nothing, and which fact it read', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const replies = await conversation.say(text);
    expect(saidIn(replies)).toContain(t(locale, 'dialog.noChange'));
    const fact = t(locale, 'dialog.item', { label: slotLabel('location', locale), value: slotValueText('location', 'customerNetwork', locale) });
    expect(saidIn(replies)).toContain(t(locale, 'dialog.factsRead', { facts: fact }));
  });
});

// The other source of the article asked whether it says the same as the answer on screen, with no second source named
// ("does the example agree?", "is the table the same?", 「範例也這樣嗎？」): whether the article contradicts itself for
// this answer (the contradiction reply), as "is that what the table says or the example?" already is. The blind judge
// saw "out of scope" and the help line. Near misses: asking where the example is, or whether it has a picture, is no
// comparison.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

describe.each([
  ['en', 'does the example agree?'],
  ['en', 'ok and does the diagram say the same?'],
  ['en', 'is the table the same?'],
  ['en', 'is that what the table says or the example?'],
  ['zh-TW', '範例也這樣嗎？'],
  ['zh-TW', '那表格上也是一樣嗎'],
  ['zh-TW', '範例圖畫的也一樣嗎？'],
] as const)('%s after an answer: %s', (locale: Locale, text) => {
  it('says whether the article contradicts itself for this answer, nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'cli.outOfScope'));
    expect(said).toContain(t(locale, 'dialog.noContradiction'));
    expect((await conversation.session()).scenario).toEqual(before.scenario);
  });
});

describe.each([
  ['en', 'where is the example in the article?'],
  ['zh-TW', '範例有圖嗎？'],
] as const)('near miss, %s: %s', (locale: Locale, text) => {
  it('is no comparison', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(ANSWERED[locale]);
    expect(saidIn(await conversation.say(text))).not.toContain(t(locale, 'dialog.noContradiction'));
  });
});

// Whether the article itself still holds, asked with no time said ("is this article still relevant?", 「這篇文章還適用
// 嗎？」), and whether Teams is the same ("are Teams meetings the same?"): the article covers Skype for Business as it
// was, so the answer is what has changed since. Found by the blind judge (poor: "out of scope", and "this changes
// nothing" with the card again). Near misses: the same words about the call, or about our teams, stay what they were.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { ANSWERED, startConversation } from './harness';
import { saidIn } from './cardReading';

const recognizer = createRecognizer();

const CURRENCY: [Locale, string][] = [
  ['en', 'is this article still relevant?'],
  ['en', 'does the doc still apply, honestly'],
  ['en', 'is that guidance still accurate?'],
  ['en', 'are Teams meetings the same?'],
  ['en', 'does it work the same way in Teams?'],
  ['zh-TW', '這篇文章還適用嗎？'],
  ['zh-TW', '這份文件還正確嗎'],
  ['zh-TW', 'Teams 會議也一樣嗎？'],
];

it.each(CURRENCY)('%s: %s gives what has changed since the article', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(ANSWERED[locale]);
  const before = await conversation.session();
  const said = saidIn(await conversation.say(text));
  expect(said).toContain(t(locale, 'sinceArticle.title'));
  expect(await conversation.session()).toEqual(before);
});

const NEAR_MISSES: [Locale, string][] = [
  ['en', 'is the answer still the same if I am at home?'],
  ['en', 'our two teams are in the same office, same path?'],
  ['en', 'if she were at home, would the article still apply?'],
  ['zh-TW', '如果我在家，文章說的路徑也一樣嗎？'],
];

it.each(NEAR_MISSES)('near miss %s: %s is no question of the article', async (locale, text) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(ANSWERED[locale]);
  expect(saidIn(await conversation.say(text))).not.toContain(t(locale, 'sinceArticle.title'));
});

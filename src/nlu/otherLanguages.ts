// Whether a text is written in a language the advisor does not read: neither English nor Chinese. A hostile set
// (session 51) wrote questions in Japanese, Korean, Russian, Spanish, French, German and Vietnamese, and got an
// ordinary reply asking for the call type, as if the text said nothing: the reply now says which languages are read.
// Product names and facts are read in any language ("CCE", "PSTN"), and a name or a word of another language inside
// an English or Chinese sentence ("Дмитрий calls me", 「小明の電腦」, "Hôtel de la Paix") makes it no other language.
import languages from '../../locales/vocabulary/languages.json';
import { CHINESE_GRAMMAR_CHARACTERS, ENGLISH_GRAMMAR_WORDS, readableText } from './text';

/** The scripts of languages people write today, other than Latin and Han: a letter of any other (Linear B, runes) is junk. */
const OTHER_SCRIPTS = ['Hiragana', 'Katakana', 'Hangul', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Ethiopic', 'Mongolian', 'Tibetan'];
/**
 * A word of a script the advisor does not read (kana, hangul, Cyrillic, Arabic, Thai...), with its marks (Thai and Hindi
 * words carry them). Bopomofo is typed by Taiwanese writers in Chinese ("ㄅ"), and "の" is no Japanese of itself:
 * they type it for 的 (「我の電腦」). Letters of scripts nobody writes a question in (Linear B, a fuzzer's random
 * code points) say no language: such text is not understood, as any junk is.
 */
const OTHER_SCRIPT_WORD = new RegExp(`(?:(?!の)[${OTHER_SCRIPTS.map((script) => `\\p{Script=${script}}`).join('')}][\\p{M}]*)+`, 'gu');
/** A word in small letters: a capitalized one or one in capitals is a name or a product, read in any language. */
const SMALL_LATIN_WORD = /(?<![\p{L}\p{M}])[a-z]+(?![\p{L}\p{M}])/gu;
const LETTERS = /\p{L}+/gu;

/** Words of another language written in Latin letters (locales/vocabulary/languages.json), accents left out. */
const withoutAccents = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const GRAMMAR_WORDS: readonly ReadonlySet<string>[] = Object.entries(languages)
  .filter(([key]) => !key.startsWith('_'))
  .map(([, words]) => new Set(withoutAccents(words).split(' ')));
/**
 * Each grammar word with the languages it is one of ("para" is Spanish and Portuguese): every message is checked, so
 * its words are counted for all the languages in one pass instead of one pass per language.
 */
const LANGUAGES_OF: ReadonlyMap<string, readonly number[]> = (() => {
  const of = new Map<string, number[]>();
  GRAMMAR_WORDS.forEach((grammar, language) => grammar.forEach((word) => of.set(word, [...(of.get(word) ?? []), language])));
  return of;
})();

/** Fewer grammar words of one language than this are a name or a phrase ("Café de Flore"), not a sentence in it. */
const MIN_GRAMMAR_WORDS = 3;

/** How many of `text`'s characters are Chinese grammar characters: Han characters, one UTF-16 unit each, none below U+3400. */
function chineseGrammarCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x3400 && CHINESE_GRAMMAR_CHARACTERS.has(text[i])) n++;
  return n;
}

/**
 * Whether `text` is written in a language the advisor does not read. In another script: when its words in that script
 * outnumber the words that carry an English or a Chinese sentence (English words in small letters, Chinese grammar
 * characters; Japanese writes its nouns in Chinese characters too). In Latin letters: when one language's grammar
 * words are at least MIN_GRAMMAR_WORDS and more than twice the English and Chinese ones.
 */
export function writtenInOtherLanguage(text: string): boolean {
  const readable = readableText(text);
  const chinese = chineseGrammarCount(readable);
  const otherScript = readable.match(OTHER_SCRIPT_WORD) ?? [];
  if (otherScript.join('').length >= 2 && otherScript.length > chinese + (readable.match(SMALL_LATIN_WORD) ?? []).length) return true;
  let english = 0;
  const counts = GRAMMAR_WORDS.map(() => 0);
  for (const word of withoutAccents(readable).match(LETTERS) ?? []) {
    if (ENGLISH_GRAMMAR_WORDS.has(word)) english++;
    for (const language of LANGUAGES_OF.get(word) ?? []) counts[language]++;
  }
  const ours = english + chinese;
  return counts.some((n) => n >= MIN_GRAMMAR_WORDS && n > 2 * ours);
}

// Given names that say a gender (locales/vocabulary/names.en.json): "Grace calls Sam. Which way does her call go?"
// is about Grace. Kept apart from the compiled model: only who a pronoun can stand for reads them.
import names from '../../locales/vocabulary/names.en.json';
import type { Item } from './analyzer';
import { wordKey } from './english';

const NO_FORMS = { aliases: new Map<string, string>(), contractions: new Map<string, readonly string[]>() };

/** Matching key -> gender; a key two names of either gender share says none. */
const GENDERS: ReadonlyMap<string, 'he' | 'she'> = (() => {
  const genders = new Map<string, 'he' | 'she' | null>();
  for (const gender of ['he', 'she'] as const) {
    for (const name of names[gender]) {
      const key = wordKey(name.toLowerCase(), NO_FORMS);
      genders.set(key, genders.has(key) && genders.get(key) !== gender ? null : gender);
    }
  }
  return new Map([...genders].filter((entry): entry is [string, 'he' | 'she'] => entry[1] !== null));
})();

/** The gender a word written as a name says ("Grace": she), if it says one. */
export function nameGender(item: Item | undefined): 'he' | 'she' | undefined {
  return item?.kind === 'word' && item.name === true ? GENDERS.get(item.key) : undefined;
}

/** The gender a given name written alone says ("Jana": she), as the people of a conversation are keyed (dialogs/people.ts). */
export const givenNameGenderOf = (word: string): 'he' | 'she' | undefined => GENDERS.get(wordKey(word.toLowerCase(), NO_FORMS));

/**
 * "同事 Mark", "業務 Amy": an English given name right after a Chinese word for a person is that person's name even
 * when the vocabulary knows it as a word ("mark", "will"), so it says their gender.
 */
export function givenNameGender(item: Item | undefined, before: Item | undefined): 'he' | 'she' | undefined {
  if (item?.kind !== 'word' || item.script !== 'latin') return undefined;
  const han = before?.kind === 'mention' ? /^[\u3400-\u9fff]+$/.test(before.surface) : before?.kind === 'word' && before.script === 'han';
  return han ? GENDERS.get(item.key) : undefined;
}

/**
 * Word -> whether isGivenName holds: asked of every capitalized word of an English message (wordNames.ts), and its
 * Porter stemming was 2% of the recognizer's time, the same words asked again message after message.
 */
const GIVEN_NAME_WORDS = new Map<string, boolean>();

/**
 * Whether a word is a given name of names.en.json, however written ("Will", "grace"). "May（Online 帳號）跟王經理",
 * "Will 在家加入": in Chinese text a capitalized English word standing alone between Chinese words is a given name when
 * it is one, even where the vocabulary knows it as a word ("may", "will", "mark", "bill"): Chinese writers write no
 * English word capitalized alone but names and product names. In English, where a name stands, see wordNames.
 */
export function isGivenName(word: string): boolean {
  let given = GIVEN_NAME_WORDS.get(word);
  if (given === undefined) {
    given = GENDERS.has(wordKey(word.toLowerCase(), NO_FORMS));
    // Bounded, as the analyzer's word keys are: a long-running bot sees unbounded distinct words.
    if (GIVEN_NAME_WORDS.size < 50_000) GIVEN_NAME_WORDS.set(word, given);
  }
  return given;
}

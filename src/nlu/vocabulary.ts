// The recognizer's vocabulary, as data in locales/vocabulary/: phrases per concept and language, English word forms,
// words that only help segment Chinese, intents' training utterances and which concepts identify an example flow.
import conceptsEn from '../../locales/vocabulary/concepts.en.json';
import conceptsZh from '../../locales/vocabulary/concepts.zh-TW.json';
import intentsEn from '../../locales/vocabulary/intents.en.json';
import intentsZh from '../../locales/vocabulary/intents.zh-TW.json';
import topics from '../../locales/vocabulary/topics.json';
import wordsEn from '../../locales/vocabulary/words.en.json';
import wordsZh from '../../locales/vocabulary/words.zh-TW.json';
import placesZh from '../../locales/vocabulary/places.zh-TW.json';
import type { ExampleId } from '../engine/types';
import type { PlaceMorphemes } from './placeFrames';
import type { Intent, Locale } from './types';

export const INTENTS: readonly Intent[] = ['ask', 'help', 'cancel', 'back', 'switchLanguage', 'greeting', 'explain', 'none'];

export interface Vocabulary {
  /** Concept id -> phrases, per language (phrases of either file apply to any text). */
  concepts: Record<Locale, Record<string, readonly string[]>>;
  aliases: Record<string, readonly string[]>;
  contractions: Record<string, string>;
  /** Ordinary English words: known, so never "corrected" into a vocabulary word. */
  knownWords: readonly string[];
  /** Chinese words that only help segmentation. */
  chineseWords: readonly string[];
  /** Groups of Chinese characters typed for one another (homophones of a phonetic input method). */
  homophones: readonly string[];
  /** Chinese family names, one character each ("李護理長"). */
  surnames: string;
  /** Written Cantonese word -> the Mandarin word the vocabulary is written in ("喺" -> "在"). */
  colloquial: Record<string, string>;
  /** Morphemes that say whose a Chinese place word nobody wrote to us yet is ("…倉" ours, "…宿舍" the Internet). */
  placeMorphemes: PlaceMorphemes;
  /** Intent -> training utterances, per language. */
  intents: Record<Locale, Record<Intent, readonly string[]>>;
  /** Example flow -> alternative sets of concept ids that identify it. */
  examples: Record<ExampleId, readonly (readonly string[])[]>;
}

/** Keys starting with "_" are notes for people editing the files. */
function entries<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')));
}

export const VOCABULARY: Vocabulary = {
  concepts: { en: entries(conceptsEn), 'zh-TW': entries(conceptsZh) },
  aliases: wordsEn.aliases,
  contractions: wordsEn.contractions,
  knownWords: wordsEn.known,
  chineseWords: wordsZh.lexicon,
  homophones: wordsZh.homophones,
  surnames: wordsZh.surnames,
  colloquial: wordsZh.colloquial,
  placeMorphemes: placesZh,
  intents: { en: intentsEn, 'zh-TW': intentsZh },
  examples: topics.examples,
};

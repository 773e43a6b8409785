// Compiles the vocabulary into the analyzer's lookup tables. Stemming and segmenting a few thousand phrases takes a
// few hundred milliseconds, so scripts/build-nlu-model.ts does it once and the recognizer loads the result.
import { phraseKeys } from './analyzer';
import { Segmenter } from './chinese';
import { parseConcept } from './concepts';
import { splitWord, wordKey, type EnglishForms } from './english';
import { normalizeText, splitText } from './text';
import type { PlaceMorphemes } from './placeFrames';
import type { Vocabulary } from './vocabulary';

export interface AnalyzerTables {
  /** English word forms: variants -> canonical words, contractions -> words. */
  aliases: Record<string, readonly string[]>;
  contractions: Record<string, string>;
  /** English word -> matching key, for every word the vocabulary and the training utterances use. */
  stems: Record<string, string>;
  /** Chinese words the segmenter knows. */
  lexicon: string[];
  /** Groups of Chinese characters typed for one another (see Segmenter). */
  homophones: readonly string[];
  /** Chinese family names, one character each. */
  surnames: string;
  /** Written Cantonese word -> Mandarin word (see Vocabulary). */
  colloquial: Record<string, string>;
  /** Morphemes of Chinese place words (see PlaceFrames). */
  placeMorphemes: PlaceMorphemes;
  /** [concept id, ...matching keys] for every phrase. */
  phrases: string[][];
  /** Words a typo may be corrected into: the words of the concepts' phrases. */
  typoTargets: string[];
}

/** Everything wrong with the vocabulary: ids no concept has, phrases without words, phrases with two meanings. */
export interface CompiledTables {
  tables: AnalyzerTables;
  problems: string[];
}

/**
 * "Wi-Fi" is split at its hyphen as every word is, so "on the hotel Wi-Fi" read "hotel" and two stray words, and a
 * corporate LAN said of the same person won where the two should have been asked about (hostile33): a phrase written
 * with "wifi" is also read as "wi-fi", unless the vocabulary writes that spelling itself.
 */
const WIFI = /\bwifi\b/;

function allPhrases(vocabulary: Vocabulary): { concept: string; phrase: string }[] {
  return Object.values(vocabulary.concepts).flatMap((byConcept) =>
    Object.entries(byConcept).flatMap(([concept, phrases]) => {
      const written = new Set(phrases);
      const hyphened = phrases.flatMap((phrase) => {
        const twin = phrase.replace(WIFI, 'wi-fi');
        return twin !== phrase && !written.has(twin) ? [twin] : [];
      });
      return [...phrases, ...hyphened].map((phrase) => ({ concept, phrase }));
    }),
  );
}

function runs(texts: readonly string[], kind: 'han' | 'latin'): string[] {
  return texts.flatMap((text) => splitText(normalizeText(text)).flatMap((raw) => (raw.kind === kind ? [raw.text] : [])));
}

export function buildTables(vocabulary: Vocabulary, forms: EnglishForms): CompiledTables {
  const problems: string[] = [];
  const phrases = allPhrases(vocabulary);
  // Every Han run of a phrase is a word, so a phrase's Chinese part always segments as written.
  const lexicon = [...new Set(runs([...phrases.map((p) => p.phrase), ...vocabulary.chineseWords], 'han'))];
  const segmenter = new Segmenter(new Set(lexicon));

  const words = (texts: readonly string[]) => runs(texts, 'latin').flatMap((w) => splitWord(w, forms));
  const domainWords = new Set([...words(phrases.map((p) => p.phrase)), ...forms.aliases.keys()]);
  const utterances = Object.values(vocabulary.intents).flatMap((byIntent) => Object.values(byIntent).flat());
  const allWords = new Set([...domainWords, ...vocabulary.knownWords, ...words(utterances)]);
  const stems = Object.fromEntries([...allWords].sort().map((w) => [w, wordKey(w, forms)]));

  const meaning = new Map<string, string>();
  const compiled: string[][] = [];
  for (const { concept, phrase } of phrases) {
    if (!parseConcept(concept)) {
      problems.push(`unknown concept "${concept}"`);
      continue;
    }
    const keys = phraseKeys(phrase, segmenter, forms);
    if (keys.length === 0) {
      problems.push(`phrase "${phrase}" of ${concept} has no words`);
      continue;
    }
    const signature = keys.join(' ');
    const earlier = meaning.get(signature);
    if (earlier === undefined) {
      meaning.set(signature, concept);
      compiled.push([concept, ...keys]);
    } else if (earlier !== concept) problems.push(`"${phrase}" means both ${earlier} and ${concept}`);
  }
  const { aliases, contractions } = vocabulary;
  const { homophones, surnames, colloquial, placeMorphemes } = vocabulary;
  return { tables: { aliases, contractions, stems, lexicon, homophones, surnames, colloquial, placeMorphemes, phrases: compiled, typoTargets: [...domainWords].sort() }, problems };
}

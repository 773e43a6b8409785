// The compiled model: the analyzer's tables and the trained intent classifier, generated from the vocabulary by
// `node bin/run.js scripts/build-nlu-model` into locales/vocabulary/model.json. When the vocabulary has changed
// since (someone added a synonym), the recognizer compiles it in memory instead: slower to start, never stale.
import { createHash } from 'crypto';
import { Analyzer, englishForms } from './analyzer';
import { trainClassifier, type SerializedClassifier } from './classifier';
import { featuresOf } from './features';
import { buildTables, type AnalyzerTables } from './tables';
import type { Intent, Locale } from './types';
import { VOCABULARY, type Vocabulary } from './vocabulary';

/** Bumped when the analyzer or the features change in a way that makes an older model wrong. */
export const MODEL_FORMAT = 2;

export interface CompiledModel {
  format: number;
  vocabularyHash: string;
  tables: AnalyzerTables;
  classifier: SerializedClassifier;
}

export function vocabularyHash(vocabulary: Vocabulary = VOCABULARY): string {
  return createHash('sha256').update(JSON.stringify(vocabulary)).digest('hex');
}

export function compileModel(vocabulary: Vocabulary = VOCABULARY): { model: CompiledModel; problems: string[] } {
  const forms = englishForms(vocabulary.aliases, vocabulary.contractions);
  const { tables, problems } = buildTables(vocabulary, forms);
  const analyzer = new Analyzer(tables, forms);
  const documents = (Object.entries(vocabulary.intents) as [Locale, Record<Intent, readonly string[]>][]).flatMap(
    ([locale, byIntent]) =>
      (Object.entries(byIntent) as [Intent, readonly string[]][]).flatMap(([intent, utterances]) =>
        utterances.map((text) => ({ intent, features: featuresOf(analyzer.analyze(text, locale).items) })),
      ),
  );
  const model = { format: MODEL_FORMAT, vocabularyHash: vocabularyHash(vocabulary), tables, classifier: trainClassifier(documents) };
  return { model, problems };
}

function storedModel(): CompiledModel | undefined {
  try {
    return require('../../locales/vocabulary/model.json') as CompiledModel;
  } catch {
    return undefined;
  }
}

let current: CompiledModel | undefined;

/** The model for the current vocabulary: the stored one when it is up to date, else compiled now. */
export function loadModel(): CompiledModel {
  if (current) return current;
  const stored = storedModel();
  const fresh = stored && stored.format === MODEL_FORMAT && stored.vocabularyHash === vocabularyHash();
  current = fresh ? stored : compileModel().model;
  return current;
}

// The recognizer's entry point: the command line and every channel's dialog build one with createRecognizer().
import { loadModel } from './model';
import { NluRecognizer } from './recognizer';
import type { Recognizer } from './types';

export type { ExplainTopic, Intent, Locale, Recognition, Recognizer } from './types';

/** A recognizer for English and Chinese (Traditional, Simplified or mixed with English) questions. */
export function createRecognizer(): Recognizer {
  return new NluRecognizer(loadModel());
}

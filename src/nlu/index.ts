// The recognizer's entry point: the command line and every channel's dialog build one with createRecognizer().
import { loadModel } from './model';
import { withObservations } from './observations';
import { NluRecognizer } from './recognizer';
import type { Recognizer } from './types';

export type { ExplainTopic, Intent, Locale, Recognition, Recognizer } from './types';

/** A recognizer for English and Chinese (Traditional, Simplified or mixed with English) questions. */
export function createRecognizer(): Recognizer {
  // Triage hook: a text that says what was observed of a call also carries the observations.
  return withObservations(new NluRecognizer(loadModel()));
}

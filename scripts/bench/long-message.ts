// The longest message the dialog reads: MAX_READABLE_LENGTH readable characters (2,000 since pasted email threads
// were let through; it was 1,000). Per language, the dev parts' questions are joined line by line until the next one
// would pass the limit, as a pasted thread of several questions and tickets runs; the recognizer reads it after a
// warm-up, PASSES times, and its median and fastest time are reported (what one such message costs a turn).
import { performance } from 'perf_hooks';
import { createRecognizer } from '../../src/nlu';
import { MAX_READABLE_LENGTH, readableLength } from '../../src/nlu/text';
import type { Locale } from '../../src/nlu/types';
import { BLIND_PARTS, BLIND_SETS, UNSEEN_PARTS, loadBlindFile } from '../blind';
import { round, summarize } from './stats';

const PASSES = 15;
const WARM_UP = 3;

/** Dev questions of one language joined by line breaks, as long as the limit allows. */
function longestMessage(locale: Locale): string {
  const texts = BLIND_PARTS.filter((part) => part !== 'own' && !UNSEEN_PARTS.has(part)).flatMap((part) => BLIND_SETS[part][locale].flatMap((file) => loadBlindFile(file).map((q) => q.text)));
  let message = '';
  for (const text of texts) {
    const next = message === '' ? text : `${message}\n${text}`;
    if (readableLength(next) > MAX_READABLE_LENGTH) continue;
    message = next;
    if (readableLength(message) > MAX_READABLE_LENGTH - 40) break;
  }
  return message;
}

export function runLongMessageBench(): Record<string, unknown> {
  const recognizer = createRecognizer();
  const report: Record<string, unknown> = { limitCharacters: MAX_READABLE_LENGTH };
  for (const locale of ['en', 'zh-TW'] as const) {
    const message = longestMessage(locale);
    for (let pass = 0; pass < WARM_UP; pass++) recognizer.recognize(message);
    const samples: number[] = [];
    for (let pass = 0; pass < PASSES; pass++) {
      const started = performance.now();
      recognizer.recognize(message);
      samples.push(performance.now() - started);
    }
    const { median, min } = summarize(samples);
    report[locale] = { characters: readableLength(message), medianMs: round(median), fastestMs: round(min) };
  }
  return report;
}

// `npm run eval`: per language, the recognizer on its own labelled sets (test/nlu/labelled.*.json: intent accuracy,
// exact-match rate, per-slot precision and recall) and the whole advisor on the blind sets (test/nlu/blind/, dev and
// test parts: answers right / asked back / wrong, vague questions, explain and out-of-scope questions, and the same
// slot figures), the blind questions run through the command line's batch path (see scripts/blind.ts).
// Also the developers' own questions (test/nlu/own/), written in voices unlike the dev part.
// Then the triage on its blind tickets (test/triage/blind/, see scripts/triage-eval.ts).
// `--errors` also lists what it gets wrong on the labelled sets, the blind dev part and our own questions (never the test part);
// `--json` prints the numbers as JSON.
import { readFileSync } from 'fs';
import { basename, join } from 'path';
import { answerLine } from '../src/cli/batch';
import type { Reply, Request } from '../src/cli/request';
import type { PartialScenario } from '../src/engine/types';
import { createRecognizer } from '../src/nlu';
import { topicId } from '../src/nlu/topics';
import type { ExplainTopic, Intent, Locale, Recognition, Recognizer } from '../src/nlu/types';
import {
  BLIND_PARTS,
  UNSEEN_PARTS,
  BLIND_SETS,
  formatBlindScore,
  formatMiss,
  loadBlindFile,
  scoreBlind,
  type AskBatch,
  type BlindItem,
  type BlindPart,
  type BlindScore,
} from './blind';
import { projectRoot } from './project-root';
import { percent, ratio, SlotTally, slotLines, type SlotScores } from './slot-score';
import { triageReport } from './triage-eval';

export interface LabelledUtterance {
  text: string;
  intent: Intent;
  slots?: PartialScenario;
  topic?: ExplainTopic;
  focus?: Recognition['focus'];
  targetLocale?: Locale;
}

export interface EvalResult {
  utterances: number;
  intentAccuracy: number;
  exactMatch: number;
  slots: SlotScores;
  errors: { text: string; expected: LabelledUtterance; got: Recognition }[];
}

export const LABELLED_SETS: Record<Locale, string> = { en: 'labelled.en.json', 'zh-TW': 'labelled.zh.json' };

export function loadLabelledSet(locale: Locale): LabelledUtterance[] {
  const file = join(projectRoot(__dirname), 'test', 'nlu', LABELLED_SETS[locale]);
  return JSON.parse(readFileSync(file, 'utf8')) as LabelledUtterance[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Key order does not matter: topics and slots are compared by their sorted entries. */
function canonical(value: object | undefined): [string, unknown][] | undefined {
  return value && Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
}

function exact(expected: LabelledUtterance, got: Recognition): boolean {
  return (
    expected.intent === got.intent &&
    same(canonical(expected.slots ?? {}), canonical(got.slots)) &&
    same(canonical(expected.topic), canonical(got.topic)) &&
    same(expected.focus, got.focus) &&
    same(expected.targetLocale, got.targetLocale)
  );
}

export function evaluate(recognizer: Recognizer, set: readonly LabelledUtterance[], locale?: Locale): EvalResult {
  const tally = new SlotTally();
  let intents = 0;
  let exacts = 0;
  const errors: EvalResult['errors'] = [];
  for (const expected of set) {
    const got = recognizer.recognize(expected.text, locale);
    if (got.intent === expected.intent) intents += 1;
    if (exact(expected, got)) exacts += 1;
    else errors.push({ text: expected.text, expected, got });
    tally.add(expected.slots ?? {}, got.slots);
  }
  return { utterances: set.length, intentAccuracy: ratio(intents, set.length), exactMatch: ratio(exacts, set.length), slots: tally.scores(), errors };
}

export function formatResult(title: string, r: EvalResult): string {
  return [
    `${title} (${r.utterances} utterances)`,
    `  intent accuracy ${percent(r.intentAccuracy)}`,
    `  exact match     ${percent(r.exactMatch)}`,
    ...slotLines(r.slots),
  ].join('\n');
}

/** The command line's batch mode in this process: the same functions `callflow ask --json -` runs for each line. */
export function inProcessBatch(recognizer: Recognizer = createRecognizer()): AskBatch {
  return (requests: readonly Request[]) => requests.map((request) => JSON.parse(answerLine(JSON.stringify(request), recognizer, 'en')) as Reply);
}

/** The contract's topic id of an explain reply (the batch reply carries no topic: recognize the text again). */
function topicNamer(recognizer: Recognizer, items: readonly { text: string }[]): (reply: Reply, index: number) => string | undefined {
  return (_reply, index) => {
    const topic = recognizer.recognize(items[index].text).topic;
    return topic && topicId(topic);
  };
}

function scoreItems(items: readonly BlindItem[], recognizer: Recognizer) {
  return scoreBlind(items, inProcessBatch(recognizer), topicNamer(recognizer, items));
}

/** A part's score in one language, over all its sets, and each set's own score (its file's name, without .jsonl). */
export function evaluateBlind(part: BlindPart, locale: Locale, recognizer: Recognizer = createRecognizer()) {
  const sets = BLIND_SETS[part][locale].map((file) => ({ name: basename(file, '.jsonl'), items: loadBlindFile(file) }));
  const bySet = sets.map(({ name, items }) => ({ name, ...scoreItems(items, recognizer) }));
  return { ...scoreItems(sets.flatMap((set) => set.items), recognizer), sets: bySet };
}

const LANGUAGE_TITLES: Record<Locale, string> = { en: 'English', 'zh-TW': 'Chinese (zh-TW, Simplified and mixed)' };

function main(args: readonly string[]): void {
  const recognizer = createRecognizer();
  const locales = Object.keys(LABELLED_SETS) as Locale[];
  const labelled = Object.fromEntries(locales.map((locale) => [locale, evaluate(recognizer, loadLabelledSet(locale))])) as Record<Locale, EvalResult>;
  const blind = Object.fromEntries(
    locales.map((locale) => [locale, Object.fromEntries(BLIND_PARTS.map((part) => [part, evaluateBlind(part, locale, recognizer)]))]),
  ) as Record<Locale, Record<BlindPart, ReturnType<typeof evaluateBlind>>>;
  // The triage's section: the observations read from its blind tickets, and its verdict against their labels.
  const triage = triageReport(args, recognizer);
  if (args.includes('--json')) {
    const numbers = Object.fromEntries(
      locales.map((locale) => {
        const { errors: _errors, ...rest } = labelled[locale];
        const parts = Object.fromEntries(
          BLIND_PARTS.map((part) => {
            const { score, sets } = blind[locale][part];
            return [part, { ...score, sets: Object.fromEntries(sets.map((set) => [set.name, set.score])) }];
          }),
        ) as Record<BlindPart, BlindScore & { sets: Record<string, BlindScore> }>;
        return [locale, { labelled: rest, blind: parts }];
      }),
    );
    console.log(JSON.stringify({ ...numbers, triage: triage.json }, null, 2));
    return;
  }
  for (const locale of locales) {
    const result = labelled[locale];
    console.log(formatResult(`${LANGUAGE_TITLES[locale]}: labelled set`, result));
    if (args.includes('--errors')) {
      for (const e of result.errors) {
        const { text: _text, ...want } = e.expected;
        console.log(`  ✗ ${e.text}\n      want ${JSON.stringify(want)}\n      got  ${JSON.stringify({ ...e.got, confidence: Number(e.got.confidence.toFixed(2)) })}`);
      }
    }
    console.log('');
    for (const part of BLIND_PARTS) {
      const { score, misses, sets } = blind[locale][part];
      // A part of several sets (writers, rounds): each set's answers first, then the whole part.
      if (sets.length > 1) for (const set of sets) console.log(formatBlindScore(`${LANGUAGE_TITLES[locale]}: blind ${part}, set ${set.name}`, set.score).split('\n').slice(0, 6).join('\n'));
      console.log(formatBlindScore(`${LANGUAGE_TITLES[locale]}: blind ${part}`, score));
      // The test part stays unseen: only its aggregate is ever printed.
      if (args.includes('--errors') && !UNSEEN_PARTS.has(part)) for (const miss of misses) console.log(formatMiss(miss));
      console.log('');
    }
  }
  console.log(triage.text);
}

if (require.main === module) main(process.argv.slice(2));

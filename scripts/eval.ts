// `npm run eval`: runs the recognizer over the labelled sets in test/nlu/ and prints, per language, intent accuracy,
// exact-match rate and per-slot precision and recall; then the triage on its blind tickets (scripts/triage-eval.ts).
// `--errors` also lists every utterance it gets wrong; `--json` prints the numbers as JSON.
import { readFileSync } from 'fs';
import { join } from 'path';
import { SLOT_VALUES, type PartialScenario, type SlotName } from '../src/engine/types';
import { createRecognizer } from '../src/nlu';
import type { ExplainTopic, Intent, Locale, Recognition, Recognizer } from '../src/nlu/types';
import { projectRoot } from './project-root';
import { triageReport } from './triage-eval';

export interface LabelledUtterance {
  text: string;
  intent: Intent;
  slots?: PartialScenario;
  topic?: ExplainTopic;
  focus?: Recognition['focus'];
  targetLocale?: Locale;
}

export interface SlotScore {
  precision: number;
  recall: number;
  /** How many utterances state the slot. */
  support: number;
}

export interface EvalResult {
  utterances: number;
  intentAccuracy: number;
  exactMatch: number;
  slots: Record<SlotName | 'all', SlotScore>;
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

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

export function evaluate(recognizer: Recognizer, set: readonly LabelledUtterance[], locale?: Locale): EvalResult {
  const names = [...(Object.keys(SLOT_VALUES) as SlotName[]), 'all'] as const;
  const counts = Object.fromEntries(names.map((n) => [n, { tp: 0, fp: 0, fn: 0, support: 0 }]));
  let intents = 0;
  let exacts = 0;
  const errors: EvalResult['errors'] = [];
  for (const expected of set) {
    const got = recognizer.recognize(expected.text, locale);
    if (got.intent === expected.intent) intents += 1;
    if (exact(expected, got)) exacts += 1;
    else errors.push({ text: expected.text, expected, got });
    const want = expected.slots ?? {};
    for (const slot of Object.keys(SLOT_VALUES) as SlotName[]) {
      const w = want[slot];
      const g = got.slots[slot];
      for (const key of [slot, 'all']) {
        const c = counts[key];
        if (w !== undefined) c.support += 1;
        if (g !== undefined && g === w) c.tp += 1;
        else {
          if (g !== undefined) c.fp += 1;
          if (w !== undefined) c.fn += 1;
        }
      }
    }
  }
  const slots = Object.fromEntries(
    names.map((n) => {
      const c = counts[n];
      return [n, { precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn), support: c.support }];
    }),
  ) as EvalResult['slots'];
  return { utterances: set.length, intentAccuracy: ratio(intents, set.length), exactMatch: ratio(exacts, set.length), slots, errors };
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

export function formatResult(title: string, r: EvalResult): string {
  const lines = [
    `${title} (${r.utterances} utterances)`,
    `  intent accuracy ${percent(r.intentAccuracy)}`,
    `  exact match     ${percent(r.exactMatch)}`,
    `  slot         precision  recall  support`,
  ];
  for (const [slot, s] of Object.entries(r.slots)) {
    lines.push(`  ${slot.padEnd(12)} ${percent(s.precision)}  ${percent(s.recall)}  ${String(s.support).padStart(6)}`);
  }
  return lines.join('\n');
}

function main(args: readonly string[]): void {
  const recognizer = createRecognizer();
  const results = Object.fromEntries(
    (Object.keys(LABELLED_SETS) as Locale[]).map((locale) => [locale, evaluate(recognizer, loadLabelledSet(locale))]),
  ) as Record<Locale, EvalResult>;
  // The triage's section: observations read from the blind tickets, and its verdict against their labels.
  const triage = triageReport(args, recognizer);
  if (args.includes('--json')) {
    const numbers = Object.fromEntries(Object.entries(results).map(([locale, { errors: _errors, ...rest }]) => [locale, rest]));
    console.log(JSON.stringify({ ...numbers, triage: triage.json }, null, 2));
    return;
  }
  for (const [locale, result] of Object.entries(results)) {
    console.log(formatResult(locale === 'en' ? 'English' : 'Chinese (zh-TW, Simplified and mixed)', result));
    if (args.includes('--errors')) {
      for (const e of result.errors) {
        const { text: _text, ...want } = e.expected;
        console.log(`  ✗ ${e.text}\n      want ${JSON.stringify(want)}\n      got  ${JSON.stringify({ ...e.got, confidence: Number(e.got.confidence.toFixed(2)) })}`);
      }
    }
    console.log('');
  }
  console.log(triage.text);
}

if (require.main === module) main(process.argv.slice(2));

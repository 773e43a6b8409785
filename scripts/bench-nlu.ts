// Recognizer speed: time per utterance over the labelled sets and the blind sets' dev parts (every round's, long
// pasted tickets included), per language, start-up time and the heap the loaded recognizer holds.
//
// Start-up and heap are measured in a fresh Node process (loading the module and the model, building the recognizer,
// the first English and the first Chinese utterance, which loads the Simplified-to-Traditional converter; the heap
// after a full garbage collection, before loading and after those first utterances).
//
// Per utterance, in this process: WARM_UP passes first (JIT, lazy converter, caches of word keys), then each
// utterance is timed PASSES times. Two figures per utterance, each reported as p50/p95/p99 over the utterances:
//   typical   the median of its timings: what a user meets on this machine as loaded as it is now
//   intrinsic the fastest of its timings: its own cost, with the least of other processes' share of the 2 cores
//             (on a busy machine the typical figures move between runs by a tenth; these by a few hundredths)
// The load average is printed with them, and the slowest utterances with their set, id and length (never a text).
//
// Before/after, back to back: `--baseline <dir>` times the recognizer compiled in another checkout (its dist/, e.g. a
// `git worktree` of main after `npm run build`) in the same passes, the two alternating utterance by utterance, so
// both meet the same load. Run: node bin/run.js scripts/bench-nlu [--baseline <dir>] (`npm run bench` calls
// runNluBench()).
import { execFileSync } from 'child_process';
import { loadavg } from 'os';
import { join, resolve } from 'path';
import { performance } from 'perf_hooks';
import { createRecognizer, type Recognizer } from '../src/nlu';
import type { Locale } from '../src/nlu/types';
import { BLIND_PARTS, BLIND_SETS, UNSEEN_PARTS, loadBlindFile, type BlindPart } from './blind';
import { LABELLED_SETS, loadLabelledSet } from './eval';

const WARM_UP = 3;
const PASSES = 21;
/** How many of the slowest utterances per language are listed. */
const SLOWEST = 5;
/** The blind parts whose questions are timed: every round's dev part (the test parts are only ever scored). */
const DEV_PARTS: readonly BlindPart[] = BLIND_PARTS.filter((part) => part !== 'own' && !UNSEEN_PARTS.has(part));

interface Utterance {
  /** Its set (a file under test/nlu/) and its place or id there. */
  where: string;
  text: string;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;
const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** The timed questions of one language: its labelled set, then every dev part's sets. */
function utterancesOf(locale: Locale): Utterance[] {
  const labelled = loadLabelledSet(locale).map((u, i) => ({ where: `${LABELLED_SETS[locale]}#${i}`, text: u.text }));
  const blind = DEV_PARTS.flatMap((part) => BLIND_SETS[part][locale].flatMap((file) => loadBlindFile(file).map((q) => ({ where: `${file}#${q.id}`, text: q.text }))));
  return [...labelled, ...blind];
}

/** Start-up and the loaded recognizer's heap, in a new process, so nothing is cached. */
function coldStart(nluModule: string): Record<string, number> {
  const program = `
    const { performance } = require('perf_hooks');
    global.gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const { createRecognizer } = require(${JSON.stringify(nluModule)});
    const t1 = performance.now();
    const recognizer = createRecognizer();
    const t2 = performance.now();
    recognizer.recognize('where does media go for a hybrid conference from home?');
    const t3 = performance.now();
    recognizer.recognize('混合式部署的會議，媒體會走哪裡？');
    const t4 = performance.now();
    global.gc();
    const heap = process.memoryUsage().heapUsed - heapBefore;
    process.stdout.write(JSON.stringify({ load: t1 - t0, construct: t2 - t1, firstEn: t3 - t2, firstZh: t4 - t3, heap }));
  `;
  const out = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', program], { encoding: 'utf8' })) as Record<string, number>;
  return {
    coldModuleLoadMs: round(out.load),
    coldConstructionMs: round(out.construct),
    coldFirstEnglishMs: round(out.firstEn),
    coldFirstChineseMs: round(out.firstZh),
    coldStartTotalMs: round(out.load + out.construct + out.firstEn + out.firstZh),
    heapAfterLoadMiB: Math.round((out.heap / 2 ** 20) * 10) / 10,
  };
}

/** Each recognizer's timings of each utterance, the recognizers alternating (which goes first alternates too). */
function timeAll(recognizers: readonly Recognizer[], utterances: readonly Utterance[]): number[][][] {
  for (let pass = 0; pass < WARM_UP; pass++) for (const r of recognizers) for (const u of utterances) r.recognize(u.text);
  const samples = recognizers.map(() => utterances.map(() => [] as number[]));
  for (let pass = 0; pass < PASSES; pass++) {
    utterances.forEach((u, i) => {
      for (let k = 0; k < recognizers.length; k++) {
        const which = (k + pass + i) % recognizers.length;
        const started = performance.now();
        recognizers[which].recognize(u.text);
        samples[which][i].push(performance.now() - started);
      }
    });
  }
  return samples;
}

interface Figures {
  typical: number[];
  intrinsic: number[];
}

function figuresOf(samples: readonly number[][]): Figures {
  const sorted = samples.map(ascending);
  return { typical: sorted.map((s) => quantile(s, 0.5)), intrinsic: sorted.map((s) => s[0]) };
}

function percentiles(prefix: string, values: readonly number[]): Record<string, number> {
  const sorted = ascending(values);
  return { [`${prefix}P50Ms`]: round(quantile(sorted, 0.5)), [`${prefix}P95Ms`]: round(quantile(sorted, 0.95)), [`${prefix}P99Ms`]: round(quantile(sorted, 0.99)) };
}

/** The slowest utterances by their typical time: where they are and how long, never what they say. */
function slowest(utterances: readonly Utterance[], typical: readonly number[]): { where: string; characters: number; ms: number }[] {
  return utterances
    .map((u, i) => ({ where: u.where, characters: u.text.length, ms: round(typical[i]) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, SLOWEST);
}

/** One recognizer's figures over both languages, as the bench reports them. */
function report(byLocale: readonly { locale: Locale; utterances: Utterance[]; figures: Figures }[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { locale, utterances, figures } of byLocale) {
    const key = locale === 'en' ? 'en' : 'zh';
    Object.assign(out, percentiles(`${key}Typical`, figures.typical), percentiles(`${key}Intrinsic`, figures.intrinsic));
    out[`${key}Slowest`] = slowest(utterances, figures.typical);
  }
  Object.assign(
    out,
    percentiles('typical', byLocale.flatMap((l) => l.figures.typical)),
    percentiles('intrinsic', byLocale.flatMap((l) => l.figures.intrinsic)),
  );
  return out;
}

export async function runNluBench(baselineRoot?: string): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = { ...coldStart(join(__dirname, '..', 'src', 'nlu')) };
  const started = performance.now();
  const recognizer = createRecognizer();
  results.constructionMs = round(performance.now() - started);
  const baselineModule = baselineRoot && join(resolve(baselineRoot), 'dist', 'src', 'nlu');
  const recognizers = baselineModule ? [recognizer, (require(baselineModule) as { createRecognizer: () => Recognizer }).createRecognizer()] : [recognizer];

  results.loadAverageBefore = round(loadavg()[0]);
  const timed = (['en', 'zh-TW'] as Locale[]).map((locale) => {
    const utterances = utterancesOf(locale);
    return { locale, utterances, samples: timeAll(recognizers, utterances) };
  });
  results.loadAverageAfter = round(loadavg()[0]);
  results.passes = PASSES;
  results.utterances = timed.reduce((n, t) => n + t.utterances.length, 0);
  Object.assign(results, report(timed.map(({ locale, utterances, samples }) => ({ locale, utterances, figures: figuresOf(samples[0]) }))));
  // The figure issue 15 holds the recognizer to: p99 of the typical time, both languages together.
  results.p99Ms = results.typicalP99Ms;
  if (baselineModule) {
    results.baseline = { dir: baselineRoot, ...coldStart(baselineModule), ...report(timed.map(({ locale, utterances, samples }) => ({ locale, utterances, figures: figuresOf(samples[1]) }))) };
  }
  return results;
}

/** `--baseline <dir>` from the command line. */
function baselineArgument(args: readonly string[]): string | undefined {
  const at = args.indexOf('--baseline');
  return at >= 0 ? args[at + 1] : undefined;
}

if (require.main === module) {
  runNluBench(baselineArgument(process.argv.slice(2))).then(
    (results) => process.stdout.write(`${JSON.stringify({ recognizer: results }, null, 2)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

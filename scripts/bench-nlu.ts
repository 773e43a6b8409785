// Recognizer speed: time per utterance (median and p99) over the labelled sets and the blind sets' dev parts (rounds 1 to 3
// and round 4's dev halves, long pasted tickets included), and start-up time. Start-up is
// measured in a fresh Node process (loading the module and the model, building the recognizer, the first English
// and the first Chinese utterance, which loads the Simplified-to-Traditional converter); per-utterance times in
// this process after one warm-up pass. Each utterance is timed PASSES times: its time is the median of those (a
// garbage collection or the scheduler pausing the process is not the recognizer's cost); the raw p99 over every
// single timing is reported too. Run: node bin/run.js scripts/bench-nlu (`npm run bench` calls runNluBench()).
import { execFileSync } from 'child_process';
import { join } from 'path';
import { performance } from 'perf_hooks';
import { createRecognizer } from '../src/nlu';
import type { Locale } from '../src/nlu/types';
import { loadBlindSet, type BlindPart } from './blind';
import { LABELLED_SETS, loadLabelledSet } from './eval';

const PASSES = 7;
/** The blind parts whose questions are timed: every round's dev part (the test part is only ever scored). */
const DEV_PARTS: readonly BlindPart[] = ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6'];

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/** Start-up in a new process, so nothing is cached: module load, construction, first utterances. */
function coldStart(): Record<string, number> {
  const nlu = join(__dirname, '..', 'src', 'nlu');
  const program = `
    const { performance } = require('perf_hooks');
    const t0 = performance.now();
    const { createRecognizer } = require(${JSON.stringify(nlu)});
    const t1 = performance.now();
    const recognizer = createRecognizer();
    const t2 = performance.now();
    recognizer.recognize('where does media go for a hybrid conference from home?');
    const t3 = performance.now();
    recognizer.recognize('混合式部署的會議，媒體會走哪裡？');
    const t4 = performance.now();
    process.stdout.write(JSON.stringify({ load: t1 - t0, construct: t2 - t1, firstEn: t3 - t2, firstZh: t4 - t3 }));
  `;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', program], { encoding: 'utf8' })) as Record<string, number>;
  return {
    coldModuleLoadMs: round(out.load),
    coldConstructionMs: round(out.construct),
    coldFirstEnglishMs: round(out.firstEn),
    coldFirstChineseMs: round(out.firstZh),
    coldStartTotalMs: round(out.load + out.construct + out.firstEn + out.firstZh),
  };
}

export async function runNluBench(): Promise<Record<string, number>> {
  const results: Record<string, number> = coldStart();
  const started = performance.now();
  const recognizer = createRecognizer();
  results.constructionMs = round(performance.now() - started);

  const perUtterance: number[] = [];
  const raw: number[] = [];
  for (const locale of Object.keys(LABELLED_SETS) as Locale[]) {
    const blindDev = DEV_PARTS.flatMap((part) => loadBlindSet(part, locale));
    const texts = [...loadLabelledSet(locale), ...blindDev].map((u) => u.text);
    for (const text of texts) recognizer.recognize(text); // warm-up: JIT, lazy converter and typo index
    const samples = texts.map(() => [] as number[]);
    for (let pass = 0; pass < PASSES; pass++) {
      texts.forEach((text, i) => {
        const t = performance.now();
        recognizer.recognize(text);
        samples[i].push(performance.now() - t);
      });
    }
    const medians = samples.map((s) => quantile([...s].sort((a, b) => a - b), 0.5)).sort((a, b) => a - b);
    const key = locale === 'en' ? 'En' : 'Zh';
    results[`median${key}Ms`] = round(quantile(medians, 0.5));
    results[`p99${key}Ms`] = round(quantile(medians, 0.99));
    perUtterance.push(...medians);
    raw.push(...samples.flat());
  }
  perUtterance.sort((a, b) => a - b);
  raw.sort((a, b) => a - b);
  results.medianMs = round(quantile(perUtterance, 0.5));
  results.p99Ms = round(quantile(perUtterance, 0.99));
  results.p99RawMs = round(quantile(raw, 0.99));
  results.utterances = perUtterance.length;
  return results;
}

if (require.main === module) {
  runNluBench().then(
    (results) => {
      console.log('Recognizer (src/nlu)');
      for (const [name, value] of Object.entries(results)) console.log(`  ${name.padEnd(22)} ${value}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

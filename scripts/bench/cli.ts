// Command-line benchmarks: start-up time, batch throughput, and the engine's own cost per question.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { advise, completions } from '../../src/engine';
import { round, summarize } from './stats';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'bin/callflow.js');

function timeRun(args: string[], input?: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`callflow failed: ${r.stderr}`);
  return performance.now() - start;
}

export function runCliBench(): Record<string, number> {
  const question = ['ask', '--json', 'where does media go for a hybrid conference organized by an on-prem user, from home?'];
  timeRun(question); // warm the file cache and make sure dist/ is built
  const startups = Array.from({ length: 15 }, () => timeRun(question));
  const lines = 500;
  const requests = Array.from({ length: lines }, (_, i) =>
    i % 2 === 0
      ? JSON.stringify({ text: 'user on the internet joins an online meeting, does it use ExpressRoute?' })
      : JSON.stringify({ locale: 'zh-TW', text: '混合式部署的會議，媒體會走哪裡？召集人是內部部署，我在公司' }),
  ).join('\n');
  const batch = Array.from({ length: 5 }, () => timeRun(['ask', '--json', '-'], requests));

  const partials = completions({}).flatMap((c) => [c, { callType: c.callType }, { deployment: c.deployment, callType: c.callType }]);
  const adviseTimes = partials.map((p) => {
    const start = performance.now();
    advise(p);
    return performance.now() - start;
  });
  const startup = summarize(startups);
  const batchTotal = summarize(batch);
  const engine = summarize(adviseTimes);
  return {
    cliStartupMedianMs: round(startup.median, 1),
    cliStartupMaxMs: round(startup.max, 1),
    [`batch${lines}LinesMedianMs`]: round(batchTotal.median, 1),
    [`batch${lines}LinesAfterStartupMs`]: round(batchTotal.median - startup.median, 1),
    engineAdviseMedianMs: round(engine.median),
    engineAdviseP99Ms: round(engine.p99),
  };
}

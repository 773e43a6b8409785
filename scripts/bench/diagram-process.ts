// One locale's diagram drawing in a process of its own, so its first drawing pays what a fresh server pays (the CJK
// subset is made once per process): `node dist/scripts/bench/diagram-process.js en|zh-TW`. Prints JSON on stdout.
// Run with TMPDIR pointing at a file, zh-TW draws with the full CJK collections, as before the subset.
import { performance } from 'perf_hooks';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { diagramForScenario, renderDiagramPng } from '../../src/diagram';
import { completions } from '../../src/engine';
import { LOCALE_LIST, type Locale } from '../../src/i18n';
import { round, summarize } from './stats';

const DIAGRAMS = 7;
const CACHED = 50;

function timed(draw: () => void): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  draw();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

function collectGarbage(): void {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

function main(): void {
  const locale = LOCALE_LIST.find((l) => l === process.argv[2]) as Locale;
  if (!locale) throw new Error(`usage: diagram-process ${LOCALE_LIST.join('|')}`);
  const all = completions({});
  // Diagrams spread over every deployment and call type, each drawn once (nothing cached).
  const svgs = Array.from({ length: DIAGRAMS }, (_, i) => diagramForScenario(all[Math.floor((i * all.length) / DIAGRAMS)], locale, 'svg') as string);
  const rssBefore = process.memoryUsage().rss;
  const first = timed(() => renderDiagramPng(svgs[0]));
  const next = svgs.slice(1).map((svg) => timed(() => renderDiagramPng(svg)));
  const cached = Array.from({ length: CACHED }, () => timed(() => renderDiagramPng(svgs[0])).ms);
  const nextMs = summarize(next.map((n) => n.ms));
  const nextCpu = summarize(next.map((n) => n.cpuMs));
  const result = {
    firstDrawMs: round(first.ms, 1),
    firstDrawCpuMs: round(first.cpuMs, 1),
    [`next${next.length}DrawsMedianMs`]: round(nextMs.median, 1),
    [`next${next.length}DrawsMedianCpuMs`]: round(nextCpu.median, 1),
    [`next${next.length}DrawsMaxMs`]: round(nextMs.max, 1),
    cachedDrawMedianMs: round(summarize(cached).median, 4),
    rssBeforeMiB: round(rssBefore / 2 ** 20, 1),
    rssAfterMiB: round(process.memoryUsage().rss / 2 ** 20, 1),
    rssAfterGcMiB: round((collectGarbage(), process.memoryUsage().rss) / 2 ** 20, 1),
    peakRssMiB: round(process.resourceUsage().maxRSS / 1024, 1),
  };
  process.stdout.write(JSON.stringify(result));
}

main();

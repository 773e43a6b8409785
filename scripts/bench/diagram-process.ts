// One locale's diagram drawing in a process of its own, so its first drawing pays what a fresh server pays (the CJK
// subset is made once per process): `node dist/scripts/bench/diagram-process.js en|zh-TW`. Prints JSON on stdout.
// Run with TMPDIR pointing at a file, zh-TW draws with the full CJK collections, as before the subset.
import { readFileSync } from 'fs';
import { monitorEventLoopDelay, performance } from 'perf_hooks';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { diagramForScenario, renderDiagramPng, renderDiagramPngAsync } from '../../src/diagram';
import { completions } from '../../src/engine';
import { LOCALE_LIST, type Locale } from '../../src/i18n';
import { round, summarize } from './stats';

const DIAGRAMS = 7;
const CACHED = 50;
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU of this process and of the children it has waited for (the subset is made in one), in milliseconds. */
function cpuMs(): number {
  const own = process.cpuUsage();
  // /proc/self/stat after the command's closing parenthesis: field 16 and 17 are cutime and cstime, in clock ticks.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const children = (Number(fields[13]) + Number(fields[14])) * (1000 / CLOCK_TICKS_PER_SECOND);
  return (own.user + own.system) / 1000 + children;
}

async function timed(draw: () => unknown): Promise<{ ms: number; cpuMs: number }> {
  const cpu = cpuMs();
  const start = performance.now();
  await draw();
  return { ms: performance.now() - start, cpuMs: cpuMs() - cpu };
}

function collectGarbage(): void {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

async function main(): Promise<void> {
  const locale = LOCALE_LIST.find((l) => l === process.argv[2]) as Locale;
  if (!locale) throw new Error(`usage: diagram-process ${LOCALE_LIST.join('|')}`);
  const all = completions({});
  // Diagrams spread over every deployment and call type, each drawn once (nothing cached).
  const svgs = Array.from({ length: DIAGRAMS }, (_, i) => diagramForScenario(all[Math.floor((i * all.length) / DIAGRAMS)], locale, 'svg') as string);
  const rssBefore = process.memoryUsage().rss;
  // The first drawing as a server makes it (asynchronously), watching how long the event loop is held up.
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const first = await timed(() => renderDiagramPngAsync(svgs[0]));
  delay.disable();
  const next = [];
  for (const svg of svgs.slice(1)) next.push(await timed(() => renderDiagramPng(svg)));
  const cached = [];
  for (let i = 0; i < CACHED; i++) cached.push((await timed(() => renderDiagramPng(svgs[0]))).ms);
  const nextMs = summarize(next.map((n) => n.ms));
  const nextCpu = summarize(next.map((n) => n.cpuMs));
  const result = {
    firstDrawMs: round(first.ms, 1),
    firstDrawCpuMs: round(first.cpuMs, 1),
    firstDrawEventLoopMaxDelayMs: round(delay.max / 1e6, 1),
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

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});

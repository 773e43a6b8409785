// Diagram PNGs: per locale, in a fresh process each, the first drawing (a new server's first diagram, CJK subset
// included), new diagrams after it, a cached one, and memory; zh-TW also as it was before the subset (the full CJK
// collections), for a comparison within one run on a shared machine.
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const CHILD = path.join(__dirname, 'diagram-process.js');

function drawIn(locale: string, env: Record<string, string> = {}): Record<string, number> {
  const run = spawnSync(process.execPath, [CHILD, locale], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'error', ...env } });
  if (run.status !== 0) throw new Error(`diagram bench (${locale}) failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, number>;
}

export function runDiagramBench(): Record<string, unknown> {
  // A TMPDIR that is a file: the subset cannot be written, so zh-TW falls back to the full collections.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'callflow-bench-'));
  const notADirectory = path.join(dir, 'file');
  writeFileSync(notADirectory, '');
  try {
    const loadBefore = os.loadavg().map((l) => Math.round(l * 100) / 100);
    const report = {
      en: drawIn('en'),
      'zh-TW': drawIn('zh-TW'),
      'zh-TW with the full CJK collections (before)': drawIn('zh-TW', { TMPDIR: notADirectory }),
    };
    return { loadAverageAtStart: loadBefore, ...report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

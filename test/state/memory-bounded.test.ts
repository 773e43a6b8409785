// Finding 2 of issue 12: memory storage grew without bound and a 128 MB heap died after ~38,000 conversations.
// 200,000 conversations written the way the bot writes them, in a child process with a 128 MB heap: it stays
// alive, and the store stays within its entry and byte bounds (evicting the least recently used). The heap figures
// are printed here and measured by `npm run bench`, not asserted.
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
jest.setTimeout(300_000);

interface Report {
  conversations: number;
  checkpoints: { conversations: number; heapUsedMiB: number; entries?: number; bytes?: number }[];
  health: { entries: number; bytes: number; maxEntries: number; maxBytes: number; evicted: number };
}

it('keeps 200,000 conversations in a 128 MB heap alive, within its entry and byte bounds', () => {
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=128', '--expose-gc', path.join(ROOT, 'bin/run.js'), 'scripts/bench/memory-storage', '200000'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, STORAGE_URL: '' }, maxBuffer: 16 * 1024 * 1024 },
  );
  expect({ status: run.status, signal: run.signal, stderr: run.stderr.slice(-2000) }).toEqual({ status: 0, signal: null, stderr: '' });
  const report = JSON.parse(run.stdout) as Report;
  console.log(`memory storage, 200,000 conversations: ${JSON.stringify(report.checkpoints)}`);
  expect(report.conversations).toBe(200_000);
  for (const checkpoint of report.checkpoints) {
    expect(checkpoint.entries).toBeLessThanOrEqual(report.health.maxEntries);
    expect(checkpoint.bytes).toBeLessThanOrEqual(report.health.maxBytes);
  }
  // 400,000 keys were written; all but the bound were evicted, oldest first.
  expect(report.health.entries).toBe(report.health.maxEntries);
  expect(report.health.evicted).toBe(400_000 - report.health.maxEntries);
});

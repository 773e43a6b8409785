// Runs the real command line as a user would (a child process of `node bin/callflow.js`).
import { spawnSync } from 'child_process';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function callflow(args: string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/callflow.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

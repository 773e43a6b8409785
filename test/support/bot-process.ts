// The advisor as `npm start` runs it, in a child process of its own, for tests that need several instances.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { readProcessLog } from '../../scripts/support/process-log';

const ROOT = path.resolve(__dirname, '../..');

export interface BotProcess {
  /** http://127.0.0.1:port */
  baseUrl: string;
  child: ChildProcess;
  logs: Record<string, unknown>[];
  /** Resolves with the first log line of `event` (already written or still to come). */
  waitForLog(event: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  kill(): Promise<void>;
}

export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/start.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', MicrosoftAppId: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const log = readProcessLog(child.stderr!, () => child.exitCode !== null || child.signalCode !== null);
  const listening = await log.waitFor('server.listening');
  const baseUrl = new URL(String(listening.url)).origin;
  return {
    baseUrl,
    child,
    logs: log.entries,
    waitForLog: (event, timeoutMs = 15000) => log.waitFor(event, timeoutMs),
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

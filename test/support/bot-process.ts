// The advisor as `npm start` runs it, in a child process of its own, for tests that need several instances or
// the real process's output.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { readProcessLog } from '../../scripts/support/process-log';

const ROOT = path.resolve(__dirname, '../..');

export interface BotProcess {
  /** http://127.0.0.1:port */
  baseUrl: string;
  child: ChildProcess;
  /** Every line the process wrote to stderr, as written. */
  lines: string[];
  /** Those lines parsed (the log is JSON lines; a line that is not JSON is in `lines` only). */
  logs: Record<string, unknown>[];
  /** Resolves with the first log line of `event` (already written or still to come). */
  waitForLog(event: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  kill(): Promise<void>;
}

/** The process ended before it listened: its exit code and everything it wrote. */
export class BotProcessExited extends Error {
  constructor(
    readonly code: number | null,
    readonly lines: string[],
    readonly logs: Record<string, unknown>[],
  ) {
    super(`bot process exited with ${code} before listening`);
  }
}


export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/start.js')], {
    cwd: ROOT,
    // Tests play many users from one loopback address: no throttling unless a test sets its own limits.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', MicrosoftAppId: '', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // 'close' comes after the process's last output, so an early exit reports everything it wrote.
  let closed = false;
  const log = readProcessLog(child.stderr!, () => closed);
  const exited = new Promise<never>((_, reject) =>
    child.once('close', (code) => {
      closed = true;
      reject(new BotProcessExited(code, log.lines, log.entries));
    }),
  );
  const listening = await Promise.race([log.waitFor('server.listening'), exited]);
  exited.catch(() => undefined);
  const baseUrl = new URL(String(listening.url)).origin;
  return {
    baseUrl,
    child,
    lines: log.lines,
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

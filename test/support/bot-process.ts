// The advisor as `npm start` runs it, in a child process of its own, for tests that need several instances or
// the real process's output.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

export interface BotProcess {
  /** http://127.0.0.1:port */
  baseUrl: string;
  child: ChildProcess;
  /** Every line the process wrote to stderr, as written. */
  lines: string[];
  /** Those lines parsed (the log is JSON lines; a line that is not JSON is in `lines` only). */
  logs: Record<string, unknown>[];
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

function parsed(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/start.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', MicrosoftAppId: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const line of complete) {
        lines.push(line);
        const entry = parsed(line);
        if (!entry) continue;
        logs.push(entry);
        if (entry.event === 'server.listening') resolve(new URL(String(entry.url)).origin);
      }
    });
    child.once('exit', (code) => reject(new BotProcessExited(code, lines, logs)));
  });
  return {
    baseUrl,
    child,
    lines,
    logs,
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

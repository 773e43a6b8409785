// The advisor as `npm start` runs it, in a child process of its own, for tests that need several instances.
import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';

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
  const logs: Record<string, unknown>[] = [];
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.event === 'server.listening') resolve(new URL(String(entry.url)).origin);
      }
    });
    child.once('exit', (code) => reject(new Error(`bot process exited with ${code} before listening: ${JSON.stringify(logs)}`)));
  });
  return {
    baseUrl,
    child,
    logs,
    async waitForLog(event, timeoutMs = 15000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const entry = logs.find((line) => line.event === event);
        if (entry) return entry;
        if (Date.now() > deadline) throw new Error(`no ${event} in the log: ${JSON.stringify(logs)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

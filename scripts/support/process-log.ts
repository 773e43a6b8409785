// A child process's structured log as it arrives: the JSON lines it writes to a stream, parsed, anything else it
// writes kept as text, and a wait for the first line of an event.
import type { Readable } from 'node:stream';

export type LogEntry = Record<string, unknown>;

export interface ProcessLog {
  /** Every JSON line, parsed, in order. */
  entries: LogEntry[];
  /** Every line that was not JSON (the advisor should write none). */
  stray: string[];
  /** Every line, as written. */
  lines: string[];
  /** The first entry of `event`, written already or still to come. */
  waitFor(event: string, timeoutMs?: number): Promise<LogEntry>;
}

/** Reads `stream` line by line; `ended()` says the process is gone, so a wait for a line that never came fails at once. */
export function readProcessLog(stream: Readable, ended: () => boolean): ProcessLog {
  const entries: LogEntry[] = [];
  const stray: string[] = [];
  const written: string[] = [];
  let buffered = '';
  stream.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      written.push(line);
      try {
        entries.push(JSON.parse(line) as LogEntry);
      } catch {
        if (line.trim() !== '') stray.push(line);
      }
    }
  });
  return {
    entries,
    stray,
    lines: written,
    async waitFor(event, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const entry = entries.find((line) => line.event === event);
        if (entry) return entry;
        if (ended() || Date.now() > deadline) {
          throw new Error(`no ${event} in the log${ended() ? ' (the process has exited)' : ''}: ${JSON.stringify([...entries, ...stray])}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

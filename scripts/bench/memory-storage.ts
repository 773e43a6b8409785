// Memory storage under load: many conversations written the way the bot writes them (read both keys, then write
// a conversation state and a user state shaped like the advisor's after a question), in this process alone, so
// its heap is the storage's. Run with a capped heap to see it stay alive:
//   node --max-old-space-size=128 --expose-gc bin/run.js scripts/bench/memory-storage [conversations]
// (`npm run bench` runs it so, 200,000 conversations.)
// Prints one JSON object: checkpoints (heap after a full GC, the store's entries and bytes) and the totals.
import { spawnSync } from 'child_process';
import { createLogger } from '../../src/log';
import { openStorage } from '../../src/state';

/** A conversation's state after its first question, as the advisor stores it (ids vary per conversation). */
function conversationState(i: number): Record<string, unknown> {
  return {
    dialogState: {
      dialogStack: [
        {
          id: 'advisor',
          state: {
            dialogs: {
              dialogStack: [
                {
                  id: 'advisorFlow',
                  state: {
                    options: { command: { kind: 'tell', statement: { slots: { callType: 'conference', deployment: 'hybrid' }, focus: 'media', fresh: false } } },
                    values: { instanceId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` },
                    stepIndex: 1,
                  },
                },
                { id: 'nextMessage', state: {} },
              ],
            },
          },
          version: '-933969693',
        },
      ],
    },
    advisorSession: { started: true, scenario: { callType: 'conference', deployment: 'hybrid' }, history: [{}], focus: 'media' },
  };
}

interface Checkpoint {
  conversations: number;
  heapUsedMiB: number;
  rssMiB: number;
  entries?: number;
  bytes?: number;
}

const MiB = 1024 * 1024;
const round = (n: number) => Math.round(n * 10) / 10;

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function runMemoryStorageBench(conversations: number, checkpoints = 8): Promise<Record<string, unknown>> {
  const logger = createLogger('error');
  const opened = await openStorage({}, logger);
  const { storage } = opened;
  const every = Math.max(1, Math.floor(conversations / checkpoints));
  const measured: Checkpoint[] = [];
  const measure = async (done: number) => {
    collect();
    const memory = process.memoryUsage();
    const health = await opened.health();
    const stored = health.kind === 'memory' ? { entries: health.entries, bytes: health.bytes } : {};
    measured.push({ conversations: done, heapUsedMiB: round(memory.heapUsed / MiB), rssMiB: round(memory.rss / MiB), ...stored });
  };
  const started = Date.now();
  await measure(0);
  for (let i = 1; i <= conversations; i++) {
    const conversation = `web/conversations/c-${i}/`;
    const user = `web/users/u-${i}/`;
    await storage.read([conversation, user]);
    await storage.write({ [conversation]: conversationState(i), [user]: { advisorPreferences: { lastLocale: i % 2 ? 'en' : 'zh-TW' } } });
    if (i % every === 0) await measure(i);
  }
  const seconds = (Date.now() - started) / 1000;
  const health = await opened.health();
  await opened.close();
  return { conversations, seconds: round(seconds), conversationsPerSecond: Math.round(conversations / seconds), checkpoints: measured, health };
}

/** The heap the memory-storage run is given: the finding that a 128 MB heap died after ~38,000 conversations. */
export const CAPPED_HEAP_MB = 128;

/** This benchmark in a child process of its own with a capped heap, for `npm run bench`. */
export function runMemoryStorageInCappedHeap(conversations = 200_000): Record<string, unknown> {
  const run = spawnSync(process.execPath, [`--max-old-space-size=${CAPPED_HEAP_MB}`, '--expose-gc', __filename, String(conversations)], {
    encoding: 'utf8',
    env: { ...process.env, STORAGE_URL: '' },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) return { heapLimitMiB: CAPPED_HEAP_MB, died: run.signal ?? run.status, stderr: run.stderr.slice(-500) };
  return { heapLimitMiB: CAPPED_HEAP_MB, ...(JSON.parse(run.stdout) as Record<string, unknown>) };
}

if (require.main === module) {
  const conversations = Number(process.argv[2] ?? 200_000);
  runMemoryStorageBench(conversations).then(
    (report) => process.stdout.write(JSON.stringify(report) + '\n'),
    (error: unknown) => {
      process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
      process.exit(1);
    },
  );
}

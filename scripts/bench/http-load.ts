// The HTTP load benchmark: many concurrent conversations doing full multi-turn dialogs against POST /api/messages,
// replies captured on loopback. The advisor on memory and on Redis, side by side with an echo bot on the same
// botbuilder + restify stack: the floor this stack allows; and the floor for a bot with state and a dialog (an echo
// bot shaped like the advisor: conversation and user state, a looping waterfall). Then the advisor with four
// connections per conversation, so that turns of one conversation queue behind each other (the turn locks at work).
// autocannon reaches for a deprecated Node binding; its warning says nothing about what is measured.
process.noDeprecation = true;
import autocannon, { type RequestSpec } from 'autocannon';
import { fork, type ChildProcess } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { t } from '../../src/i18n';
import { startCaptureServer, type CaptureServer } from '../support/connector-capture';
import { RedisServer } from '../support/redis-server';
import { round } from './stats';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
/** Connections per conversation in the contended runs. */
const PER_CONVERSATION = 4;
/** What the advisor says when it did not take a message in. */
const NOT_TAKEN_IN = new Set(['dialog.concurrentTurn', 'dialog.storageUnavailable', 'turn.storageFull', 'turn.conversationBusy'].map((key) => t('en', key)));

/** A full dialog: a vague question, a button click, a typed answer that completes it. */
const TURNS: { text?: string; value?: Record<string, string> }[] = [
  { text: 'where does media go for a hybrid conference?' },
  { value: { action: 'answer', slot: 'organizer', value: 'onPremises' } },
  { text: 'from home' },
];

function activity(turn: (typeof TURNS)[number], conversation: string, serviceUrl: string, n: number): string {
  return JSON.stringify({
    type: 'message',
    id: `${conversation}-${n}`,
    channelId: 'emulator',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-US',
    from: { id: `u-${conversation}`, name: 'Bench user' },
    recipient: { id: 'advisor-bot', name: 'Advisor' },
    conversation: { id: conversation },
    ...(turn.text !== undefined ? { text: turn.text } : {}),
    ...(turn.value !== undefined ? { value: turn.value } : {}),
  });
}

type BotKind = 'echo' | 'stateful-echo' | 'advisor';

async function startBot(kind: BotKind, storageUrl?: string): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(path.join(__dirname, 'bot-process.js'), [kind, ...(storageUrl ? [storageUrl] : [])], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve(m.url));
    child.once('exit', (code) => reject(new Error(`bot process exited with ${code}`)));
  });
  return { url, child };
}

/** Peak resident memory of a process, from the kernel's high-water mark. */
function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return round(kib / 1024, 1);
}

/** Replies (not typing indicators) posted to a conversation other than their own, or to another user. */
function crossedReplies(capture: CaptureServer): number {
  // Each benchmark conversation has its own user, named after it.
  return capture.replies.filter(
    (r) => r.activity.type !== 'typing' && (r.activity.conversation?.id !== r.conversationId || r.activity.recipient?.id !== `u-${r.conversationId}`),
  ).length;
}

/** `shared`: the connections take turns in this many conversations instead of each starting its own. */
async function measure(kind: BotKind, storageUrl?: string, shared?: number): Promise<Record<string, number>> {
  const capture = await startCaptureServer();
  const bot = await startBot(kind, storageUrl);
  let conversations = 0;
  const requests: RequestSpec[] = TURNS.map((turn, i) => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request: RequestSpec, context: Record<string, unknown>) => {
      if (i === 0) context.conversation = shared ? `s${++conversations % shared}` : `c${++conversations}`;
      return { ...request, body: activity(turn, String(context.conversation), capture.url, i) };
    },
  }));
  try {
    const result = await autocannon({ url: bot.url, connections: CONNECTIONS, duration: DURATION_S, timeout: 30, requests });
    return {
      conversationsStarted: conversations,
      turns: result.requests.total,
      turnsPerSecond: round(result.requests.average, 1),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      replies: capture.replies.filter((r) => r.activity.type !== 'typing').length,
      repliesCrossingConversations: crossedReplies(capture),
      messagesNotTakenIn: capture.replies.filter((r) => NOT_TAKEN_IN.has(r.activity.text ?? '')).length,
      peakRssMiB: peakRssMiB(bot.child.pid!),
    };
  } finally {
    bot.child.kill('SIGKILL');
    await capture.close();
  }
}

export async function runHttpLoadBench(): Promise<Record<string, unknown>> {
  const echo = await measure('echo');
  const statefulEcho = await measure('stateful-echo');
  const advisor = await measure('advisor');
  const contended = Math.max(1, Math.floor(CONNECTIONS / PER_CONVERSATION));
  const advisorContended = await measure('advisor', undefined, contended);
  const redis = await RedisServer.start().catch(() => undefined);
  const advisorRedis = redis ? await measure('advisor', redis.url) : 'redis-server not installed';
  const advisorRedisContended = redis ? await measure('advisor', redis.url, contended) : 'redis-server not installed';
  await redis?.stop();
  return {
    setup: { connections: CONNECTIONS, durationSeconds: DURATION_S, turnsPerConversation: TURNS.length, contendedConversations: contended },
    echoBot: echo,
    statefulEchoBot: statefulEcho,
    advisorMemory: advisor,
    advisorMemoryContended: advisorContended,
    advisorRedis,
    advisorRedisContended,
    advisorP50OverEchoP50: round(advisor.p50Ms / Math.max(echo.p50Ms, 0.001), 2),
    statefulEchoP50OverEchoP50: round(statefulEcho.p50Ms / Math.max(echo.p50Ms, 0.001), 2),
  };
}

if (require.main === module) {
  runHttpLoadBench().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}

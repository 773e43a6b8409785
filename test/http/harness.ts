// The real server on a loopback port with the real bot, recognizer and memory storage, its log lines kept for
// assertions, and a capture server standing in for the Bot Framework Connector.
import type { Activity } from 'botbuilder';
import { createAdvisorBot } from '../../src/bot';
import { createBotServer, MESSAGES_PATH, type BotServer, type BotServerOptions } from '../../src/channels/botframework';
import type { BotCredentials } from '../../src/config';
import { createLogger } from '../../src/log';
import { createRecognizer } from '../../src/nlu';
import { openMemoryStorage } from '../../src/state';
import { startCaptureServer, type CaptureServer } from '../../scripts/support/connector-capture';

export interface Harness {
  baseUrl: string;
  capture: CaptureServer;
  /** Every log line the server wrote, parsed. */
  logs: Record<string, unknown>[];
  /** POSTs a body (an object is sent as JSON, a string as it is) to /api/messages. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** `options`: the server's outbound and access settings, when a test needs others than the defaults. */
export async function startHarness(
  credentials: BotCredentials = { kind: 'none' },
  options: Partial<Pick<BotServerOptions, 'outbound' | 'access'>> = {},
): Promise<Harness> {
  const capture = await startCaptureServer();
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const bot = createAdvisorBot({ storage: openMemoryStorage().storage, recognizer: createRecognizer(), logger });
  const server: BotServer = createBotServer({ bot, credentials, logger, port: 0, host: '127.0.0.1', ...options });
  const baseUrl = await server.listen();
  return {
    baseUrl,
    capture,
    logs,
    post: (body, headers = {}) =>
      fetch(`${baseUrl}${MESSAGES_PATH}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: async () => {
      await server.close();
      await capture.close();
    },
  };
}

let sequence = 0;

/** An activity as a channel would post it, replies addressed to the capture server. */
export function activity(capture: CaptureServer, conversationId: string, fields: Partial<Activity>): Partial<Activity> {
  sequence += 1;
  return {
    id: `incoming-${sequence}`,
    channelId: 'msteams',
    serviceUrl: capture.url,
    conversation: { id: conversationId } as Activity['conversation'],
    from: { id: `user-of-${conversationId}`, name: 'Admin' },
    recipient: { id: 'callflow-advisor', name: 'Call Flow Advisor' },
    timestamp: new Date(),
    ...fields,
  };
}

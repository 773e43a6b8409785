// The real Slack app (Bolt's HTTP receiver on a loopback port, the real advisor bot, recognizer and storage) wired
// to the fake Slack Web API, with its log lines kept for assertions.
import { createAdvisorBot } from '../../../src/bot';
import { createSlackApp, type SlackApp } from '../../../src/channels/slack';
import { createLogger } from '../../../src/log';
import { createRecognizer } from '../../../src/nlu';
import { openMemoryStorage, type StateStorage } from '../../../src/state';
import { startFakeSlackApi, type ApiCall, type FakeSlackApi } from './fakeSlackApi';
import { SIGNING_SECRET, slackSender, type SlackSender } from './slackRequests';

export interface SlackHarness {
  fake: FakeSlackApi;
  /** The bot's state storage. */
  storage: StateStorage;
  app: SlackApp;
  /** The app's /slack/events URL. */
  url: string;
  slack: SlackSender;
  logs: Record<string, unknown>[];
  /** The chat.postMessage calls into one channel (and thread), answered by the fake. */
  posts(channel: string, threadTs?: string): ApiCall[];
  /** Waits until that channel (and thread) has `count` answered posts, and returns them. */
  waitForPosts(count: number, channel: string, threadTs?: string): Promise<ApiCall[]>;
  close(): Promise<void>;
}

/** `storage`: the state storage to run on (memory unless given). */
export async function startSlackHarness(env: Record<string, string> = {}, storage: StateStorage = openMemoryStorage().storage): Promise<SlackHarness> {
  const fake = await startFakeSlackApi();
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const bot = createAdvisorBot({ storage, recognizer: createRecognizer(), logger });
  const app = createSlackApp({
    bot,
    storage,
    logger,
    // A port of its own (SLACK_PORT), so these tests need no bot server; test/slack/bot-port.test.ts runs the other way.
    env: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, SLACK_PORT: '0', ...env },
  });
  const { url } = await app.start({ port: 0, host: '127.0.0.1' });
  if (!url) throw new Error('The HTTP receiver did not report its URL');
  const posts = (channel: string, threadTs?: string) =>
    fake.callsOf('chat.postMessage').filter((c) => c.result?.ok === true && c.args.channel === channel && c.args.thread_ts === threadTs);
  return {
    fake,
    storage,
    app,
    url,
    slack: slackSender(url),
    logs,
    posts,
    async waitForPosts(count, channel, threadTs) {
      await fake.waitFor(() => posts(channel, threadTs).length >= count);
      return posts(channel, threadTs);
    },
    close: async () => {
      await app.stop();
      await fake.close();
    },
  };
}

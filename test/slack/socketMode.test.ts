// Socket Mode: with SLACK_APP_TOKEN the app dials out (apps.connections.open, then a WebSocket) instead of taking
// HTTP requests; events and slash commands arrive in envelopes that the app acknowledges before answering.
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { createAdvisorBot } from '../../src/bot';
import { createSlackApp, type SlackApp } from '../../src/channels/slack';
import { t } from '../../src/i18n';
import { createLogger } from '../../src/log';
import { createRecognizer } from '../../src/nlu';
import { openMemoryStorage } from '../../src/state';
import { BOT_USER_ID, startFakeSlackApi, TEAM_ID, type FakeSlackApi } from './support/fakeSlackApi';
import { directMessageEvent, textOf } from './support/slackRequests';

let fake: FakeSlackApi;
let server: WebSocket.Server;
let app: SlackApp;
let socket: WebSocket;
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  fake = await startFakeSlackApi();
  server = new WebSocket.Server({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const connected = new Promise<WebSocket>((resolve) =>
    server.once('connection', (ws: WebSocket) => {
      ws.on('message', (data: WebSocket.Data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0000001' } }));
      resolve(ws);
    }),
  );
  const { port } = server.address() as AddressInfo;
  fake.scriptNext('apps.connections.open', { status: 200, body: { ok: true, url: `ws://127.0.0.1:${port}/link` } });

  const logger = createLogger('error', () => undefined);
  const { storage } = openMemoryStorage();
  app = createSlackApp({
    bot: createAdvisorBot({ storage, recognizer: createRecognizer(), logger }),
    storage,
    logger,
    env: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_APP_TOKEN: 'xapp-1-test-token', SLACK_API_URL: fake.apiUrl },
  });
  expect(app.transport).toBe('socket');
  await app.start();
  socket = await connected;
});

afterAll(async () => {
  // @slack/socket-mode 3.1 sends its close frame twice on stop and loses the first 30-second handshake timer;
  // with fake timers that lost timer cannot keep the test process alive.
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  await app.stop();
  jest.useRealTimers();
  server.close();
  await fake.close();
});

async function acked(envelopeId: string): Promise<void> {
  const start = Date.now();
  while (!received.some((m) => m.envelope_id === envelopeId)) {
    if (Date.now() - start > 5000) throw new Error(`no ack for ${envelopeId}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

it('opens the connection with the app token', () => {
  expect(fake.callsOf('apps.connections.open')[0].authorization).toBe('Bearer xapp-1-test-token');
});

it('acknowledges an event envelope and answers the direct message', async () => {
  const event = directMessageEvent({ user: 'U0SOCK001', channel: 'D0SOCK001', text: 'help' });
  socket.send(
    JSON.stringify({
      envelope_id: 'env-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: {
        team_id: TEAM_ID,
        api_app_id: 'A0000001',
        type: 'event_callback',
        event_id: 'EvSOCK0001',
        event_time: 1,
        authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
        event,
      },
    }),
  );
  await acked('env-1');
  await fake.waitFor(() => fake.callsOf('chat.postMessage').some((c) => c.args.channel === 'D0SOCK001' && c.result?.ok === true));
  const reply = fake.callsOf('chat.postMessage').find((c) => c.args.channel === 'D0SOCK001');
  expect(textOf(reply!)).toContain(t('en', 'cards.help.title'));
});

it('acknowledges a slash command envelope and answers in the channel', async () => {
  socket.send(
    JSON.stringify({
      envelope_id: 'env-2',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'x',
        team_id: TEAM_ID,
        team_domain: 'example',
        channel_id: 'C0SOCK002',
        channel_name: 'helpdesk',
        user_id: 'U0SOCK002',
        user_name: 'admin',
        command: '/callflow',
        text: 'PSTN call with Cloud Connector from the office',
        api_app_id: 'A0000001',
        response_url: fake.responseUrl('sock'),
        trigger_id: 'trigger-sock',
      },
    }),
  );
  await acked('env-2');
  await fake.waitFor(() => fake.callsOf('chat.postMessage').some((c) => c.args.channel === 'C0SOCK002' && c.result?.ok === true));
  const reply = fake.callsOf('chat.postMessage').find((c) => c.args.channel === 'C0SOCK002');
  expect(textOf(reply!)).toContain(t('en', 'cards.answer.title'));
});

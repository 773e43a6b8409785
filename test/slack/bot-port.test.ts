// Slack over HTTP on the bot's own port: with a signing secret and no SLACK_PORT, `npm start` serves Slack's
// requests at PORT/slack/events beside /api/messages (hosts such as App Service and Container Apps expose one
// port). Signatures are checked as on a port of its own; SLACK_PORT still gives Slack a server of its own.
import { createAdvisorBot } from '../../src/bot';
import { createBotServer, type BotServer } from '../../src/channels/botframework';
import { createSlackApp, SLACK_EVENTS_PATH, type SlackApp } from '../../src/channels/slack';
import { createLogger } from '../../src/log';
import { createRecognizer } from '../../src/nlu';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { send } from '../support/loopback-client';
import { startFakeSlackApi, type FakeSlackApi } from './support/fakeSlackApi';
import { mentionEvent, SIGNING_SECRET, slackSender } from './support/slackRequests';
import { openMemoryStorage } from '../../src/state';

jest.setTimeout(60000);

const challenge = (value: string) => JSON.stringify({ type: 'url_verification', token: 't', challenge: value });

let fake: FakeSlackApi;
beforeAll(async () => {
  fake = await startFakeSlackApi();
});
afterAll(() => fake.close());

describe('only a signing secret (and the bot token) set, no SLACK_PORT', () => {
  let advisor: BotProcess;
  beforeAll(async () => {
    advisor = await startBotProcess({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl });
    await advisor.waitForLog('slack.started');
  });
  afterAll(() => advisor.kill());

  const eventsUrl = () => `${advisor.baseUrl}${SLACK_EVENTS_PATH}`;

  it('answers a signed url_verification at PORT/slack/events, and says so at start', async () => {
    const response = await slackSender(eventsUrl()).post(challenge('challenge-on-bot-port'), 'application/json');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('challenge-on-bot-port');
    const listening = advisor.logs.find((line) => line.event === 'server.listening');
    expect(listening?.slack).toBe(eventsUrl());
    expect(await advisor.waitForLog('slack.started')).toMatchObject({ transport: 'http', endpoint: 'botServer' });
  });

  it('refuses a bad signature, a stale one and none at all with 401', async () => {
    const slack = slackSender(eventsUrl());
    expect((await slack.post(challenge('forged'), 'application/json', { secret: 'not-the-signing-secret' })).status).toBe(401);
    expect((await slack.post(challenge('stale'), 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    const unsigned = await fetch(eventsUrl(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: challenge('unsigned') });
    expect(unsigned.status).toBe(401);
  });

  it('answers a mention through the Web API, while the same port serves the Bot Framework and health checks', async () => {
    const channel = 'C0BOTPORT1';
    const ts = '1712000001.000100';
    const { response } = await slackSender(eventsUrl()).event(mentionEvent({ user: 'U0BOTPORT1', channel, text: 'help', ts }));
    expect(response.status).toBe(200);
    await fake.waitFor(() => fake.callsOf('chat.postMessage').some((c) => c.args.channel === channel && c.args.thread_ts === ts));

    expect((await fetch(`${advisor.baseUrl}/healthz`)).status).toBe(200);
    const bad = await fetch(`${advisor.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(bad.status).toBe(400);
  });

  it('does not serve the local page: Slack reaches this port from outside', async () => {
    expect((await fetch(`${advisor.baseUrl}/`)).status).toBe(404);
  });
});

describe('with SLACK_PORT', () => {
  let advisor: BotProcess;
  let url: string;
  beforeAll(async () => {
    advisor = await startBotProcess({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_PORT: '0',
      RATE_LIMIT_PER_MINUTE: '60',
      RATE_LIMIT_BURST: '3',
    });
    // It listens on every interface; this test's clients are IPv4 loopback addresses.
    const started = new URL(String((await advisor.waitForLog('slack.started')).url));
    started.hostname = '127.0.0.1';
    url = started.href;
  });
  afterAll(() => advisor.kill());

  it('serves Slack on a port of its own, and not on the bot port', async () => {
    expect(new URL(url).port).not.toBe(new URL(advisor.baseUrl).port);
    const response = await slackSender(url).post(challenge('own-port'), 'application/json');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('own-port');
    expect((await slackSender(`${advisor.baseUrl}${SLACK_EVENTS_PATH}`).post(challenge('wrong-port'), 'application/json')).status).toBe(404);
    expect((await fetch(new URL('/anything', url))).status).toBe(404);
  });

  it('throttles that port per client too, counting with the bot port', async () => {
    const from = '127.0.5.1';
    const post = (target: string) => send(target, { method: 'POST', from, headers: { 'Content-Type': 'application/json' }, body: challenge('unsigned') });
    const statuses = [(await post(`${advisor.baseUrl}/api/messages`)).status];
    for (let n = 0; n < 4; n += 1) statuses.push((await post(url)).status);
    expect(statuses).toEqual([400, 401, 401, 429, 429]);
    expect((await send(url, { method: 'POST', from: '127.0.5.2', body: challenge('unsigned') })).status).toBe(401);
  });
});

describe('before the Slack app has checked its token', () => {
  let server: BotServer;
  let app: SlackApp;
  let release: () => void;
  let started: Promise<unknown>;
  beforeAll(async () => {
    const logger = createLogger('error', () => undefined);
    const bot = createAdvisorBot({ storage: openMemoryStorage().storage, recognizer: createRecognizer(), logger });
    server = createBotServer({ bot, credentials: { kind: 'none' }, logger, port: 0, host: '127.0.0.1' });
    app = createSlackApp({ bot, logger, env: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl } });
    server.postRaw(SLACK_EVENTS_PATH, app.botServerEvents!);
    await server.listen();
    release = fake.hold('auth.test');
    started = app.start();
  });
  afterAll(async () => {
    release();
    await started;
    await app.stop();
    await server.close();
  });

  it('asks Slack to retry (503, Retry-After) until it has, then handles the same request', async () => {
    const address = server.server.address();
    const eventsUrl = `http://127.0.0.1:${address.port}${SLACK_EVENTS_PATH}`;
    const early = await slackSender(eventsUrl).post(challenge('early'), 'application/json');
    expect(early.status).toBe(503);
    expect(early.headers.get('retry-after')).toBe('5');
    release();
    await started;
    const later = await slackSender(eventsUrl).post(challenge('early'), 'application/json');
    expect(later.status).toBe(200);
    expect(await later.text()).toContain('early');
  });
});

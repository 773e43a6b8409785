// Per-client throttling as users and attackers meet it: the advisor as `npm start` runs it, several clients on
// distinct loopback addresses. A client that bursts past its limit on any public endpoint gets 429 with
// Retry-After and a JSON message in its language; another client at the same moment is served; health checks are
// never refused; the wait Retry-After names is enough. Behind proxies, X-Forwarded-For counts only as far as trusted.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createThrottle } from '../../src/channels/http';
import { t } from '../../src/i18n';
import { createLogger } from '../../src/log';
import { startFakeSlackApi, type FakeSlackApi } from '../slack/support/fakeSlackApi';
import { SIGNING_SECRET } from '../slack/support/slackRequests';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { send, type ClientRequest, type ClientResponse } from '../support/loopback-client';

jest.setTimeout(60000);
const BURST = 5;

describe('the advisor process', () => {
  let fake: FakeSlackApi;
  let advisor: BotProcess;
  beforeAll(async () => {
    fake = await startFakeSlackApi();
    advisor = await startBotProcess({
      RATE_LIMIT_PER_MINUTE: '60',
      RATE_LIMIT_BURST: String(BURST),
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      WEB_PAGE: 'on',
    });
    await advisor.waitForLog('slack.started');
  });
  afterAll(async () => {
    await advisor?.kill();
    await fake?.close();
  });

  const json = { 'Content-Type': 'application/json' };
  const ENDPOINTS: [string, ClientRequest & { path: string }][] = [
    ['Bot Framework messages', { method: 'POST', path: '/api/messages', headers: json, body: '{}' }],
    ['Slack events', { method: 'POST', path: '/slack/events', headers: json, body: '{"type":"url_verification"}' }],
    ['the page API', { method: 'POST', path: '/web/api/messages', headers: json, body: '{}' }],
    ['a new page conversation', { method: 'POST', path: '/web/api/conversations', headers: json, body: '{"locale":"en"}' }],
    ['a diagram', { path: '/diagram/en/callType-broadcast.png' }],
    ['the page', { path: '/' }],
    ['an unknown path', { path: '/wp-login.php' }],
  ];

  it.each(ENDPOINTS.map(([name, request], i) => [name, request, i] as const))(
    '%s: a burst past the limit gets 429 with Retry-After; another client is served meanwhile',
    async (_name, { path, ...request }, i) => {
      const flooder = `127.0.1.${i + 1}`;
      const bystander = `127.0.2.${i + 1}`;
      const responses: ClientResponse[] = [];
      for (let n = 0; n < BURST + 3; n += 1) responses.push(await send(`${advisor.baseUrl}${path}`, { ...request, from: flooder }));
      const statuses = responses.map((r) => r.status);
      expect(statuses.slice(0, BURST)).not.toContain(429);
      expect(statuses.slice(BURST)).toEqual([429, 429, 429]);
      const refused = responses[BURST];
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.headers['content-type']).toContain('application/json');
      expect(JSON.parse(refused.body)).toEqual({ code: 'TooManyRequests', message: t('en', 'http.tooMany', { seconds: 1 }) });

      const other = await send(`${advisor.baseUrl}${path}`, { ...request, from: bystander });
      expect(other.status).toBe(responses[0].status);
      const health = await send(`${advisor.baseUrl}/healthz`, { from: flooder });
      expect(health.status).toBe(200);
    },
  );

  it("says it in the client's language, and a request after the Retry-After wait is served", async () => {
    const from = '127.0.3.1';
    const headers = { 'Accept-Language': 'zh-TW,zh;q=0.9' };
    for (let n = 0; n < BURST; n += 1) expect((await send(`${advisor.baseUrl}/web/api/strings`, { from, headers })).status).toBe(200);
    const refused = await send(`${advisor.baseUrl}/web/api/strings`, { from, headers });
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body).message).toBe(t('zh-TW', 'http.tooMany', { seconds: 1 }));
    await new Promise((resolve) => setTimeout(resolve, Number(refused.headers['retry-after']) * 1000 + 50));
    expect((await send(`${advisor.baseUrl}/web/api/strings`, { from, headers })).status).toBe(200);
  });

  it('logs the first refusal of a run once, not every refused request', async () => {
    const from = '127.0.4.1';
    for (let n = 0; n < BURST + 20; n += 1) await send(`${advisor.baseUrl}/healthz/nope`, { from });
    const lines = advisor.logs.filter((line) => line.event === 'http.throttled' && line.client === from);
    expect(lines).toHaveLength(1);
    expect(advisor.logs.filter((line) => line.event === 'http.request' && line.status === 429)).toHaveLength(0);
  });
});

describe('behind a proxy', () => {
  let server: Server;
  let url: string;
  let hops = 0;
  beforeAll(async () => {
    const logger = createLogger('error', () => undefined);
    const gates = new Map([0, 1].map((n) => [n, createThrottle({ throttle: { kind: 'perClient', perMinute: 1, burst: 2 }, trustedProxyHops: n, logger })]));
    server = createServer((req, res) => {
      if (gates.get(hops)!(req, res)) res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const statuses = async (forwardedFor: string, count: number) => {
    const out: number[] = [];
    for (let n = 0; n < count; n += 1) out.push((await send(url, { headers: { 'X-Forwarded-For': forwardedFor } })).status);
    return out;
  };

  it('with TRUST_PROXY_HOPS=1, counts each client the proxy names, and ignores what a client prepends', async () => {
    hops = 1;
    expect(await statuses('203.0.113.7', 3)).toEqual([200, 200, 429]);
    expect(await statuses('203.0.113.8', 2)).toEqual([200, 200]);
    // The client wrote a fresh address itself; the proxy appended the real one.
    expect(await statuses('198.51.100.99, 203.0.113.7', 1)).toEqual([429]);
    expect(await statuses('198.51.100.100, 203.0.113.7:40000', 1)).toEqual([429]);
  });

  it('with no trusted proxy, a client cannot escape its limit by sending X-Forwarded-For', async () => {
    hops = 0;
    const results = [];
    for (let n = 0; n < 4; n += 1) results.push(...(await statuses(`198.51.100.${n}`, 1)));
    expect(results).toEqual([200, 200, 429, 429]);
  });
});

describe('a burst sent all at once', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const logger = createLogger('error', () => undefined);
    const gate = createThrottle({ throttle: { kind: 'perClient', perMinute: 1, burst: 5 }, trustedProxyHops: 0, logger });
    server = createServer((req, res) => {
      if (gate(req, res)) setTimeout(() => res.end('ok'), 50);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('lets exactly the burst through from one client, while two others each get theirs', async () => {
    const from = (address: string, count: number) => Array.from({ length: count }, () => send(url, { from: address }));
    const results = await Promise.all([...from('127.0.7.1', 40), ...from('127.0.7.2', 5), ...from('127.0.7.3', 5)]);
    const served = results.map((r) => r.status === 200);
    expect(served.slice(0, 40).filter(Boolean)).toHaveLength(5);
    expect(served.slice(40).every(Boolean)).toBe(true);
  });
});

// Finding 6 of issue 12, DNS rebinding: a web page on another site whose name resolves to 127.0.0.1 could drive the
// local bot and its page from the user's browser. Requests must name this server (the public host, or a loopback
// name locally); /healthz answers any name (load balancers probe by address).
import http from 'node:http';
import { startHarness, type Harness } from './harness';

function request(baseUrl: string, path: string, host: string, body?: unknown): Promise<{ status: number; body: string }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: body === undefined ? 'GET' : 'POST', headers: { Host: host, 'Content-Type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

const message = () => ({
  type: 'message',
  id: 'm1',
  channelId: 'emulator',
  serviceUrl: harness.capture.url,
  conversation: { id: 'rebind-1' },
  from: { id: 'u1' },
  recipient: { id: 'bot' },
  text: 'help',
});

it.each(['rebind.attacker.example', 'rebind.attacker.example:3978', '203.0.113.7'])('refuses a request naming %s, with a JSON body', async (host) => {
  const response = await request(harness.baseUrl, '/api/messages', host, message());
  expect(response.status).toBe(403);
  expect(JSON.parse(response.body)).toMatchObject({ code: 'Forbidden' });
  expect(harness.capture.messages('rebind-1')).toEqual([]);
});

it.each(['localhost', 'localhost:3978', '127.0.0.1:3978', '[::1]:3978', 'LOCALHOST'])('serves a request naming %s', async (host) => {
  const response = await request(harness.baseUrl, '/api/messages', host, { ...message(), conversation: { id: `ok-${host}` } });
  expect(response.status).toBe(200);
});

it('answers /healthz whatever name is used', async () => {
  expect((await request(harness.baseUrl, '/healthz', '10.1.2.3:3978')).status).toBe(200);
});

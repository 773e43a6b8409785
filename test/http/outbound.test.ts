// Finding 6 of issue 12, replies going out: a serviceUrl that accepts connections and never answers (a tarpit)
// held turns and sockets for minutes; with no app id, replies went to any serviceUrl a caller named. Now a reply
// gives up within its timeout and its socket is released, and a serviceUrl outside the allow-list gets no POST.
import * as net from 'net';
import type { Activity } from 'botbuilder';
import { activity, startHarness, type Harness } from './harness';

jest.setTimeout(60_000);

interface Tarpit {
  url: string;
  /** Connections open right now. */
  open(): number;
  /** Connections ever accepted. */
  accepted(): number;
  close(): Promise<void>;
}

/** Accepts connections, reads what arrives, and never answers. */
async function startTarpit(): Promise<Tarpit> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    open: () => sockets.size,
    accepted: () => accepted,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

async function waitUntil(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return condition();
}

describe('a serviceUrl that never answers', () => {
  let harness: Harness;
  let tarpit: Tarpit;
  beforeAll(async () => {
    tarpit = await startTarpit();
    harness = await startHarness({ kind: 'none' }, { outbound: { connectTimeoutMs: 1000, responseTimeoutMs: 1500, maxSocketsPerHost: 8 } });
  });
  afterAll(async () => {
    await harness.close();
    await tarpit.close();
  });

  it('50 turns replying to it each give up within their timeout, and every socket is released', async () => {
    const posts = Array.from({ length: 50 }, (_, i) => {
      const body: Partial<Activity> = { ...activity(harness.capture, `tarpit-${i}`, { type: 'message', text: 'help' }), serviceUrl: tarpit.url };
      return harness.post(body).then((response) => response.status);
    });
    // 50 turns, at most 8 sockets at a time, each reply waiting at most 1.5 s: well under a minute in all.
    const statuses = await Promise.all(posts);
    expect(statuses.every((status) => status < 500 || status === 502 || status === 504)).toBe(true);
    expect(tarpit.accepted()).toBeGreaterThan(0);
    expect(await waitUntil(() => tarpit.open() === 0, 5000)).toBe(true);
    expect(harness.logs.filter((l) => l.event === 'reply.failed').length).toBeGreaterThanOrEqual(50);
  });
});

describe('with no app id, replies go only to allowed serviceUrls', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ kind: 'none' }, { access: { allowedHosts: 'any', allowedServiceUrls: [{ host: 'localhost' }] } });
  });
  afterAll(() => harness.close());

  it('a serviceUrl outside the allow-list gets no POST, and the request is refused', async () => {
    const denied = { ...activity(harness.capture, 'denied-1', { type: 'message', text: 'help' }) };
    const response = await harness.post(denied);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'Forbidden' });
    expect(harness.capture.replies).toEqual([]);
  });

  it('an allowed one gets its replies', async () => {
    const allowed = { ...activity(harness.capture, 'allowed-1', { type: 'message', text: 'help' }), serviceUrl: harness.capture.url.replace('127.0.0.1', 'localhost') };
    const response = await harness.post(allowed);
    expect(response.status).toBe(200);
    expect(harness.capture.messages('allowed-1').length).toBeGreaterThan(0);
  });
});

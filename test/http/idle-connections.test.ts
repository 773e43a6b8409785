// A client that keeps its connection open between requests (the Bot Framework Connector, Slack, a reverse proxy, the
// test's own fetch) must find it still open after a pause of seconds: Node closes idle connections after 5 s, and a
// request sent on one the server is closing that instant fails with ECONNRESET. A fresh-clone CI run under load lost
// an answer that way. Each server keeps idle connections longer than the proxies in front of it (60 s is common), and
// says so in its Keep-Alive header so clients stop reusing them before it does.
import { connect, type Socket } from 'node:net';
import { HEALTH_PATH } from '../../src/channels/botframework';
import { serveOnOwnPort, type OwnServer } from '../../src/channels/slack/httpEndpoint';
import { IDLE_CONNECTION_SECONDS } from '../../src/channels/http';
import { startHarness, type Harness } from './harness';

/** Longer than Node's own 5 s, so a server left at Node's defaults has closed the connection. */
const PAUSE_MS = 6_000;

/** Sends a GET on the socket and resolves with the response head once it has arrived whole. */
function get(socket: Socket, host: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/content-length: *(\d+)/i.exec(received)?.[1] ?? 0);
      if (received.length < end + 4 + length) return;
      cleanup();
      resolve(received.slice(0, end));
    };
    const onClose = () => {
      cleanup();
      reject(new Error('the server closed the connection'));
    };
    const cleanup = () => {
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.off('error', onClose);
    };
    socket.on('data', onData);
    socket.on('close', onClose);
    socket.on('error', onClose);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: keep-alive\r\n\r\n`);
  });
}

async function pausedTwice(baseUrl: string, path: string): Promise<string[]> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  try {
    const first = await get(socket, hostname, path);
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    const second = await get(socket, hostname, path);
    return [first, second];
  } finally {
    socket.destroy();
  }
}

const statusOf = (head: string) => Number(head.split(' ')[1]);
const keepAliveSeconds = (head: string) => Number(/keep-alive: *timeout=(\d+)/i.exec(head)?.[1]);

describe('the bot server keeps an idle connection open through a pause', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness.close());

  it('answers a second request on the same connection after a pause longer than Node’s default', async () => {
    const [first, second] = await pausedTwice(harness.baseUrl, HEALTH_PATH);
    expect([statusOf(first), statusOf(second)]).toEqual([200, 200]);
    expect(keepAliveSeconds(first)).toBe(IDLE_CONNECTION_SECONDS);
  }, 30_000);
});

describe('the Slack endpoint on its own port keeps an idle connection open through a pause', () => {
  let own: OwnServer;
  beforeAll(async () => {
    own = await serveOnOwnPort(() => undefined, () => true, { port: 0, host: '127.0.0.1' });
  });
  afterAll(() => own.close());

  it('answers a second request on the same connection after a pause longer than Node’s default', async () => {
    const [first, second] = await pausedTwice(own.url, '/elsewhere');
    expect([statusOf(first), statusOf(second)]).toEqual([404, 404]);
    expect(keepAliveSeconds(first)).toBe(IDLE_CONNECTION_SECONDS);
  }, 30_000);
});

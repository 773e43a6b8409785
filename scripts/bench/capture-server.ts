// A loopback stand-in for the Bot Connector service: records every reply the bot sends, so the benchmark can check
// that no reply crossed into another conversation.
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface CaptureServer {
  url: string;
  replies: number;
  /** Replies whose body names another conversation or recipient than the conversation they were posted to. */
  crossed: number;
  close(): Promise<void>;
}

const REPLY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/;

export async function startCaptureServer(): Promise<CaptureServer> {
  const state = { replies: 0, crossed: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = REPLY_PATH.exec(req.url ?? '');
      if (req.method === 'POST' && match) {
        const conversation = decodeURIComponent(match[1]);
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          type?: string;
          conversation?: { id?: string };
          recipient?: { id?: string };
        };
        if (body.type !== 'typing') {
          state.replies++;
          // Each benchmark conversation has its own user, named after it.
          if (body.conversation?.id !== conversation || body.recipient?.id !== `u-${conversation}`) state.crossed++;
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `r${state.replies}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get replies() {
      return state.replies;
    },
    get crossed() {
      return state.crossed;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

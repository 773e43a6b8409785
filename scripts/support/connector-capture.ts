// A stand-in for the Bot Framework Connector service on loopback: the real botbuilder ConnectorClient posts the
// bot's replies here (the activities' serviceUrl), and the tests read what arrived.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface CapturedReply {
  conversationId: string;
  /** The activity replied to (`/activities/:replyTo`), absent for a new message in the conversation. */
  replyToId?: string;
  activity: Partial<Activity>;
}

export interface CaptureServer {
  /** The serviceUrl to put in posted activities. */
  url: string;
  replies: CapturedReply[];
  /** Replies in one conversation that are not typing indicators, in arrival order. */
  messages(conversationId: string): Partial<Activity>[];
  close(): Promise<void>;
}

const ACTIVITY_ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

export async function startCaptureServer(): Promise<CaptureServer> {
  const replies: CapturedReply[] = [];
  let sequence = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const route = ACTIVITY_ROUTE.exec(req.url ?? '');
      if (req.method !== 'POST' || !route) {
        res.statusCode = 404;
        res.end();
        return;
      }
      replies.push({
        conversationId: decodeURIComponent(route[1]),
        replyToId: route[2] === undefined ? undefined : decodeURIComponent(route[2]),
        activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>,
      });
      sequence += 1;
      // Plain node http calls only: restify, loaded in the same process, patches ServerResponse's writeHead.
      res.statusCode = 200;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ id: `reply-${sequence}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    replies,
    messages: (conversationId) =>
      replies.filter((r) => r.conversationId === conversationId && r.activity.type !== 'typing').map((r) => r.activity),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

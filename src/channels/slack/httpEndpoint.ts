// The HTTP side of the Slack app's transport: Bolt's receiver checks each request's signature and runs the
// listeners; this decides when it may (after the app has initialized) and, with SLACK_PORT, serves it on a server
// of its own behind the same per-client throttling as the bot's server.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepIdleConnections, type RequestGate } from '../http';
import { SLACK_EVENTS_PATH } from './settings';

/** Seconds Slack is asked to wait when a request comes before the app is ready (Slack retries events anyway). */
const NOT_READY_RETRY_SECONDS = 5;

/** Until `isReady()`, requests get 503 with Retry-After: the listeners need the app's identity from auth.test. */
export function whenReady(listener: RequestListener, isReady: () => boolean): RequestListener {
  return (req, res) => {
    if (isReady()) return listener(req, res);
    res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': String(NOT_READY_RETRY_SECONDS) });
    res.end(JSON.stringify({ code: 'ServiceUnavailable', message: 'The Slack app is starting.' }));
  };
}

export interface OwnServer {
  url: string;
  close(): Promise<void>;
}

/** POST /slack/events on a port of its own; the gate decides first, as on the bot's server; anything else is 404. */
export function serveOnOwnPort(listener: RequestListener, gate: RequestGate, listen: { port: number; host?: string }): Promise<OwnServer> {
  const server: Server = createServer((req, res) => {
    if (!gate(req, res)) return;
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'POST' && path === SLACK_EVENTS_PATH) return listener(req, res);
    res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ code: 'ResourceNotFound', message: `${path} does not exist` }));
  });
  keepIdleConnections(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.removeListener('error', reject);
      const address = server.address() as AddressInfo;
      // Every interface ('::' or '0.0.0.0'): show an address one can connect to.
      const unspecified = address.address === '::' || address.address === '0.0.0.0';
      const host = unspecified ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${host}:${address.port}${SLACK_EVENTS_PATH}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

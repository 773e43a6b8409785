// How long a server keeps a client's idle connection open. Node closes it after 5 s; a client reusing it the instant
// the server closes it gets ECONNRESET and loses the request (seen under load: a whole answer lost). Proxies and load
// balancers in front of a server commonly keep idle connections 60 s, so the server must keep them longer than that,
// and its Keep-Alive header tells clients that read it (fetch does) when to stop reusing them.
import type { Server } from 'node:http';

export const IDLE_CONNECTION_SECONDS = 65;

export function keepIdleConnections(server: Server): void {
  server.keepAliveTimeout = IDLE_CONNECTION_SECONDS * 1000;
  // The time allowed for a request's headers must outlast the keep-alive, or Node closes the connection first.
  server.headersTimeout = (IDLE_CONNECTION_SECONDS + 1) * 1000;
}

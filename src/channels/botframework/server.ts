// The restify server the Bot Framework channel lives on. Other channels (the local web page) add their routes to
// the same server before it listens.
import type { RequestListener } from 'node:http';
import type { ActivityHandler } from 'botbuilder';
import restify, { type Server } from 'restify';
import { DEFAULT_OUTBOUND, type AccessSettings, type BotCredentials, type OutboundSettings } from '../../config';
import { isWildcardHost } from '../../hosts';
import type { Logger } from '../../log';
import { keepIdleConnections, type RequestGate } from '../http';
import { allowList, defaultAccess, hostCheck } from './access';
import { createAdapter, type ChannelAdapter } from './adapter';
import { jsonBody } from './body';
import { healthHandler, type HealthCheck } from './health';
import { messagesHandler } from './messages';
import { OutboundHttpClient } from './outbound';

export const MESSAGES_PATH = '/api/messages';
export const HEALTH_PATH = '/healthz';

export interface BotServerOptions {
  bot: ActivityHandler;
  credentials: BotCredentials;
  logger: Logger;
  port: number;
  /** The interface to listen on; `undefined` listens on every interface. */
  host?: string;
  /** Decides first on every request but the health check (per-client throttling); none: every request goes on. */
  gate?: RequestGate;
  /** The state store's health, reported on /healthz. */
  health?: HealthCheck;
  /** Timeouts and per-host connections of replies; defaults otherwise. */
  outbound?: OutboundSettings;
  /** Host names requests may name and where replies may go; this machine's names only otherwise. */
  access?: AccessSettings;
}

export interface BotServer {
  server: Server;
  adapter: ChannelAdapter;
  /** Serves POST `path` with a plain Node listener that reads the body itself (Slack's receiver, on this port). */
  postRaw(path: string, listener: RequestListener): void;
  /** Starts listening; resolves with the base URL (`http://host:port`), the real port when 0 was asked for. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** One line per request, with the route's path rather than the URL, so query strings never reach the log. */
function logRequests(server: Server, logger: Logger): void {
  server.on('after', (req: restify.Request, res: restify.Response, route: restify.Route | null, error?: Error) => {
    const fields = {
      method: req.method,
      route: route?.spec.path ?? 'unmatched',
      status: res.statusCode,
      durationMs: Date.now() - req.time(),
      ...(error ? { errorName: error.name } : {}),
    };
    if (res.statusCode >= 500) logger.error('http.request', fields);
    // Throttled requests: the throttle logs the first of each run, so a flood does not flood the log.
    else if (res.statusCode === 429) logger.debug('http.request', fields);
    else if (res.statusCode >= 400) logger.warn('http.request', fields);
    else logger.info('http.request', fields);
  });
}

function baseUrl(server: Server, host: string | undefined): string {
  const address = server.address();
  const shownHost = host === undefined || isWildcardHost(host) ? 'localhost' : host;
  return `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`;
}

export function createBotServer(options: BotServerOptions): BotServer {
  const { bot, credentials, logger, port, host, gate } = options;
  const access = options.access ?? defaultAccess(credentials);
  const serviceUrls = allowList(access.allowedServiceUrls);
  const outbound = new OutboundHttpClient(options.outbound ?? DEFAULT_OUTBOUND, serviceUrls);
  const adapter = createAdapter(credentials, outbound, logger);
  const server = restify.createServer({ name: 'callflow-advisor' });
  keepIdleConnections(server.server);
  logRequests(server, logger);
  if (gate) {
    // Before routing, so unknown paths count too; health probes come from the platform and are never refused.
    server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
      if (req.getPath() === HEALTH_PATH || gate(req, res)) return next();
      return next(false);
    });
  }
  server.pre(hostCheck(access, logger));

  server.post(MESSAGES_PATH, ...jsonBody(), messagesHandler(adapter, bot, serviceUrls, logger));
  server.get(HEALTH_PATH, healthHandler(options.health));

  return {
    server,
    adapter,
    postRaw: (path, listener) => {
      // Resolved when the response is done, so restify logs the request like any other.
      server.post(path, async (req: restify.Request, res: restify.Response) => {
        await new Promise<void>((resolve) => {
          res.once('close', () => resolve());
          listener(req, res);
        });
      });
    },
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        const ready = () => {
          server.removeListener('error', reject);
          resolve(baseUrl(server, host));
        };
        if (host === undefined) server.listen(port, ready);
        else server.listen(port, host, ready);
      }),
    close: () =>
      new Promise((resolve) => {
        outbound.close();
        server.close(() => resolve());
      }),
  };
}

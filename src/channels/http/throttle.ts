// Per-client request throttling in front of every public endpoint: a client over its limit gets 429 with
// Retry-After and a message in its language, before anything else is done for the request; other clients are not
// affected.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Throttle } from '../../config';
import { t } from '../../i18n';
import type { Logger } from '../../log';
import { clientAddress, clientKey } from './clientAddress';
import { acceptLanguageLocale } from './locale';
import { createRateLimiter } from './rateLimiter';

/** Lets a request through (true), or answers it itself (false). */
export type RequestGate = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface ThrottleOptions {
  throttle: Throttle;
  /** Proxies in front whose X-Forwarded-For entries are believed (see clientAddress). */
  trustedProxyHops: number;
  logger: Logger;
  now?: () => number;
}

function refuse(req: IncomingMessage, res: ServerResponse, retryAfterMs: number): void {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const body = JSON.stringify({ code: 'TooManyRequests', message: t(acceptLanguageLocale(req.headers), 'http.tooMany', { seconds }) });
  res.writeHead(429, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Retry-After': String(seconds),
  });
  res.end(body);
}

/** One gate for every server of the process, so a client's requests count together whichever port they reach. */
export function createThrottle({ throttle, trustedProxyHops, logger, now }: ThrottleOptions): RequestGate {
  switch (throttle.kind) {
    case 'off':
      return () => true;
    case 'perClient': {
      const limiter = createRateLimiter({ perMinute: throttle.perMinute, burst: throttle.burst, now });
      return (req, res) => {
        const client = clientKey(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustedProxyHops));
        const admission = limiter.take(client);
        if (admission.allowed) return true;
        // Once per run of refusals: a flood must not flood the log too.
        if (admission.firstRefusal) logger.warn('http.throttled', { client, retryAfterMs: admission.retryAfterMs });
        refuse(req, res, admission.retryAfterMs);
        return false;
      };
    }
  }
}

// Who may reach the bot and where it may answer. A request must name this server in its Host header (a page on
// another site that rebinds its name to this machine names itself, and is refused), except /healthz, which load
// balancers probe by address, and Slack's events, which Slack signs (a browser page cannot). Without an app id
// nobody is authenticated, so replies go only to allowed serviceUrls (loopback by default, where the Bot
// Framework Emulator listens).
import type { Next, Request, Response } from 'restify';
import { defaultServiceUrls, type AccessSettings, type BotCredentials } from '../../config';
import { t } from '../../i18n';
import type { Logger } from '../../log';
import { headerLocale, refuse } from './body';
import { HostAllowList } from '../../hosts';
import { SLACK_EVENTS_PATH } from '../slack/settings';

/** Local use: this machine's names only, both ways. */
export function defaultAccess(credentials: BotCredentials): AccessSettings {
  return { allowedHosts: ['loopback'], allowedServiceUrls: defaultServiceUrls(credentials) };
}

export function allowList(patterns: AccessSettings['allowedHosts']): HostAllowList | undefined {
  return patterns === 'any' ? undefined : new HostAllowList(patterns);
}

/** Paths any Host may reach. */
const ANY_HOST_PATHS = new Set(['/healthz', SLACK_EVENTS_PATH]);

export function hostCheck(settings: AccessSettings, logger: Logger) {
  const allowed = allowList(settings.allowedHosts);
  return (req: Request, res: Response, next: Next): void => {
    if (!allowed || ANY_HOST_PATHS.has(req.path()) || allowed.allowsHostHeader(req.headers.host)) return next();
    logger.warn('http.hostRefused', { method: req.method, path: req.path() });
    refuse(res, next, 403, 'Forbidden', t(headerLocale(req), 'access.unknownHost'));
  };
}

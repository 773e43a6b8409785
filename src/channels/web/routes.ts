// registerWebChannel(): the local web page on the bot's restify server. GET / is the page; its JSON endpoints run
// the same advisor bot in process (POST /web/api/conversations starts one, POST /web/api/messages is a turn). The
// diagrams its cards show are served by registerDiagramRoute, which runs whether or not the page does.
import type { Request, Response, Server } from 'restify';
import { createAdvisorBot, handleTurnError } from '../../bot';
import { LOCALE_LIST, t } from '../../i18n';
import type { Logger } from '../../log';
import type { Recognizer } from '../../nlu/types';
import type { StateStorage } from '../../state';
import { headerLocale, jsonBody } from '../botframework/body';
import { WebAdapter } from './adapter';
import { PAGE_FILES, pageAsset, RENDERER_PATH, rendererAsset, type Asset } from './assets';
import { WebConversations } from './conversations';
import { RecentReplies } from './replies';
import { checkMessage, requestLocale } from './request';
import { pageStrings } from './strings';

export const CONVERSATIONS_PATH = '/web/api/conversations';
export const WEB_MESSAGES_PATH = '/web/api/messages';
export const STRINGS_PATH = '/web/api/strings';

export interface WebChannelDeps {
  storage: StateStorage;
  recognizer: Recognizer;
  logger: Logger;
}

/** The page may run only its own scripts; Adaptive Cards sets inline styles, and diagrams are same-origin images. */
const PAGE_SECURITY = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function sendAsset(res: Response, asset: Asset | undefined, missing: string): void {
  if (!asset) {
    res.send(500, { code: 'InternalError', message: missing });
    return;
  }
  res.writeHead(200, { 'Content-Type': asset.contentType, 'Content-Length': asset.body.length, 'Cache-Control': 'no-cache', ...PAGE_SECURITY });
  res.end(asset.body);
}

export function registerWebChannel(server: Server, deps: WebChannelDeps): void {
  const { logger } = deps;
  // The page's cards point at diagrams on this same server: relative URLs work whatever host name the browser used.
  const bot = createAdvisorBot({ storage: deps.storage, recognizer: deps.recognizer, logger, publicBaseUrl: '' });
  const adapter = new WebAdapter();
  adapter.onTurnError = (context, error) => handleTurnError(context, error, logger);
  const conversations = new WebConversations(adapter, bot);
  const recentReplies = new RecentReplies();

  for (const path of Object.keys(PAGE_FILES)) {
    server.get(path, async (_req: Request, res: Response) => sendAsset(res, pageAsset(path), t('en', 'web.errors.pageMissing')));
  }
  server.get(RENDERER_PATH, async (_req: Request, res: Response) => sendAsset(res, rendererAsset(), t('en', 'web.errors.rendererMissing')));
  server.get(STRINGS_PATH, async (_req: Request, res: Response) => {
    res.send(200, Object.fromEntries(LOCALE_LIST.map((locale) => [locale, pageStrings(locale)])));
  });

  server.post(CONVERSATIONS_PATH, ...jsonBody(), async (req: Request, res: Response) => {
    try {
      res.send(200, await conversations.start(requestLocale(req.body, headerLocale(req))));
    } catch (error) {
      logger.error('web.start.failed', { error });
      res.send(500, { code: 'InternalError', message: t(requestLocale(req.body, headerLocale(req)), 'dialog.turnError') });
    }
  });

  server.post(WEB_MESSAGES_PATH, ...jsonBody(), async (req: Request, res: Response) => {
    const checked = checkMessage(req.body, headerLocale(req));
    if (!checked.ok) {
      res.send(400, { code: 'BadRequest', message: t(checked.locale, `web.errors.${checked.problem}`, checked.params) });
      return;
    }
    const message = checked.value;
    try {
      const turn = () => conversations.send(message);
      const activities = message.messageId === undefined ? await turn() : await recentReplies.once(message.conversationId, message.messageId, turn);
      res.send(200, { activities });
    } catch (error) {
      logger.error('web.turn.failed', { error });
      res.send(500, { code: 'InternalError', message: t(checked.value.locale, 'dialog.turnError') });
    }
  });
}

// Reading request bodies: a size cap and JSON parsing, shared by every route that accepts a JSON POST.
import restify, { type Next, type Request, type RequestHandler, type Response } from 'restify';
import { t, type Locale } from '../../i18n';
import { acceptLanguageLocale } from '../http/locale';

/**
 * 256 KiB: the Bot Framework Service refuses activities larger than 262,144 bytes ("MessageSizeTooBig"), so no
 * genuine activity is bigger; Teams' own cap on a message is about 100 KB. Anything larger is refused with 413
 * before it is parsed.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** Ends the request with an error in restify's own shape ({code, message}) and stops the handler chain. */
export function refuse(res: Response, next: Next, status: number, code: string, message: string): void {
  res.send(status, { code, message });
  next(false);
}

/** The language of a refusal sent before the body is read, so before any locale field in it. */
export function headerLocale(req: Request): Locale {
  return acceptLanguageLocale(req.headers);
}

const tooLarge = (req: Request) => t(headerLocale(req), 'http.tooLarge', { limit: MAX_BODY_BYTES, kib: MAX_BODY_BYTES / 1024 });

/**
 * restify inflates gzip bodies without counting the inflated bytes, so a small compressed body could still fill
 * memory. No Bot Framework channel compresses what it posts, so only identity bodies are read.
 */
function refuseEncodedBodies(req: Request, res: Response, next: Next): void {
  const encoding = req.header('content-encoding', 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return next();
  return refuse(res, next, 415, 'UnsupportedMediaType', t(headerLocale(req), 'http.encoded'));
}

/** Refuses a declared oversized body at once, instead of reading it all first. */
function refuseDeclaredOversize(req: Request, res: Response, next: Next): void {
  if (req.getContentLength() > MAX_BODY_BYTES) {
    return refuse(res, next, 413, 'PayloadTooLarge', tooLarge(req));
  }
  return next();
}

/** restify's own refusals, said again in the request's language (its messages are English and name parser internals). */
const RESTIFY_REFUSALS: Record<string, { status: number; code: string; message: (req: Request) => string }> = {
  PayloadTooLargeError: { status: 413, code: 'PayloadTooLarge', message: tooLarge },
  InvalidContentError: { status: 400, code: 'InvalidContent', message: (req) => t(headerLocale(req), 'http.badJson') },
};

function localized(handler: RequestHandler): RequestHandler {
  return (req, res, next) =>
    handler(req, res, ((error?: unknown) => {
      const refusal = error instanceof Error ? RESTIFY_REFUSALS[error.name] : undefined;
      if (!refusal) return next(error as Error);
      return refuse(res, next, refusal.status, refusal.code, refusal.message(req));
    }) as Next);
}

/**
 * The handlers to put before a JSON route: 413 over the cap (declared or counted while reading), 415 for
 * compressed bodies, 400 for malformed JSON, each with a message in the request's language. Without a JSON
 * content type the body is left unparsed, and the route refuses it.
 */
export function jsonBody(): RequestHandler[] {
  return [
    refuseEncodedBodies,
    refuseDeclaredOversize,
    localized(restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES })),
    // bodyReader: true says the body is already read (above, with the cap).
    ...restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }).map(localized),
  ];
}

// Reading request bodies: a size cap and JSON parsing, shared by every route that accepts a JSON POST.
import restify, { type Next, type Request, type RequestHandler, type Response } from 'restify';

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

/**
 * restify inflates gzip bodies without counting the inflated bytes, so a small compressed body could still fill
 * memory. No Bot Framework channel compresses what it posts, so only identity bodies are read.
 */
function refuseEncodedBodies(req: Request, res: Response, next: Next): void {
  const encoding = req.header('content-encoding', 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return next();
  return refuse(res, next, 415, 'UnsupportedMediaType', `Content-Encoding ${encoding} is not accepted`);
}

/** Refuses a declared oversized body at once, instead of reading it all first. */
function refuseDeclaredOversize(req: Request, res: Response, next: Next): void {
  if (req.getContentLength() > MAX_BODY_BYTES) {
    return refuse(res, next, 413, 'PayloadTooLarge', `Request body size exceeds ${MAX_BODY_BYTES}`);
  }
  return next();
}

/**
 * The handlers to put before a JSON route: 413 over the cap (declared or counted while reading), 415 for
 * compressed bodies, 400 for malformed JSON (restify's InvalidContentError). Without a JSON content type the body
 * is left unparsed, and the route refuses it.
 */
export function jsonBody(): RequestHandler[] {
  return [
    refuseEncodedBodies,
    refuseDeclaredOversize,
    restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }),
    // bodyReader: true says the body is already read (above, with the cap).
    ...restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }),
  ];
}

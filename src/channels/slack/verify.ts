// Slack signs each request with its timestamp, and a signed request is only as fresh as that timestamp. Bolt
// refuses one older than five minutes but takes one from any time ahead, which a captured request signed with a
// future date would exploit; this refuses both, before Bolt checks the signature.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../log';

/** Slack's own window for X-Slack-Request-Timestamp, either way. */
export const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

/** Why a request's timestamp is not acceptable now, or undefined when it is (or absent: the signature check refuses that). */
export function timestampProblem(header: string | string[] | undefined, nowMs = Date.now()): 'malformed' | 'stale' | 'future' | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  if (!/^\d{1,12}$/.test(value ?? '')) return 'malformed';
  const skew = Number(value) - Math.floor(nowMs / 1000);
  if (skew < -TIMESTAMP_WINDOW_SECONDS) return 'stale';
  if (skew > TIMESTAMP_WINDOW_SECONDS) return 'future';
  return undefined;
}

/** The receiver, refusing with 401 every request whose timestamp is outside the window. */
export function withTimestampWindow(receiver: HTTPReceiver, logger: Logger): HTTPReceiver {
  const boltListener = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const problem = timestampProblem(req.headers['x-slack-request-timestamp']);
    if (!problem) return boltListener(req, res);
    logger.warn('slack.request.refused', { problem: `X-Slack-Request-Timestamp is ${problem}` });
    req.resume();
    res.statusCode = 401;
    res.end();
  };
  return receiver;
}

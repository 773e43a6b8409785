// Slack delivers some requests more than once: an event it thinks went unanswered comes again with the same
// event_id (X-Slack-Retry-Num), and a slash command or a button click can arrive again with the same trigger_id
// (a retry on the way, or a captured request replayed within the signature's five minutes). Remembering what was
// seen recently makes a repeat a no-op; the memory stays bounded by count and by age.
import { createHash } from 'node:crypto';
import type { Logger } from '../../log';

export interface Deduper {
  /** True the first time a key is seen (within the window); false for a repeat. */
  firstSeen(key: string): boolean;
}

export interface DedupeOptions {
  /** How many keys are remembered at most (the oldest are forgotten first). */
  maxIds?: number;
  /** How long a key is remembered; Slack's last retry comes about five minutes after the event. */
  ttlMs?: number;
  now?: () => number;
}

export function createDeduper({ maxIds = 10_000, ttlMs = 30 * 60_000, now = Date.now }: DedupeOptions = {}): Deduper {
  // A Map iterates in insertion order, so its first entries are the oldest.
  const seen = new Map<string, number>();
  const forgetOld = (time: number) => {
    for (const [key, at] of seen) {
      if (seen.size <= maxIds && time - at < ttlMs) break;
      seen.delete(key);
    }
  };
  return {
    firstSeen(key) {
      const time = now();
      forgetOld(time);
      if (seen.has(key)) return false;
      seen.set(key, time);
      forgetOld(time);
      return true;
    },
  };
}

/**
 * The key a delivery is known by: its trigger (Slack makes one per command and per click), or, for a body without
 * one, the body itself.
 */
export function deliveryKey(kind: string, trigger: string | undefined, body: unknown): string {
  return `${kind}:${trigger || createHash('sha256').update(JSON.stringify(body)).digest('base64url')}`;
}

/** Whether to handle a delivery: false (and logged) when it was handled already. */
export function firstDelivery(dedupe: Deduper, logger: Logger, key: string, fields: Record<string, unknown> = {}): boolean {
  if (dedupe.firstSeen(key)) return true;
  logger.info('slack.duplicateIgnored', { kind: key.slice(0, key.indexOf(':')), ...fields });
  return false;
}

// Slack retries an event it thinks went unanswered (X-Slack-Retry-Num), with the same event_id. Remembering the
// ids seen recently makes a retry a no-op; the memory stays bounded by count and by age.

export interface EventDeduper {
  /** True the first time an id is seen (within the window); false for a repeat. */
  firstSeen(eventId: string): boolean;
}

export interface DedupeOptions {
  /** How many ids are remembered at most (the oldest are forgotten first). */
  maxIds?: number;
  /** How long an id is remembered; Slack's last retry comes about five minutes after the event. */
  ttlMs?: number;
  now?: () => number;
}

export function createEventDeduper({ maxIds = 10_000, ttlMs = 30 * 60_000, now = Date.now }: DedupeOptions = {}): EventDeduper {
  // A Map iterates in insertion order, so its first entries are the oldest.
  const seen = new Map<string, number>();
  const forgetOld = (time: number) => {
    for (const [id, at] of seen) {
      if (seen.size <= maxIds && time - at < ttlMs) break;
      seen.delete(id);
    }
  };
  return {
    firstSeen(eventId) {
      const time = now();
      forgetOld(time);
      if (seen.has(eventId)) return false;
      seen.set(eventId, time);
      forgetOld(time);
      return true;
    },
  };
}

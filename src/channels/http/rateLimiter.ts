// Token buckets per client: each client may send `burst` requests at once, then `perMinute` a minute. Memory stays
// bounded however many addresses call.

export type Admission = { allowed: true } | { allowed: false; retryAfterMs: number; firstRefusal: boolean };

export interface RateLimiter {
  /** Spends one token of `key`'s bucket, or says how long until there is one. */
  take(key: string): Admission;
  /** How many clients are being tracked (for tests of the bound). */
  readonly size: number;
}

export interface RateLimiterOptions {
  perMinute: number;
  burst: number;
  /** Clients tracked at most; past it the least recently seen are forgotten (they start again with a full bucket). */
  maxClients?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
  /** Whether the last request was refused: the first refusal of a run is the one worth logging. */
  refusing: boolean;
}

export function createRateLimiter({ perMinute, burst, maxClients = 100_000, now = Date.now }: RateLimiterOptions): RateLimiter {
  const perMs = perMinute / 60_000;
  // A Map iterates in insertion order; re-inserting on every request keeps the least recently seen first.
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, time: number) => {
    bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.at) * perMs);
    bucket.at = time;
  };

  const makeRoom = () => {
    // O(1) whatever the load: the least recently seen client goes (if it comes back, it starts with a full bucket).
    const oldest = buckets.keys().next();
    if (buckets.size >= maxClients && !oldest.done) buckets.delete(oldest.value);
  };

  return {
    take(key) {
      const time = now();
      let bucket = buckets.get(key);
      if (bucket) {
        buckets.delete(key);
        refill(bucket, time);
      } else {
        makeRoom();
        bucket = { tokens: burst, at: time, refusing: false };
      }
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        bucket.refusing = false;
        return { allowed: true };
      }
      const firstRefusal = !bucket.refusing;
      bucket.refusing = true;
      return { allowed: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / perMs), firstRefusal };
    },
    get size() {
      return buckets.size;
    },
  };
}

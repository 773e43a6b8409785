// The token bucket behind per-client throttling, on a clock the test moves: bursts, refill, the wait it reports,
// one bucket per client, and memory bounded however many clients call.
import { createRateLimiter } from '../../src/channels/http';

function limiter(perMinute: number, burst: number, maxClients?: number) {
  let time = 1_000_000;
  const rate = createRateLimiter({ perMinute, burst, maxClients, now: () => time });
  return { rate, advance: (ms: number) => (time += ms) };
}

/** How many of `count` requests from `key` are let through right now. */
function allowed(rate: ReturnType<typeof createRateLimiter>, key: string, count: number): number {
  let passed = 0;
  for (let i = 0; i < count; i += 1) if (rate.take(key).allowed) passed += 1;
  return passed;
}

it('lets a burst through, then refuses and says how long until the next token', () => {
  const { rate } = limiter(60, 5);
  expect(allowed(rate, 'a', 5)).toBe(5);
  expect(rate.take('a')).toEqual({ allowed: false, retryAfterMs: 1000, firstRefusal: true });
  expect(rate.take('a')).toEqual({ allowed: false, retryAfterMs: 1000, firstRefusal: false });
});

it('refills at the configured rate and never above the burst', () => {
  const { rate, advance } = limiter(60, 5);
  allowed(rate, 'a', 5);
  advance(2500);
  expect(allowed(rate, 'a', 10)).toBe(2);
  const refused = rate.take('a');
  expect(refused.allowed).toBe(false);
  expect(!refused.allowed && refused.retryAfterMs).toBe(500);
  advance(60 * 60_000);
  expect(allowed(rate, 'a', 10)).toBe(5);
});

it('counts every client on its own: a client over its limit does not slow another', () => {
  const { rate } = limiter(60, 3);
  expect(allowed(rate, 'flood', 100)).toBe(3);
  expect(allowed(rate, 'quiet', 3)).toBe(3);
});

it('marks only the first refusal of a run, so the log gets one line per run', () => {
  const { rate, advance } = limiter(60, 1);
  rate.take('a');
  const firsts = [rate.take('a'), rate.take('a'), rate.take('a')].map((r) => !r.allowed && r.firstRefusal);
  expect(firsts).toEqual([true, false, false]);
  advance(1000);
  expect(rate.take('a').allowed).toBe(true);
  expect(rate.take('a')).toMatchObject({ allowed: false, firstRefusal: true });
});

it('tracks at most maxClients, forgetting the least recently seen first', () => {
  const { rate } = limiter(60, 2, 1000);
  allowed(rate, 'regular', 2);
  for (let i = 0; i < 999; i += 1) rate.take(`client-${i}`);
  // `regular` is seen again: it becomes the most recent, and is still out of tokens.
  expect(rate.take('regular').allowed).toBe(false);
  for (let i = 0; i < 50_000; i += 1) rate.take(`spoofed-${i}`);
  expect(rate.size).toBe(1000);
});

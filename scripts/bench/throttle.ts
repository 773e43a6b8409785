// The cost of per-client throttling, which every request pays: deciding who the client is and spending a token, and
// the memory of tracking the most clients it keeps (its bound).
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { performance } from 'perf_hooks';
import { clientAddress, clientKey, createRateLimiter } from '../../src/channels/http';
import { round } from './stats';

const REQUESTS = 1_000_000;
const MAX_CLIENTS = 100_000;

function collectGarbage(): void {
  setFlagsFromString('--expose_gc');
  (runInNewContext('gc') as () => void)();
}

export function runThrottleBench(): Record<string, number> {
  const limiter = createRateLimiter({ perMinute: 300, burst: 100 });
  const start = performance.now();
  for (let i = 0; i < REQUESTS; i += 1) {
    // 50,000 clients behind one trusted proxy, IPv6 and IPv4 mixed.
    const forwarded = i % 2 === 0 ? `2001:db8:${(i % 25_000).toString(16)}::1` : `198.51.${i % 250}.${i % 100}`;
    limiter.take(clientKey(clientAddress('::ffff:10.0.0.2', `203.0.113.9, ${forwarded}`, 1)));
  }
  const perRequestNs = ((performance.now() - start) * 1e6) / REQUESTS;

  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const full = createRateLimiter({ perMinute: 300, burst: 100, maxClients: MAX_CLIENTS });
  for (let i = 0; i < MAX_CLIENTS * 3; i += 1) full.take(`2001:db8:${i.toString(16)}::/64`);
  collectGarbage();
  const heapMiB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  return { decisionPerRequestNs: round(perRequestNs, 0), trackedClientsAtBound: full.size, heapAtBoundMiB: round(heapMiB, 1) };
}

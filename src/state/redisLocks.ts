// Turn locks across instances: after its own instance's queue, a turn takes a short lease per key in Redis
// (SET NX PX), renewed while the turn runs, released when it ends. A lease that ran out (a stalled process) is
// not trusted: the commit checks, in the same script, that the turn still holds every lease (fencing), and the
// records' eTags make any other late write fail too, so a conflict is never silent.
import { ConversationBusyError } from './errors';
import { lockOrder, type LocalLocks, type Lease, type TurnLocks } from './locks';
import { newETag } from './records';
import type { RedisConnection } from './redisConnection';

export interface LeaseTimings {
  /** How long a lease lasts unless renewed: how long a crashed instance can hold up a conversation. */
  leaseMs: number;
  /** How often a running turn renews its leases. */
  renewMs: number;
}

export const DEFAULT_LEASE_TIMINGS: LeaseTimings = { leaseMs: 6000, renewMs: 2000 };

const RELEASE = `
local released = 0
for _, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then released = released + redis.call('DEL', key) end
end
return released`;

const RENEW = `
local renewed = 0
for _, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then renewed = renewed + redis.call('PEXPIRE', key, ARGV[2]) end
end
return renewed`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RedisLocks implements TurnLocks {
  constructor(
    private readonly redis: RedisConnection,
    private readonly local: LocalLocks,
    private readonly timings: LeaseTimings = DEFAULT_LEASE_TIMINGS,
  ) {}

  hold<T>(keys: readonly string[], work: (lease: Lease) => Promise<T>): Promise<T> {
    const deadline = this.local.deadline();
    return this.local.holdLocally(keys, deadline, async () => {
      const token = newETag();
      const held: string[] = [];
      try {
        for (const key of lockOrder(keys)) {
          const lockKey = `${this.redis.prefix}lock:${key}`;
          await this.acquire(lockKey, token, deadline);
          held.push(lockKey);
        }
        const renewal = setInterval(() => void this.renew(held, token), this.timings.renewMs);
        renewal.unref();
        try {
          return await work({ fence: new Map(held.map((lockKey) => [lockKey, token])) });
        } finally {
          clearInterval(renewal);
        }
      } finally {
        // When Redis cannot be told, the leases run out by themselves.
        if (held.length > 0) await this.redis.run('unlock', () => this.redis.client.eval(RELEASE, { keys: held, arguments: [token] })).catch(() => undefined);
      }
    });
  }

  /** Waits for the lease on `lockKey`, polling with a growing, jittered pause (a turn usually takes milliseconds). */
  private async acquire(lockKey: string, token: string, deadline: number): Promise<void> {
    for (let pause = 5; ; pause = Math.min(pause * 1.5, 100)) {
      const set = await this.redis.run('lock', () =>
        this.redis.client.set(lockKey, token, { condition: 'NX', expiration: { type: 'PX', value: this.timings.leaseMs } }),
      );
      if (set === 'OK') return;
      if (Date.now() + pause > deadline) throw new ConversationBusyError('Waited too long for the turn before this one (on another instance)');
      await sleep(pause * (0.5 + Math.random()));
    }
  }

  private async renew(held: string[], token: string): Promise<void> {
    try {
      const renewed = await this.redis.run('renewLock', () =>
        this.redis.client.eval(RENEW, { keys: held, arguments: [token, String(this.timings.leaseMs)] }),
      );
      if (renewed !== held.length) this.redis.logger.warn('storage.lock.lost', { held: held.length, renewed });
    } catch (error) {
      this.redis.logger.warn('storage.lock.renewFailed', { error });
    }
  }
}

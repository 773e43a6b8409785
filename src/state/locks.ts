// One conversation's turns never interleave: a turn holds the locks of the state it reads and writes (its
// conversation's and its user's) from before it reads until after its replies are out. In one process a FIFO queue
// per key does it, so turns run in the order their messages arrived; across instances Redis adds a lease on top
// (redisLocks.ts).
import { ConversationBusyError } from './errors';
import type { Fence } from './records';

export interface Lease {
  /** The tokens of the cross-instance locks held, by lock key (empty in one process): commits are made under them. */
  readonly fence: Fence;
}

export interface TurnLocks {
  /** Runs `work` holding the locks of `keys` (in a fixed order, so two turns never wait for each other in a circle). */
  hold<T>(keys: readonly string[], work: (lease: Lease) => Promise<T>): Promise<T>;
}

export interface LockTimings {
  /** How long a turn waits for the turns before it in its conversation before it gives up (ConversationBusyError). */
  waitMs: number;
}

export const DEFAULT_LOCK_TIMINGS: LockTimings = { waitMs: 20_000 };

const NO_FENCE: Lease = { fence: new Map() };

/** The locks' keys, each once, in the order every turn takes them. */
export function lockOrder(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort();
}

/**
 * A FIFO queue per key: each waiter chains on the one before it. A waiter that gives up still passes its turn on
 * as soon as its predecessor is done, so the queue never stalls; a key with nobody waiting is forgotten.
 */
export class LocalLocks implements TurnLocks {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly timings: LockTimings = DEFAULT_LOCK_TIMINGS) {}

  /** Waits for `key` until `deadline`; resolves with the function that releases it. */
  acquire(key: string, deadline: number): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    const releaseKey = () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
    return new Promise((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(new ConversationBusyError(`Waited ${this.timings.waitMs} ms for the turn before this one`));
      }, Math.max(0, deadline - Date.now()));
      timer.unref();
      void previous.then(() => {
        clearTimeout(timer);
        if (gaveUp) releaseKey();
        else resolve(releaseKey);
      });
    });
  }

  async hold<T>(keys: readonly string[], work: (lease: Lease) => Promise<T>): Promise<T> {
    return this.holdLocally(keys, this.deadline(), () => work(NO_FENCE));
  }

  /** When a turn that starts waiting now gives up. */
  deadline(): number {
    return Date.now() + this.timings.waitMs;
  }

  /** Holds the local locks of `keys` while `work` runs; for Redis locks, the part each instance does first. */
  async holdLocally<T>(keys: readonly string[], deadline: number, work: () => Promise<T>): Promise<T> {
    const releases: (() => void)[] = [];
    try {
      for (const key of lockOrder(keys)) releases.push(await this.acquire(key, deadline));
      return await work();
    } finally {
      releases.reverse().forEach((release) => release());
    }
  }
}

// The botbuilder Storage the bot's ConversationState and UserState use, on a record store (memory or Redis) and
// turn locks. Inside a turn (runTurn) reads are remembered and writes wait for the turn's commit, which writes
// everything at once, conditioned on what the turn read; outside a turn a write is made at once.
import type { Storage, StoreItems } from 'botbuilder';
import type { TurnLocks } from './locks';
import { encodeState, type Expectation, type RecordStore } from './records';
import { currentTransaction, runInTransaction, TurnTransaction, type StateNotice } from './transaction';

export interface TurnHandle {
  /** Writes everything the turn staged, or nothing (throws ETagConflictError, StorageFullError, ...). */
  commit(): Promise<void>;
  /** What the user should be told about their stored state (read so far in the turn). */
  notices(): StateNotice[];
}

/** botbuilder's eTag on an item written outside a turn: '*' or none is "last writer wins". */
function expectationOf(eTag: unknown): Expectation {
  return typeof eTag === 'string' && eTag !== '*' ? { kind: 'eTag', eTag } : { kind: 'any' };
}

export class StateStorage implements Storage {
  constructor(
    private readonly store: RecordStore,
    private readonly locks: TurnLocks,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const records = await this.store.read(keys);
    const transaction = currentTransaction();
    const items: StoreItems = {};
    for (const [key, record] of records) {
      transaction?.noteRead(key, record);
      if (record.kind === 'found') items[key] = { ...record.value, eTag: record.eTag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const transaction = currentTransaction();
    const entries = Object.entries(changes);
    if (transaction) {
      // Encoded now: botbuilder goes on changing the very objects it wrote.
      for (const [key, item] of entries) transaction.stage(key, encodeState(item ?? {}));
      return;
    }
    await this.store.commit(entries.map(([key, item]) => ({ key, expect: expectationOf(item?.eTag), json: encodeState(item ?? {}) })));
  }

  async delete(keys: string[]): Promise<void> {
    const transaction = currentTransaction();
    if (transaction) {
      for (const key of keys) transaction.stage(key, null);
      return;
    }
    await this.store.commit(keys.map((key) => ({ key, expect: { kind: 'any' }, json: null })));
  }

  /**
   * Runs one turn holding the locks of `keys` (its conversation's and its user's state): `work` reads and stages
   * writes, calls `commit` once it is done, and may go on (sending its replies) still holding the locks.
   */
  runTurn<T>(keys: readonly string[], work: (turn: TurnHandle) => Promise<T>): Promise<T> {
    return this.locks.hold(keys, (lease) => {
      const transaction = new TurnTransaction();
      const turn: TurnHandle = {
        commit: async () => {
          const writes = transaction.writes();
          if (writes.length > 0) await this.store.commit(writes, lease.fence);
        },
        notices: () => transaction.notices(),
      };
      return runInTransaction(transaction, () => work(turn));
    });
  }
}

// A turn's view of the store: what it read (and at which eTag, or that nothing was there), and what it wants to
// write, kept until the turn commits it all at once. botbuilder's BotState reads and writes through the Storage
// interface, which carries no turn; the transaction travels with the turn's async context instead, so every read
// and write of the turn, whoever makes it, takes part.
import { AsyncLocalStorage } from 'async_hooks';
import { isUserKey, type ReadRecord, type RecordWrite } from './records';

/** What the user should hear about their stored state, besides the answer. */
export type StateNotice =
  /** A stored value could not be read and was quarantined: the conversation (or the user's settings) started over. */
  | { kind: 'unreadable'; scope: 'conversation' | 'user' }
  /** The store lost its data recently and this conversation's state is gone: it started over. */
  | { kind: 'lost' };

export class TurnTransaction {
  private readonly reads = new Map<string, ReadRecord>();
  private readonly staged = new Map<string, string | null>();

  /** The first read of a key is the one its write is conditioned on. */
  noteRead(key: string, record: ReadRecord): void {
    if (!this.reads.has(key)) this.reads.set(key, record);
  }

  /** A write (JSON) or a delete (null), replacing one staged earlier in the turn. */
  stage(key: string, json: string | null): void {
    this.staged.set(key, json);
  }

  /** The staged writes, each expecting what the turn read: the same eTag, or still nothing (create-if-absent). */
  writes(): RecordWrite[] {
    return [...this.staged].map(([key, json]) => {
      const read = this.reads.get(key);
      if (read === undefined) return { key, json, expect: { kind: 'any' } };
      return { key, json, expect: read.kind === 'found' ? { kind: 'eTag', eTag: read.eTag } : { kind: 'absent' } };
    });
  }

  notices(): StateNotice[] {
    const notices: StateNotice[] = [];
    for (const [key, read] of this.reads) {
      if (read.kind === 'quarantined') notices.push({ kind: 'unreadable', scope: isUserKey(key) ? 'user' : 'conversation' });
      else if (read.kind === 'absent' && read.afterLoss && !isUserKey(key)) notices.push({ kind: 'lost' });
    }
    return notices;
  }
}

const current = new AsyncLocalStorage<TurnTransaction>();

export function runInTransaction<T>(transaction: TurnTransaction, work: () => Promise<T>): Promise<T> {
  return current.run(transaction, work);
}

/** The transaction of the turn this code runs in, if any. */
export function currentTransaction(): TurnTransaction | undefined {
  return current.getStore();
}

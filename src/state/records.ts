// The contract between the bot's state and where it is kept (memory or Redis): records (a state object stored as
// JSON, with the eTag of the write that stored it), reads that say what became of a value that could not be read,
// and conditional all-or-nothing commits.

/** What a write expects to find, so that a conflict is never silent. */
export type Expectation =
  /** The turn read nothing there: create the record only if it is still absent. */
  | { kind: 'absent' }
  /** The record must still be the one the turn read. */
  | { kind: 'eTag'; eTag: string }
  /** An explicit "last writer wins" (botbuilder's eTag '*'), for writes outside a turn. */
  | { kind: 'any' };

export interface RecordWrite {
  key: string;
  expect: Expectation;
  /** The state as JSON; null deletes the record. */
  json: string | null;
}

/** Why a stored value could not be used. */
export type UnreadableReason = 'notJson' | 'notAnObject' | 'wrongType' | 'incomplete';

export type ReadRecord =
  | { kind: 'found'; eTag: string; value: Record<string, unknown> }
  /** Nothing stored. `afterLoss`: the store lost its data recently, so this may have been a conversation under way. */
  | { kind: 'absent'; afterLoss: boolean }
  /** A value was there but could not be read: it was moved aside (quarantined), and reads as absent from now on. */
  | { kind: 'quarantined'; reason: UnreadableReason };

/** The locks a commit is made under, by lock key: the commit is refused if another turn holds one of them now. */
export type Fence = ReadonlyMap<string, string>;

export type StorageHealth =
  | { kind: 'memory'; state: 'ok'; entries: number; bytes: number; maxEntries: number; maxBytes: number; evicted: number }
  | { kind: 'redis'; state: 'ok' | 'nearlyFull' | 'full' | 'unreachable'; usedMemory?: number; maxMemory?: number };

export interface RecordStore {
  read(keys: readonly string[]): Promise<Map<string, ReadRecord>>;
  /** Applies every write or none: throws ETagConflictError when one expectation (or the fence) does not hold. */
  commit(writes: readonly RecordWrite[], fence?: Fence): Promise<void>;
  health(): Promise<StorageHealth>;
  close(): Promise<void>;
}

export interface TtlSettings {
  /** Seconds an idle conversation is kept. */
  conversationTtlSeconds: number;
  /** Seconds a user's settings (their language) are kept. */
  userTtlSeconds: number;
}

export const DEFAULT_TTLS: TtlSettings = { conversationTtlSeconds: 24 * 3600, userTtlSeconds: 90 * 24 * 3600 };

/** botbuilder's UserState keys read `<channel>/users/<id>/`; everything else lives as long as a conversation. */
export function isUserKey(key: string): boolean {
  return key.includes('/users/');
}

export function ttlSecondsFor(key: string, ttls: TtlSettings): number {
  return isUserKey(key) ? ttls.userTtlSeconds : ttls.conversationTtlSeconds;
}

/** A stored JSON text as a state object, or why it is not one. */
export function decodeState(json: string): { ok: true; value: Record<string, unknown> } | { ok: false; reason: UnreadableReason } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'notAnObject' };
  return { ok: true, value: value as Record<string, unknown> };
}

/** The JSON a state object is stored as: botbuilder's eTag travels beside it, never inside. */
export function encodeState(item: object): string {
  const { eTag: _eTag, ...value } = item as { eTag?: unknown };
  return JSON.stringify(value);
}

let eTagCounter = 0;

/** An eTag no other write (of this process or another) produces. */
export function newETag(): string {
  eTagCounter = (eTagCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${Date.now().toString(36)}-${process.pid.toString(36)}-${eTagCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

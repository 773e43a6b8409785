// State in this process's memory, for one instance: bounded in entries and in bytes, with the same TTLs as Redis,
// and least-recently-used eviction, so no number of conversations can exhaust the heap. A user whose state was
// evicted or expired simply starts over.
import { decodeState, DEFAULT_TTLS, newETag, ttlSecondsFor, type ReadRecord, type RecordStore, type RecordWrite, type StorageHealth, type TtlSettings } from './records';
import { ETagConflictError } from './errors';

export interface MemoryStoreOptions extends TtlSettings {
  maxEntries: number;
  maxBytes: number;
  now?: () => number;
}

/** Defaults that fit a small heap: a conversation and its user take two entries and well under 2 KB. */
export const DEFAULT_MEMORY_LIMITS = { maxEntries: 20_000, maxBytes: 32 * 1024 * 1024 };

interface Entry {
  eTag: string;
  json: string;
  expiresAt: number;
  bytes: number;
}

/** What an entry costs: its strings at two bytes a character (the worst case), and the Map's and the entry's own. */
const ENTRY_OVERHEAD_BYTES = 160;
const costOf = (key: string, json: string) => 2 * (key.length + json.length) + ENTRY_OVERHEAD_BYTES;

export class MemoryStore implements RecordStore {
  /** In least-recently-used order: a Map iterates in insertion order, and a use re-inserts. */
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private evicted = 0;
  private readonly now: () => number;

  constructor(private readonly options: MemoryStoreOptions = { ...DEFAULT_TTLS, ...DEFAULT_MEMORY_LIMITS }) {
    this.now = options.now ?? Date.now;
  }

  /** The live entry for a key (touched as just used), or undefined; an expired one is dropped. */
  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key, entry);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    return entry;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  async read(keys: readonly string[]): Promise<Map<string, ReadRecord>> {
    const records = new Map<string, ReadRecord>();
    for (const key of keys) {
      const entry = this.live(key);
      if (!entry) {
        records.set(key, { kind: 'absent', afterLoss: false });
        continue;
      }
      // This process wrote every entry itself, so it always decodes.
      const decoded = decodeState(entry.json);
      records.set(key, decoded.ok ? { kind: 'found', eTag: entry.eTag, value: decoded.value } : { kind: 'absent', afterLoss: false });
    }
    return records;
  }

  /**
   * All or nothing. An entry evicted or expired since the turn read it does not conflict: in one process every
   * write of a conversation happens under its turn lock, so nobody else can have written it meanwhile.
   */
  async commit(writes: readonly RecordWrite[]): Promise<void> {
    for (const { key, expect } of writes) {
      const entry = this.live(key);
      if (expect.kind === 'absent' && entry) throw new ETagConflictError(key);
      if (expect.kind === 'eTag' && entry && entry.eTag !== expect.eTag) throw new ETagConflictError(key);
    }
    for (const { key, json } of writes) {
      const old = this.entries.get(key);
      if (old) this.remove(key, old);
      if (json === null) continue;
      const entry = { eTag: newETag(), json, expiresAt: this.now() + ttlSecondsFor(key, this.options) * 1000, bytes: costOf(key, json) };
      this.entries.set(key, entry);
      this.bytes += entry.bytes;
    }
    this.evictBeyondBounds();
  }

  private evictBeyondBounds(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) return;
      this.remove(key, entry);
      this.evicted += 1;
    }
  }

  async health(): Promise<StorageHealth> {
    const { maxEntries, maxBytes } = this.options;
    return { kind: 'memory', state: 'ok', entries: this.entries.size, bytes: this.bytes, maxEntries, maxBytes, evicted: this.evicted };
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.bytes = 0;
  }
}

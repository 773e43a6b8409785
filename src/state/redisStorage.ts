// botbuilder Storage on Redis: shared by every instance, optimistic concurrency with eTags (a write carrying a stale
// eTag fails instead of silently overwriting another instance's turn), and a TTL so idle conversations expire.
import type { Storage, StoreItems } from 'botbuilder';
import { createClient } from 'redis';
import type { Logger } from '../log';

/** Redis could not be reached in time: the turn fails with a "try again" message and the process stays up. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** Two instances wrote the same state: botbuilder's own wording for MemoryStorage, so callers handle both alike. */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  constructor(key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
  }
}

export interface RedisStorageOptions {
  url: string;
  /** Seconds an idle conversation is kept. */
  conversationTtlSeconds: number;
  /** Seconds a user's settings (their language) are kept. */
  userTtlSeconds: number;
  /** Milliseconds a storage call may take before the turn gives up. */
  timeoutMs: number;
  keyPrefix?: string;
  logger: Logger;
}

// Writes only when the stored eTag is the one the writer read (or the writer says '*' / none, or nothing is stored).
const WRITE_IF_CURRENT = `
local current = redis.call('HGET', KEYS[1], 'e')
if current and ARGV[1] ~= '' and ARGV[1] ~= '*' and current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'e', ARGV[2], 'd', ARGV[3])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return 1`;

/**
 * The eTag an item had when it was read, kept on the item object itself (not enumerable, so never stored or copied).
 * botbuilder's BotState writes every change with eTag '*' (last writer wins) on the very object it read; writing
 * with the eTag it was read at instead makes a concurrent turn on another instance fail, not silently overwrite.
 */
const READ_ETAG = Symbol('readETag');

function rememberETag(item: object, eTag: string): void {
  Object.defineProperty(item, READ_ETAG, { value: eTag, enumerable: false, writable: true, configurable: true });
}

let eTagCounter = 0;
function newETag(): string {
  eTagCounter = (eTagCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${Date.now().toString(36)}-${process.pid.toString(36)}-${eTagCounter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class RedisStorage implements Storage {
  private readonly client;
  private readonly prefix: string;

  constructor(private readonly options: RedisStorageOptions) {
    this.prefix = options.keyPrefix ?? 'callflow:';
    this.client = createClient({
      url: options.url,
      // Fail fast while Redis is away instead of queueing turns; reconnect by itself with a capped back-off.
      disableOfflineQueue: true,
      socket: { connectTimeout: options.timeoutMs, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000) },
    });
    this.client.on('error', (error: Error) => options.logger.warn('storage.redis.error', { error }));
    this.client.on('ready', () => options.logger.info('storage.redis.ready'));
  }

  /** Connects once; later outages are recovered by the client's own reconnects. */
  async connect(): Promise<void> {
    await this.client.connect();
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }

  private ttlFor(key: string): number {
    return key.includes('/users/') ? this.options.userTtlSeconds : this.options.conversationTtlSeconds;
  }

  private async guarded<T>(operation: string, run: () => Promise<T>): Promise<T> {
    if (!this.client.isReady) throw new StorageUnavailableError(`Redis is not connected (${operation})`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StorageUnavailableError(`Redis ${operation} timed out`)), this.options.timeoutMs);
    });
    try {
      return await Promise.race([run(), timeout]);
    } catch (error) {
      if (error instanceof ETagConflictError || error instanceof StorageUnavailableError) throw error;
      throw new StorageUnavailableError(`Redis ${operation} failed: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    return this.guarded('read', async () => {
      const rows = await Promise.all(keys.map((key) => this.client.hmGet(this.prefix + key, ['e', 'd'])));
      const items: StoreItems = {};
      rows.forEach((row, i) => {
        const [eTag, data] = row as (string | null)[];
        if (data === null || data === undefined) return;
        const item = { ...JSON.parse(data), eTag };
        rememberETag(item, eTag as string);
        items[keys[i]] = item;
      });
      return items;
    });
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    await this.guarded('write', async () => {
      for (const [key, item] of entries) {
        const { eTag, ...value } = (item ?? {}) as { eTag?: string };
        const readETag = (item as { [READ_ETAG]?: string } | undefined)?.[READ_ETAG];
        const expected = eTag === '*' && readETag !== undefined ? readETag : eTag;
        const written = newETag();
        const result = await this.client.eval(WRITE_IF_CURRENT, {
          keys: [this.prefix + key],
          arguments: [expected ?? '', written, JSON.stringify(value), String(this.ttlFor(key))],
        });
        if (result !== 1) throw new ETagConflictError(key);
        // A second save in the same turn continues from this write.
        if (item && readETag !== undefined) rememberETag(item, written);
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.guarded('delete', async () => {
      await this.client.del(keys.map((k) => this.prefix + k));
    });
  }
}

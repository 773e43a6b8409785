// Where conversation and user state live: memory by default (one instance, bounded), Redis when STORAGE_URL is set
// (every instance), each with turn locks so one conversation's turns never interleave.
import type { Logger } from '../log';
import { LocalLocks, DEFAULT_LOCK_TIMINGS, type LockTimings } from './locks';
import { DEFAULT_MEMORY_LIMITS, MemoryStore } from './memoryStore';
import { DEFAULT_TTLS, type StorageHealth, type TtlSettings } from './records';
import { RedisConnection } from './redisConnection';
import { DEFAULT_LEASE_TIMINGS, RedisLocks, type LeaseTimings } from './redisLocks';
import { RedisStore } from './redisStore';
import { StateStorage } from './stateStorage';

export { ConversationBusyError, ETagConflictError, StorageFullError, StorageUnavailableError } from './errors';
export { StateStorage, type TurnHandle } from './stateStorage';
export type { StateNotice } from './transaction';
export type { StorageHealth } from './records';
export { DEFAULT_MEMORY_LIMITS } from './memoryStore';

export interface MemoryLimits {
  maxEntries: number;
  maxBytes: number;
}

export interface StorageConfig extends Partial<TtlSettings> {
  /** `redis://host:port`: state in Redis, shared by every instance. Unset: in this process's memory. */
  url?: string;
  /** Milliseconds a Redis call may take. */
  timeoutMs?: number;
  memory?: Partial<MemoryLimits>;
  locks?: Partial<LockTimings & LeaseTimings>;
}

export interface OpenedStorage {
  storage: StateStorage;
  kind: 'memory' | 'redis';
  health(): Promise<StorageHealth>;
  close(): Promise<void>;
}

/** State in memory, for one instance (and for tests): bounded, with the same TTLs as Redis. */
export function openMemoryStorage(config: Omit<StorageConfig, 'url' | 'timeoutMs'> = {}): OpenedStorage {
  const store = new MemoryStore({ ...ttlsOf(config), ...withDefaults(DEFAULT_MEMORY_LIMITS, config.memory) });
  const storage = new StateStorage(store, new LocalLocks(withDefaults(DEFAULT_LOCK_TIMINGS, config.locks)));
  return { storage, kind: 'memory', health: () => store.health(), close: () => store.close() };
}

/** The defaults, with what the configuration sets (a setting left unset, or set to undefined, keeps its default). */
function withDefaults<T extends object>(defaults: T, given: Partial<T> | undefined): T {
  const set = Object.entries(given ?? {}).filter(([, v]) => v !== undefined);
  return { ...defaults, ...Object.fromEntries(set) };
}

function ttlsOf(config: Partial<TtlSettings>): TtlSettings {
  return withDefaults(DEFAULT_TTLS, { conversationTtlSeconds: config.conversationTtlSeconds, userTtlSeconds: config.userTtlSeconds });
}

export async function openStorage(config: StorageConfig, logger: Logger): Promise<OpenedStorage> {
  if (!config.url) return openMemoryStorage(config);
  const redis = new RedisConnection({ url: config.url, timeoutMs: config.timeoutMs ?? 2000, logger });
  const store = new RedisStore(redis, ttlsOf(config));
  const locks = new RedisLocks(redis, new LocalLocks(withDefaults(DEFAULT_LOCK_TIMINGS, config.locks)), withDefaults(DEFAULT_LEASE_TIMINGS, config.locks));
  try {
    await redis.connect();
  } catch (error) {
    // Start anyway: turns get "try again" until Redis answers, and the client keeps reconnecting.
    logger.error('storage.redis.unavailableAtStart', { error });
  }
  return { storage: new StateStorage(store, locks), kind: 'redis', health: () => store.health(), close: () => store.close() };
}

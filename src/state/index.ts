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
  const store = new MemoryStore({ ...DEFAULT_TTLS, ...DEFAULT_MEMORY_LIMITS, ...withoutUndefined(config), ...withoutUndefined(config.memory ?? {}) });
  const storage = new StateStorage(store, new LocalLocks({ ...DEFAULT_LOCK_TIMINGS, ...withoutUndefined(config.locks ?? {}) }));
  return { storage, kind: 'memory', health: () => store.health(), close: () => store.close() };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function openStorage(config: StorageConfig, logger: Logger): Promise<OpenedStorage> {
  if (!config.url) return openMemoryStorage(config);
  const redis = new RedisConnection({ url: config.url, timeoutMs: config.timeoutMs ?? 2000, logger });
  const ttls = { ...DEFAULT_TTLS, ...withoutUndefined({ conversationTtlSeconds: config.conversationTtlSeconds, userTtlSeconds: config.userTtlSeconds }) };
  const store = new RedisStore(redis, ttls);
  const timings = withoutUndefined(config.locks ?? {});
  const locks = new RedisLocks(redis, new LocalLocks({ ...DEFAULT_LOCK_TIMINGS, ...timings }), { ...DEFAULT_LEASE_TIMINGS, ...timings });
  try {
    await redis.connect();
  } catch (error) {
    // Start anyway: turns get "try again" until Redis answers, and the client keeps reconnecting.
    logger.error('storage.redis.unavailableAtStart', { error });
  }
  return { storage: new StateStorage(store, locks), kind: 'redis', health: () => store.health(), close: () => store.close() };
}

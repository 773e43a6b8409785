// Where conversation and user state live: memory by default, Redis when STORAGE_URL is set.
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Logger } from '../log';
import { RedisStorage } from './redisStorage';

export { ETagConflictError, RedisStorage, StorageUnavailableError } from './redisStorage';

export interface StorageConfig {
  url?: string;
  conversationTtlSeconds?: number;
  userTtlSeconds?: number;
  timeoutMs?: number;
}

export interface OpenedStorage {
  storage: Storage;
  kind: 'memory' | 'redis';
  close(): Promise<void>;
}

export async function openStorage(config: StorageConfig, logger: Logger): Promise<OpenedStorage> {
  if (!config.url) return { storage: new MemoryStorage(), kind: 'memory', close: async () => undefined };
  const storage = new RedisStorage({
    url: config.url,
    conversationTtlSeconds: config.conversationTtlSeconds ?? 24 * 3600,
    userTtlSeconds: config.userTtlSeconds ?? 90 * 24 * 3600,
    timeoutMs: config.timeoutMs ?? 2000,
    logger,
  });
  try {
    await storage.connect();
  } catch (error) {
    // Start anyway: turns get "try again" until Redis answers, and the client keeps reconnecting.
    logger.error('storage.redis.unavailableAtStart', { error });
  }
  return { storage, kind: 'redis', close: () => storage.close() };
}

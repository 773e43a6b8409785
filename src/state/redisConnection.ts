// One Redis client for the state store and the turn locks: every call bounded by a timeout, Redis's errors turned
// into what a turn can tell its user (unreachable, or full), and Redis's memory watched so that pressure shows on
// /healthz and in the log before, and while, writes are refused.
import { createClient } from 'redis';
import type { Logger } from '../log';
import { ETagConflictError, StorageFullError, StorageUnavailableError } from './errors';
import type { StorageHealth } from './records';

export interface RedisConnectionOptions {
  url: string;
  /** Milliseconds a Redis call may take before the turn gives up. */
  timeoutMs: number;
  keyPrefix?: string;
  logger: Logger;
}

/** Redis's memory is "nearly full" from this share of maxmemory on. */
const NEARLY_FULL = 0.9;
/** INFO memory is asked at most this often (health checks may come every second). */
const MEMORY_SAMPLE_MS = 1000;

function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('OOM ');
}

export type RedisClient = ReturnType<typeof createClient>;

export class RedisConnection {
  readonly client: RedisClient;
  readonly prefix: string;
  private memory: { at: number; used: number; max: number } | undefined;
  /** Set while writes are refused for want of memory; logged once when it starts and once when it ends. */
  private pressure = false;
  private lastState: StorageHealth['state'] = 'ok';

  constructor(private readonly options: RedisConnectionOptions) {
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

  get logger(): Logger {
    return this.options.logger;
  }

  /** Connects once; later outages are recovered by the client's own reconnects. */
  async connect(): Promise<void> {
    await this.client.connect();
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }

  /** Runs Redis calls within the timeout; failures become StorageUnavailableError or StorageFullError. */
  async run<T>(operation: string, calls: () => Promise<T>): Promise<T> {
    if (!this.client.isReady) throw new StorageUnavailableError(`Redis is not connected (${operation})`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StorageUnavailableError(`Redis ${operation} timed out`)), this.options.timeoutMs);
    });
    try {
      return await Promise.race([calls(), timeout]);
    } catch (error) {
      if (isOutOfMemory(error)) {
        this.underPressure(operation);
        throw new StorageFullError(`Redis is out of memory (${operation})`);
      }
      if (error instanceof ETagConflictError || error instanceof StorageUnavailableError) throw error;
      throw new StorageUnavailableError(`Redis ${operation} failed: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A write went through: memory pressure, if there was any, is over. */
  wrote(): void {
    if (!this.pressure) return;
    this.pressure = false;
    this.memory = undefined;
    this.logger.info('storage.redis.memoryRecovered');
  }

  private underPressure(operation: string): void {
    if (this.pressure) return;
    this.pressure = true;
    this.memory = undefined;
    this.logger.error('storage.redis.memoryPressure', { operation, problem: 'Redis refuses writes: used memory is over maxmemory' });
  }

  private async sampleMemory(): Promise<{ used: number; max: number }> {
    const now = Date.now();
    if (this.memory && now - this.memory.at < MEMORY_SAMPLE_MS) return this.memory;
    const info = await this.run('info', () => this.client.info('memory'));
    const field = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? 0);
    this.memory = { at: now, used: field('used_memory'), max: field('maxmemory') };
    return this.memory;
  }

  async health(): Promise<StorageHealth> {
    if (!this.client.isReady) return { kind: 'redis', state: 'unreachable' };
    try {
      const { used, max } = await this.sampleMemory();
      const share = max > 0 ? used / max : 0;
      if (share < NEARLY_FULL) this.wrote();
      const state = share >= 1 || this.pressure ? 'full' : share >= NEARLY_FULL ? 'nearlyFull' : 'ok';
      if (state !== this.lastState && state !== 'ok') this.logger.warn('storage.redis.memoryState', { state, usedMemory: used, maxMemory: max });
      this.lastState = state;
      return { kind: 'redis', state, usedMemory: used, maxMemory: max };
    } catch {
      return { kind: 'redis', state: 'unreachable' };
    }
  }
}

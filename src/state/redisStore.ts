// State in Redis, shared by every instance: one hash per record (e: its eTag, d: its JSON), a TTL so idle
// conversations expire, commits that write all of a turn's records or none (create-if-absent or same-eTag, and
// only while the turn still holds its locks), values that cannot be read moved aside for diagnosis, and a marker
// that tells when Redis lost its data (restarted without persistence, flushed), so users are told, not surprised.
import type { Logger } from '../log';
import { ETagConflictError } from './errors';
import { decodeState, newETag, ttlSecondsFor, type Fence, type ReadRecord, type RecordStore, type RecordWrite, type StorageHealth, type TtlSettings, type UnreadableReason } from './records';
import type { RedisConnection } from './redisConnection';

/** How long a quarantined value is kept for diagnosis. */
export const QUARANTINE_TTL_SECONDS = 7 * 24 * 3600;

/**
 * KEYS: n records, then m locks. ARGV: n, m; per record its expectation (absent, eTag or any), the expected eTag,
 * the new eTag, the JSON ('' with ttl '' deletes) and the TTL; per lock the token the turn holds it with.
 * Checks everything before writing anything, and writes the hashes first: when Redis is out of memory the first
 * write fails and nothing at all was written (a script that has written is let finish, by Redis's own rule).
 */
const COMMIT = `
local n, m = tonumber(ARGV[1]), tonumber(ARGV[2])
for j = 1, m do
  local holder = redis.call('GET', KEYS[n + j])
  if holder and holder ~= ARGV[2 + 5 * n + j] then return {'fenced', KEYS[n + j]} end
end
for i = 1, n do
  local a = 2 + (i - 1) * 5
  local kind, t = ARGV[a + 1], redis.call('TYPE', KEYS[i]).ok
  if t ~= 'none' and t ~= 'hash' then return {'conflict', KEYS[i]} end
  if kind == 'absent' and t ~= 'none' then return {'conflict', KEYS[i]} end
  if kind == 'eTag' and redis.call('HGET', KEYS[i], 'e') ~= ARGV[a + 2] then return {'conflict', KEYS[i]} end
end
for i = 1, n do
  local a = 2 + (i - 1) * 5
  if ARGV[a + 5] ~= '' then
    redis.call('HSET', KEYS[i], 'e', ARGV[a + 3], 'd', ARGV[a + 4])
    redis.call('EXPIRE', KEYS[i], tonumber(ARGV[a + 5]))
  end
end
for i = 1, n do
  if ARGV[2 + (i - 1) * 5 + 5] == '' then redis.call('DEL', KEYS[i]) end
end
return 1`;

/**
 * KEYS: the record, its quarantine key. ARGV: the TTL, and what was read ('hash' and its d field, or 'other' for a
 * key of another type), so a value written since is never moved aside by mistake.
 */
const QUARANTINE = `
local t = redis.call('TYPE', KEYS[1]).ok
if t == 'none' then return 0 end
if ARGV[2] == 'hash' then
  if t ~= 'hash' or (redis.call('HGET', KEYS[1], 'd') or '') ~= ARGV[3] then return 0 end
elseif t == 'hash' then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[1]))
return 1`;

/** Redis's error for a command on a key of another type. */
const isWrongType = (error: unknown) => error instanceof Error && error.message.startsWith('WRONGTYPE');

type Row = { kind: 'hash'; eTag: string | null; data: string | null } | { kind: 'other' };

function decodeRow(row: Row): { ok: true; eTag: string; value: Record<string, unknown> } | { ok: false; reason: UnreadableReason } {
  if (row.kind === 'other') return { ok: false, reason: 'wrongType' };
  if (row.eTag === null || row.data === null) return { ok: false, reason: 'incomplete' };
  const decoded = decodeState(row.data);
  return decoded.ok ? { ok: true, eTag: row.eTag, value: decoded.value } : decoded;
}

export class RedisStore implements RecordStore {
  private readonly epochKey: string;
  private readonly lostKey: string;
  /** The id of the data set this instance has seen; a different one (or none) means Redis lost its data. */
  private knownEpoch: string | undefined;
  private epochCheck: Promise<boolean> | undefined;

  constructor(
    private readonly redis: RedisConnection,
    private readonly ttls: TtlSettings,
  ) {
    this.epochKey = `${redis.prefix}meta:epoch`;
    this.lostKey = `${redis.prefix}meta:lostAt`;
    redis.client.on('ready', () => void this.checkEpoch().catch(() => undefined));
  }

  private get logger(): Logger {
    return this.redis.logger;
  }

  private readRow(key: string): Promise<Row> {
    return this.redis.client.hmGet(this.redis.prefix + key, ['e', 'd']).then(
      ([eTag, data]) => ({ kind: 'hash', eTag, data }) as Row,
      (error: unknown) => {
        if (isWrongType(error)) return { kind: 'other' } as Row;
        throw error;
      },
    );
  }

  async read(keys: readonly string[]): Promise<Map<string, ReadRecord>> {
    return this.redis.run('read', async () => {
      const rows = await Promise.all(keys.map((key) => this.readRow(key)));
      const records = new Map<string, ReadRecord>();
      let absent = false;
      for (const [i, key] of keys.entries()) {
        const row = rows[i];
        if (row.kind === 'hash' && row.eTag === null && row.data === null) {
          absent = true;
          continue;
        }
        const decoded = decodeRow(row);
        if (decoded.ok) records.set(key, { kind: 'found', eTag: decoded.eTag, value: decoded.value });
        else records.set(key, { kind: 'quarantined', reason: await this.quarantine(key, row, decoded.reason) });
      }
      if (absent) {
        const afterLoss = await this.lostRecently();
        for (const key of keys) if (!records.has(key)) records.set(key, { kind: 'absent', afterLoss });
      }
      return new Map(keys.map((key) => [key, records.get(key) as ReadRecord]));
    });
  }

  /** Moves an unreadable value aside, and logs it once (never its content). */
  private async quarantine(key: string, row: Row, reason: UnreadableReason): Promise<UnreadableReason> {
    const aside = `${this.redis.prefix}quarantine:${key}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const read = row.kind === 'hash' ? ['hash', row.data ?? ''] : ['other', ''];
    const moved = await this.redis.client.eval(QUARANTINE, {
      keys: [this.redis.prefix + key, aside],
      arguments: [String(QUARANTINE_TTL_SECONDS), ...read],
    });
    if (moved === 1) this.logger.error('storage.quarantined', { record: key, reason, keptAs: aside, keptForSeconds: QUARANTINE_TTL_SECONDS });
    return reason;
  }

  async commit(writes: readonly RecordWrite[], fence: Fence = new Map()): Promise<void> {
    if (writes.length === 0) return;
    const locks = [...fence];
    const args = [String(writes.length), String(locks.length)];
    for (const { key, expect, json } of writes) {
      const ttl = json === null ? '' : String(ttlSecondsFor(key, this.ttls));
      args.push(expect.kind, expect.kind === 'eTag' ? expect.eTag : '', newETag(), json ?? '', ttl);
    }
    args.push(...locks.map(([, token]) => token));
    const result = await this.redis.run('write', () =>
      this.redis.client.eval(COMMIT, {
        keys: [...writes.map((w) => this.redis.prefix + w.key), ...locks.map(([lockKey]) => lockKey)],
        arguments: args,
      }),
    );
    if (result !== 1) {
      const [why, where] = result as [string, string];
      this.logger.warn('storage.writeRefused', { why, record: where.slice(this.redis.prefix.length) });
      throw new ETagConflictError(where.slice(this.redis.prefix.length));
    }
    this.redis.wrote();
  }

  /** Whether Redis lost its data within a conversation's lifetime (noticed now or by another instance). */
  private lostRecently(): Promise<boolean> {
    // One check at a time, so a loss is noticed (and logged) once per instance.
    this.epochCheck ??= this.compareEpoch().finally(() => (this.epochCheck = undefined));
    return this.epochCheck;
  }

  private checkEpoch(): Promise<boolean> {
    return this.redis.run('epoch', () => this.lostRecently());
  }

  private async compareEpoch(): Promise<boolean> {
    const { client } = this.redis;
    const [epoch, lostAt] = await client.mGet([this.epochKey, this.lostKey]);
    let current = epoch;
    if (current === null) {
      const fresh = newETag();
      current = (await client.set(this.epochKey, fresh, { condition: 'NX' })) === 'OK' ? fresh : await client.get(this.epochKey);
    }
    const lostNow = this.knownEpoch !== undefined && current !== this.knownEpoch;
    this.knownEpoch = current ?? undefined;
    if (!lostNow) return lostAt !== null;
    await client.set(this.lostKey, new Date().toISOString(), { condition: 'NX', expiration: { type: 'EX', value: this.ttls.conversationTtlSeconds } });
    this.logger.error('storage.redis.dataLost', { problem: 'Redis no longer holds the data it had (restarted without persistence, or flushed)' });
    return true;
  }

  health(): Promise<StorageHealth> {
    return this.redis.health();
  }

  close(): Promise<void> {
    return this.redis.close();
  }
}

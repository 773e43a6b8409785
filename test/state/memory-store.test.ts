// The memory store's bounds: entries and bytes, least recently used evicted first, the same TTLs as Redis, and
// commits that write all or nothing, only what the writer expects.
import { ETagConflictError } from '../../src/state';
import { MemoryStore } from '../../src/state/memoryStore';

const TTLS = { conversationTtlSeconds: 60, userTtlSeconds: 3600 };

function storeWith(limits: { maxEntries: number; maxBytes: number }, now = () => 0) {
  return new MemoryStore({ ...TTLS, ...limits, now });
}

const write = (store: MemoryStore, key: string, json = '{}') => store.commit([{ key, expect: { kind: 'any' }, json }]);
const kindOf = async (store: MemoryStore, key: string) => (await store.read([key])).get(key)?.kind;

it('evicts the least recently used entries beyond its entry bound; a read counts as a use', async () => {
  const store = storeWith({ maxEntries: 3, maxBytes: 1e9 });
  for (const key of ['a', 'b', 'c']) await write(store, `web/conversations/${key}/`);
  await store.read(['web/conversations/a/']);
  await write(store, 'web/conversations/d/');
  expect(await kindOf(store, 'web/conversations/b/')).toBe('absent');
  for (const key of ['a', 'c', 'd']) expect(await kindOf(store, `web/conversations/${key}/`)).toBe('found');
  expect(await store.health()).toMatchObject({ entries: 3, evicted: 1 });
});

it('evicts beyond its byte bound, counting what the strings can take', async () => {
  const store = storeWith({ maxEntries: 1000, maxBytes: 10_000 });
  const big = JSON.stringify({ text: 'x'.repeat(1000) });
  for (let i = 0; i < 20; i++) await write(store, `web/conversations/${i}/`, big);
  const health = await store.health();
  expect(health).toMatchObject({ kind: 'memory' });
  if (health.kind !== 'memory') return;
  expect(health.bytes).toBeLessThanOrEqual(10_000);
  expect(health.entries).toBeLessThan(20);
  expect(await kindOf(store, 'web/conversations/19/')).toBe('found');
  expect(await kindOf(store, 'web/conversations/0/')).toBe('absent');
});

it('expires conversations and user settings after the same TTLs as Redis', async () => {
  let now = 0;
  const store = storeWith({ maxEntries: 100, maxBytes: 1e9 }, () => now);
  await write(store, 'msteams/conversations/c/');
  await write(store, 'msteams/users/u/');
  now = 61_000;
  expect(await kindOf(store, 'msteams/conversations/c/')).toBe('absent');
  expect(await kindOf(store, 'msteams/users/u/')).toBe('found');
  now = 3_601_000;
  expect(await kindOf(store, 'msteams/users/u/')).toBe('absent');
});

it('writes all or nothing, refusing a second first write and a stale eTag', async () => {
  const store = storeWith({ maxEntries: 100, maxBytes: 1e9 });
  await store.commit([{ key: 'web/conversations/c/', expect: { kind: 'absent' }, json: '{"n":1}' }]);
  await expect(store.commit([{ key: 'web/conversations/c/', expect: { kind: 'absent' }, json: '{"n":2}' }])).rejects.toBeInstanceOf(ETagConflictError);
  await expect(
    store.commit([
      { key: 'web/users/u/', expect: { kind: 'absent' }, json: '{}' },
      { key: 'web/conversations/c/', expect: { kind: 'eTag', eTag: 'stale' }, json: '{"n":3}' },
    ]),
  ).rejects.toBeInstanceOf(ETagConflictError);
  expect(await kindOf(store, 'web/users/u/')).toBe('absent');
  const record = (await store.read(['web/conversations/c/'])).get('web/conversations/c/');
  expect(record).toMatchObject({ kind: 'found', value: { n: 1 } });
});

// The Redis store on a real redis-server: records with eTags and TTLs, commits that write all or nothing and only
// what the turn expects (create-if-absent, same eTag, still holding its locks), values that cannot be read moved
// aside, outages that fail fast and heal by themselves; and botbuilder's state on it, turn by turn.
import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { createLogger } from '../../src/log';
import { ETagConflictError, openStorage, StorageUnavailableError, type OpenedStorage } from '../../src/state';
import { RedisConnection } from '../../src/state/redisConnection';
import { QUARANTINE_TTL_SECONDS, RedisStore } from '../../src/state/redisStore';
import { RedisServer, type RedisClient } from '../../scripts/support/redis-server';

const quiet = createLogger('error', () => undefined);
const TTLS = { conversationTtlSeconds: 600, userTtlSeconds: 3600 };

let redis: RedisServer;
let probe: RedisClient;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  redis = await RedisServer.start();
  probe = await redis.connectClient();
});
afterAll(async () => {
  await Promise.all(cleanup.map((close) => close().catch(() => undefined)));
  await probe.close();
  await redis.stop();
});

async function store(): Promise<RedisStore> {
  const connection = new RedisConnection({ url: redis.url, timeoutMs: 500, logger: quiet });
  await connection.connect();
  cleanup.push(() => connection.close());
  return new RedisStore(connection, TTLS);
}

async function opened(): Promise<OpenedStorage> {
  const storage = await openStorage({ url: redis.url, timeoutMs: 500, ...TTLS }, quiet);
  cleanup.push(() => storage.close());
  return storage;
}

const found = async (s: RedisStore, key: string) => {
  const record = (await s.read([key])).get(key);
  if (record?.kind !== 'found') throw new Error(`${key} is ${record?.kind}`);
  return record;
};

describe('the Redis store', () => {
  it('reads back what was written, with a new eTag on each write', async () => {
    const { storage } = await opened();
    await storage.write({ 'msteams/conversations/c1/': { step: 2, slots: { deployment: 'hybrid' } } });
    const first = await storage.read(['msteams/conversations/c1/', 'msteams/conversations/missing/']);
    expect(first['msteams/conversations/c1/']).toMatchObject({ step: 2, slots: { deployment: 'hybrid' } });
    expect(first['msteams/conversations/missing/']).toBeUndefined();
    await storage.write({ 'msteams/conversations/c1/': { ...first['msteams/conversations/c1/'], step: 3 } });
    const second = await storage.read(['msteams/conversations/c1/']);
    expect(second['msteams/conversations/c1/'].step).toBe(3);
    expect(second['msteams/conversations/c1/'].eTag).not.toBe(first['msteams/conversations/c1/'].eTag);
  });

  it('commits only what the writer expects: create-if-absent, the same eTag, and all or nothing', async () => {
    const s = await store();
    await s.commit([{ key: 'slack/conversations/c2/', expect: { kind: 'absent' }, json: '{"turn":1}' }]);
    // A second "first write" of the same conversation (another instance's first turn) is refused, not applied.
    await expect(s.commit([{ key: 'slack/conversations/c2/', expect: { kind: 'absent' }, json: '{"turn":"other"}' }])).rejects.toBeInstanceOf(
      ETagConflictError,
    );
    const { eTag } = await found(s, 'slack/conversations/c2/');
    // Two records, the second stale: neither is written.
    await expect(
      s.commit([
        { key: 'slack/users/u2/', expect: { kind: 'absent' }, json: '{"locale":"en"}' },
        { key: 'slack/conversations/c2/', expect: { kind: 'eTag', eTag: 'stale' }, json: '{"turn":2}' },
      ]),
    ).rejects.toBeInstanceOf(ETagConflictError);
    expect((await s.read(['slack/users/u2/'])).get('slack/users/u2/')).toEqual({ kind: 'absent', afterLoss: false });
    await s.commit([{ key: 'slack/conversations/c2/', expect: { kind: 'eTag', eTag }, json: '{"turn":2}' }]);
    expect((await found(s, 'slack/conversations/c2/')).value).toEqual({ turn: 2 });
  });

  it('refuses a commit made under a lock that another turn holds now (fencing)', async () => {
    const s = await store();
    await probe.set('callflow:lock:web/conversations/c3/', 'someone-else');
    const fence = new Map([['callflow:lock:web/conversations/c3/', 'my-token']]);
    await expect(s.commit([{ key: 'web/conversations/c3/', expect: { kind: 'absent' }, json: '{}' }], fence)).rejects.toBeInstanceOf(ETagConflictError);
    expect(await probe.exists('callflow:web/conversations/c3/')).toBe(0);
    await probe.set('callflow:lock:web/conversations/c3/', 'my-token');
    await s.commit([{ key: 'web/conversations/c3/', expect: { kind: 'absent' }, json: '{}' }], fence);
    expect(await probe.exists('callflow:web/conversations/c3/')).toBe(1);
  });

  it('sets a TTL: short for conversations, long for user settings', async () => {
    const { storage } = await opened();
    await storage.write({ 'web/conversations/c4/': { x: 1 }, 'web/users/u4/': { locale: 'zh-TW' } });
    const conversationTtl = await probe.ttl('callflow:web/conversations/c4/');
    expect(conversationTtl).toBeGreaterThan(500);
    expect(conversationTtl).toBeLessThanOrEqual(600);
    expect(await probe.ttl('callflow:web/users/u4/')).toBeGreaterThan(3000);
  });

  it('deletes', async () => {
    const { storage } = await opened();
    await storage.write({ 'web/conversations/c5/': { x: 1 } });
    await storage.delete(['web/conversations/c5/']);
    expect(await storage.read(['web/conversations/c5/'])).toEqual({});
  });

  it.each([
    ['not JSON', (key: string) => probe.hSet(key, { e: 'x', d: '{"half":' }), 'notJson'],
    ['JSON but not an object', (key: string) => probe.hSet(key, { e: 'x', d: '"text"' }), 'notAnObject'],
    ['a hash without its eTag', (key: string) => probe.hSet(key, { d: '{}' }), 'incomplete'],
    ['a list', (key: string) => probe.rPush(key, 'x'), 'wrongType'],
  ])('moves a value that is %s aside, for a week, and reads it as absent from then on', async (_name, corrupt, reason) => {
    const s = await store();
    const key = `web/conversations/bad-${reason}/`;
    await corrupt(`callflow:${key}`);
    expect((await s.read([key])).get(key)).toEqual({ kind: 'quarantined', reason });
    const [aside] = await probe.keys(`callflow:quarantine:${key}*`);
    expect(await probe.ttl(aside)).toBeGreaterThan(QUARANTINE_TTL_SECONDS - 60);
    expect((await s.read([key])).get(key)).toEqual({ kind: 'absent', afterLoss: false });
  });

  it('fails fast with StorageUnavailableError while Redis is down, and recovers by itself when it returns', async () => {
    const { storage } = await opened();
    await storage.write({ 'web/conversations/c6/': { kept: 'no' } });
    await redis.stop();
    await expect(storage.read(['web/conversations/c6/'])).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.write({ 'web/conversations/c6/': { kept: 'yes' } })).rejects.toBeInstanceOf(StorageUnavailableError);
    await redis.restart();
    let recovered = false;
    for (let i = 0; i < 100 && !recovered; i++) {
      recovered = await storage.write({ 'web/conversations/c6/': { kept: 'yes' } }).then(
        () => true,
        () => new Promise<boolean>((r) => setTimeout(() => r(false), 100)),
      );
    }
    expect(recovered).toBe(true);
    expect((await storage.read(['web/conversations/c6/']))['web/conversations/c6/']).toMatchObject({ kept: 'yes' });
    await probe.close().catch(() => undefined);
    probe = await redis.connectClient();
  });
});

describe('botbuilder state on Redis, turn by turn', () => {
  function turnOn(conversation: string): TurnContext {
    const adapter = new TestAdapter(async () => undefined, { channelId: 'msteams', conversation: { id: conversation } } as never);
    return new TurnContext(adapter, {
      type: 'message',
      channelId: 'msteams',
      conversation: { id: conversation } as never,
      from: { id: 'u1', name: 'Admin' },
      recipient: { id: 'bot', name: 'Advisor' },
    });
  }

  /** One turn on an instance: read the step, add one, save, as the bot does. */
  async function increment(instance: OpenedStorage, conversation: string): Promise<void> {
    const state = new ConversationState(instance.storage);
    const step = state.createProperty<number>('step');
    const context = turnOn(conversation);
    const key = state.getStorageKey(context) as string;
    await instance.storage.runTurn([key], async (turn) => {
      await step.set(context, ((await step.get(context)) ?? 0) + 1);
      await state.saveChanges(context);
      await turn.commit();
    });
  }

  it('two instances incrementing one new conversation 20 times each at once: all 40 applied', async () => {
    const a = await opened();
    const b = await opened();
    await Promise.all(Array.from({ length: 20 }, () => [increment(a, 'race-1'), increment(b, 'race-1')]).flat());
    const state = new ConversationState(a.storage);
    expect(await state.createProperty<number>('step').get(turnOn('race-1'))).toBe(40);
  });

  it('a turn that fails before its commit writes nothing', async () => {
    const a = await opened();
    await increment(a, 'rollback-1');
    const state = new ConversationState(a.storage);
    const step = state.createProperty<number>('step');
    const context = turnOn('rollback-1');
    await expect(
      a.storage.runTurn([state.getStorageKey(context) as string], async () => {
        await step.set(context, 99);
        await state.saveChanges(context);
        throw new Error('the reply could not be built');
      }),
    ).rejects.toThrow('the reply could not be built');
    expect(await new ConversationState(a.storage).createProperty<number>('step').get(turnOn('rollback-1'))).toBe(1);
  });
});

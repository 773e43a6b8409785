import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { createClient } from 'redis';
import { createLogger } from '../../src/log';
import { ETagConflictError, RedisStorage, StorageUnavailableError } from '../../src/state';
import { RedisServer } from '../../scripts/support/redis-server';

const quiet = createLogger('error', () => undefined);

function storageFor(url: string, overrides: Partial<ConstructorParameters<typeof RedisStorage>[0]> = {}): RedisStorage {
  return new RedisStorage({ url, conversationTtlSeconds: 600, userTtlSeconds: 3600, timeoutMs: 500, logger: quiet, ...overrides });
}

describe('RedisStorage on a real redis-server', () => {
  let redis: RedisServer;
  const opened: RedisStorage[] = [];
  const open = async (overrides = {}) => {
    const s = storageFor(redis.url, overrides);
    await s.connect();
    opened.push(s);
    return s;
  };

  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
    await redis.stop();
  });

  it('reads back what was written, with a new eTag on each write', async () => {
    const storage = await open();
    await storage.write({ 'msteams/conversations/c1': { step: 2, slots: { deployment: 'hybrid' } } });
    const first = await storage.read(['msteams/conversations/c1', 'msteams/conversations/missing']);
    expect(first['msteams/conversations/c1']).toMatchObject({ step: 2, slots: { deployment: 'hybrid' } });
    expect(first['msteams/conversations/missing']).toBeUndefined();
    await storage.write({ 'msteams/conversations/c1': { ...first['msteams/conversations/c1'], step: 3 } });
    const second = await storage.read(['msteams/conversations/c1']);
    expect(second['msteams/conversations/c1'].step).toBe(3);
    expect(second['msteams/conversations/c1'].eTag).not.toBe(first['msteams/conversations/c1'].eTag);
  });

  it('refuses a write carrying a stale eTag, so two instances never silently overwrite each other', async () => {
    const a = await open();
    const b = await open();
    await a.write({ 'slack/conversations/c2': { turn: 1 } });
    const seenByA = (await a.read(['slack/conversations/c2']))['slack/conversations/c2'];
    const seenByB = (await b.read(['slack/conversations/c2']))['slack/conversations/c2'];
    await b.write({ 'slack/conversations/c2': { ...seenByB, turn: 2, by: 'b' } });
    await expect(a.write({ 'slack/conversations/c2': { ...seenByA, turn: 2, by: 'a' } })).rejects.toBeInstanceOf(ETagConflictError);
    expect((await a.read(['slack/conversations/c2']))['slack/conversations/c2']).toMatchObject({ by: 'b' });
    // '*' is an explicit "last writer wins".
    await a.write({ 'slack/conversations/c2': { ...seenByA, eTag: '*', by: 'a' } });
    expect((await b.read(['slack/conversations/c2']))['slack/conversations/c2']).toMatchObject({ by: 'a' });
  });

  it('sets a TTL: short for conversations, long for user settings', async () => {
    const storage = await open();
    await storage.write({ 'web/conversations/c3': { x: 1 }, 'web/users/u3': { locale: 'zh-TW' } });
    const probe = createClient({ url: redis.url });
    await probe.connect();
    const conversationTtl = await probe.ttl('callflow:web/conversations/c3');
    const userTtl = await probe.ttl('callflow:web/users/u3');
    await probe.close();
    expect(conversationTtl).toBeGreaterThan(500);
    expect(conversationTtl).toBeLessThanOrEqual(600);
    expect(userTtl).toBeGreaterThan(3000);
  });

  it('deletes', async () => {
    const storage = await open();
    await storage.write({ 'web/conversations/c4': { x: 1 } });
    await storage.delete(['web/conversations/c4']);
    expect(await storage.read(['web/conversations/c4'])).toEqual({});
  });

  it('fails fast with StorageUnavailableError while Redis is down, and recovers by itself when it returns', async () => {
    const storage = await open();
    await storage.write({ 'web/conversations/c5': { kept: 'no' } });
    await redis.stop();
    await expect(storage.read(['web/conversations/c5'])).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.write({ 'web/conversations/c5': { kept: 'yes' } })).rejects.toBeInstanceOf(StorageUnavailableError);
    await redis.restart();
    let recovered = false;
    for (let i = 0; i < 100 && !recovered; i++) {
      recovered = await storage.write({ 'web/conversations/c5': { kept: 'yes' } }).then(
        () => true,
        () => new Promise<boolean>((r) => setTimeout(() => r(false), 100)),
      );
    }
    expect(recovered).toBe(true);
    expect((await storage.read(['web/conversations/c5']))['web/conversations/c5']).toMatchObject({ kept: 'yes' });
  });
});

describe('botbuilder state on RedisStorage', () => {
  let redis: RedisServer;
  const opened: RedisStorage[] = [];
  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
    await redis.stop();
  });

  async function instance() {
    const storage = storageFor(redis.url);
    await storage.connect();
    opened.push(storage);
    const state = new ConversationState(storage);
    return { state, step: state.createProperty<number>('step') };
  }

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

  it('never lets two instances silently overwrite each other, though BotState writes with eTag "*"', async () => {
    const a = await instance();
    const b = await instance();
    const first = turnOn('race-1');
    await a.step.set(first, 1);
    await a.state.saveChanges(first);

    // Both instances load the conversation, then both change it: the second save must fail, not overwrite.
    const onA = turnOn('race-1');
    const onB = turnOn('race-1');
    expect(await a.step.get(onA)).toBe(1);
    expect(await b.step.get(onB)).toBe(1);
    await b.step.set(onB, 2);
    await b.state.saveChanges(onB);
    await a.step.set(onA, 3);
    await expect(a.state.saveChanges(onA)).rejects.toBeInstanceOf(ETagConflictError);

    const check = await instance();
    expect(await check.step.get(turnOn('race-1'))).toBe(2);
  });

  it('lets one turn save twice, and the next turn continue', async () => {
    const a = await instance();
    const turn = turnOn('twice-1');
    await a.step.set(turn, 1);
    await a.state.saveChanges(turn);
    const next = turnOn('twice-1');
    await a.step.set(next, (await a.step.get(next))! + 1);
    await a.state.saveChanges(next);
    await a.step.set(next, 10);
    await a.state.saveChanges(next);
    expect(await (await instance()).step.get(turnOn('twice-1'))).toBe(10);
  });
});

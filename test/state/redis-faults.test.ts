// Findings 3, 4 and 5 of issue 12, with a real bot process on a real redis-server (no persistence, as many caches
// run): a stored value that cannot be read (garbage, a key of the wrong Redis type, a damaged user key), Redis full
// (maxmemory with noeviction), and Redis restarted with its data gone. In each case the user is told what happened,
// in their language, and never gets an answer built on a write that was lost.
import type { Activity } from 'botbuilder';
import { t } from '../../src/i18n';
import { exampleLink } from '../../src/present';
import { kindOf, linksOf, questionOf } from '../dialogs/cardReading';
import { postActivity, type Posted } from '../support/botframework-client';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { startCaptureServer, type CaptureServer } from '../../scripts/support/connector-capture';
import { RedisServer, type RedisClient } from '../../scripts/support/redis-server';
import { scenarioOf } from '../concurrency/channels';
import { answerData, type Click } from '../concurrency/pairs';

jest.setTimeout(120_000);

let redis: RedisServer;
let capture: CaptureServer;
let probe: RedisClient;
let bot: BotProcess;
const extra: BotProcess[] = [];

beforeAll(async () => {
  redis = await RedisServer.start();
  capture = await startCaptureServer();
  probe = await redis.connectClient();
  bot = await startBotProcess({ STORAGE_URL: redis.url });
});

afterAll(async () => {
  await Promise.all([bot, ...extra].map((b) => b?.kill()));
  await probe?.close().catch(() => undefined);
  await capture?.close();
  await redis?.stop();
});

const conversationKey = (conversation: string) => `callflow:msteams/conversations/${conversation}/`;
const userKey = (user: string) => `callflow:msteams/users/${user}/`;
const say = (conversation: string, fields: Partial<Activity>, to = bot): Promise<Posted> => postActivity(to.baseUrl, capture, conversation, fields);
const click = (conversation: string, c: Click, to = bot) => say(conversation, { value: answerData(c) }, to);
const QUESTION = { text: 'where does media go for a hybrid conference?' };

async function storedScenario(conversation: string): Promise<Record<string, string> | undefined> {
  const data = await probe.hGet(conversationKey(conversation), 'd');
  return data ? scenarioOf(JSON.parse(data)) : undefined;
}

function asked(posted: Posted): string | undefined {
  const question = posted.cards.find((c) => kindOf(c, 'en') === 'question');
  return question ? questionOf(question).slot : undefined;
}

const answered = (posted: Posted) => posted.cards.some((c) => kindOf(c, 'en') === 'answer');
const logEvents = (b: BotProcess, event: string) => b.logs.filter((line) => line.event === event);

describe('a stored value that cannot be read', () => {
  const garbage = 'garbage{not json';

  it.each([
    ['garbage in the hash', (key: string) => probe.hSet(key, { e: 'x1', d: garbage })],
    ['a key of the wrong Redis type', (key: string) => probe.set(key, garbage)],
    ['valid JSON that is not a state object', (key: string) => probe.hSet(key, { e: 'x2', d: '[1,2,3]' })],
  ])('%s: quarantined, logged once without its content, and the conversation starts over with a notice', async (_name, corrupt) => {
    const conversation = `corrupt-${Math.random().toString(36).slice(2)}`;
    await corrupt(conversationKey(conversation));
    const first = await say(conversation, QUESTION);
    expect(first.texts).toEqual([t('en', 'turn.stateUnreadable')]);
    expect(asked(first)).toBe('organizer');
    // The next turn goes on from the new state, without the notice.
    const second = await click(conversation, { slot: 'organizer', value: 'onPremises' });
    expect(second.texts).toEqual([]);
    expect(asked(second)).toBe('location');

    const quarantined = await probe.keys(`callflow:quarantine:msteams/conversations/${conversation}/*`);
    expect(quarantined).toHaveLength(1);
    expect(await probe.ttl(quarantined[0])).toBeGreaterThan(0);
    const lines = logEvents(bot, 'storage.quarantined').filter((l) => String(l.record).includes(conversation));
    expect(lines).toHaveLength(1);
    expect(JSON.stringify(bot.logs)).not.toContain(garbage);
  });

  it('a damaged user key: the user is told once that their settings were reset, and every conversation of theirs works', async () => {
    const user = `user-${Math.random().toString(36).slice(2)}`;
    await probe.hSet(userKey(user), { e: 'x3', d: garbage });
    const from = { id: user, name: 'Admin' };
    const first = await say(`${user}-a`, { ...QUESTION, from });
    expect(first.texts).toEqual([t('en', 'turn.settingsUnreadable')]);
    expect(asked(first)).toBe('organizer');
    const other = await say(`${user}-b`, { ...QUESTION, from });
    expect(other.texts).toEqual([]);
    expect(asked(other)).toBe('organizer');
  });

  it('"start over" works in a conversation whose state cannot be read', async () => {
    const conversation = `restart-${Math.random().toString(36).slice(2)}`;
    await probe.set(conversationKey(conversation), garbage);
    const restarted = await say(conversation, { text: 'start over' });
    expect(restarted.texts).toEqual([t('en', 'turn.stateUnreadable')]);
    expect(restarted.cards.map((c) => kindOf(c, 'en'))).toEqual(['welcome']);
  });
});

describe('Redis full (maxmemory, noeviction)', () => {
  /** Fills Redis with other data, then caps it just below what it holds: every write that adds data is refused. */
  async function fillRedis(): Promise<void> {
    const filler = 'x'.repeat(4096);
    for (let i = 0; i < 64; i++) await probe.set(`filler:${i}`, filler);
    const used = Number(/used_memory:(\d+)/.exec(await probe.info('memory'))?.[1]);
    await probe.configSet({ 'maxmemory-policy': 'noeviction', maxmemory: String(used - 64 * 1024) });
    await expect(probe.set('filler:one-more', filler)).rejects.toThrow(/^OOM/);
  }

  async function freeRedis(): Promise<void> {
    await probe.configSet({ maxmemory: '0' });
    const fillers = await probe.keys('filler:*');
    if (fillers.length > 0) await probe.del(fillers);
  }

  it('refuses the click with "store full", changes nothing, reports degraded health; then goes on to the right answer', async () => {
    const conversation = `full-${Math.random().toString(36).slice(2)}`;
    expect(asked(await click(conversation, { slot: 'deployment', value: 'hybrid' }))).toBe('callType');
    expect(asked(await click(conversation, { slot: 'callType', value: 'conference' }))).toBe('organizer');

    await fillRedis();
    try {
      const refused = await click(conversation, { slot: 'organizer', value: 'onPremises' });
      // Nothing built on the lost write: no next question, only the refusal.
      expect(refused.cards).toEqual([]);
      expect(refused.texts).toEqual([t('en', 'turn.storageFull')]);
      expect(await storedScenario(conversation)).toEqual({ deployment: 'hybrid', callType: 'conference' });
      const zh = await click(conversation, { slot: 'location', value: 'internet' }, bot);
      expect(zh.texts).toEqual([t('en', 'turn.storageFull')]);

      const health = await fetch(`${bot.baseUrl}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'degraded', storage: { kind: 'redis', state: 'full' } });
      expect(logEvents(bot, 'storage.redis.memoryPressure').length).toBeGreaterThanOrEqual(1);
    } finally {
      await freeRedis();
    }

    expect(asked(await click(conversation, { slot: 'organizer', value: 'onPremises' }))).toBe('location');
    // From the Internet, where the user is homed decides whether an Online Edge may carry the media over ExpressRoute.
    expect(asked(await click(conversation, { slot: 'location', value: 'internet' }))).toBe('homing');
    const answer = await click(conversation, { slot: 'homing', value: 'onPremises' });
    expect(answered(answer)).toBe(true);
    expect(answer.cards.flatMap(linksOf)).toContain(exampleLink('hybridConference', 'en').url);
    expect(await (await fetch(`${bot.baseUrl}/healthz`)).json()).toMatchObject({ status: 'ok' });
  });
});

describe('Redis restarted without its data', () => {
  /** Sends until the instance has reconnected (while it has not, users are told to try again). */
  async function clickOnceReconnected(conversation: string, c: Click, to: BotProcess): Promise<Posted> {
    for (let i = 0; i < 100; i++) {
      const posted = await click(conversation, c, to);
      if (!posted.texts.includes(t('en', 'dialog.storageUnavailable'))) return posted;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the bot did not reconnect to Redis');
  }

  it('tells users of conversations under way that they were lost, once, and they start over; a new instance tells them too', async () => {
    const conversations = ['lost-a', 'lost-b'];
    for (const conversation of conversations) {
      await click(conversation, { slot: 'deployment', value: 'hybrid' });
      await click(conversation, { slot: 'callType', value: 'conference' });
    }
    await redis.stop();
    await redis.restart();
    await probe.close().catch(() => undefined);
    probe = await redis.connectClient();

    const told = await clickOnceReconnected('lost-a', { slot: 'location', value: 'internet' }, bot);
    expect(told.texts).toEqual([t('en', 'turn.conversationLost')]);
    // Started over from this message: where the user is, nothing else.
    expect(await storedScenario('lost-a')).toEqual({ location: 'internet' });
    expect(asked(told)).toBe('callType');
    const next = await click('lost-a', { slot: 'deployment', value: 'hybrid' });
    expect(next.texts).toEqual([]);

    // An instance started after the loss knows of it too.
    const late = await startBotProcess({ STORAGE_URL: redis.url });
    extra.push(late);
    const alsoTold = await clickOnceReconnected('lost-b', { slot: 'location', value: 'internet' }, late);
    expect(alsoTold.texts).toEqual([t('en', 'turn.conversationLost')]);
    expect(logEvents(bot, 'storage.redis.dataLost')).toHaveLength(1);
  });
});

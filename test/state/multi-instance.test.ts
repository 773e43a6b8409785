// Several instances behind a load balancer: two real bot processes (as `npm start` runs them) share one real
// redis-server. One conversation alternates between them; one is killed mid-conversation and the other carries on;
// Redis goes away and comes back, and users get a clear "try again" meanwhile, and nothing is lost.
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../src/cards';
import { t } from '../../src/i18n';
import { exampleLink } from '../../src/present';
import { kindOf, linksOf, questionOf } from '../dialogs/cardReading';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { startCaptureServer, type CaptureServer } from '../../scripts/support/connector-capture';
import { RedisServer } from '../../scripts/support/redis-server';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
jest.setTimeout(60000);

let redis: RedisServer;
let capture: CaptureServer;
let dataDir: string;
const instances: BotProcess[] = [];
let sequence = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'callflow-redis-'));
  redis = await RedisServer.start({ persistDir: dataDir });
  capture = await startCaptureServer();
  instances.push(await startBotProcess({ STORAGE_URL: redis.url }), await startBotProcess({ STORAGE_URL: redis.url }));
});

afterAll(async () => {
  await Promise.all(instances.map((i) => i.kill()));
  await capture?.close();
  await redis?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Reply {
  cards: AdaptiveCard[];
  texts: string[];
}

/** One user turn posted to one instance; returns what the bot replied in that turn. */
async function say(instance: BotProcess, conversation: string, fields: Partial<Activity>, locale = 'en-US'): Promise<Reply> {
  const before = capture.replies.length;
  const response = await fetch(`${instance.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `m${++sequence}`,
      channelId: 'msteams',
      serviceUrl: capture.url,
      locale,
      timestamp: new Date().toISOString(),
      conversation: { id: conversation },
      from: { id: `user-${conversation}`, name: 'Admin' },
      recipient: { id: 'advisor', name: 'Advisor' },
      ...fields,
    }),
  });
  expect(response.status).toBe(200);
  const replies = capture.replies.slice(before).filter((r) => r.conversationId === conversation && r.activity.type !== 'typing');
  return {
    cards: replies.flatMap((r) => (r.activity.attachments ?? []).filter((a) => a.contentType === ADAPTIVE_CARD).map((a) => a.content as AdaptiveCard)),
    texts: replies.map((r) => r.activity.text ?? '').filter((text) => text !== ''),
  };
}

function askedSlot(reply: Reply): string | undefined {
  const question = reply.cards.find((c) => kindOf(c, 'en') === 'question');
  return question ? questionOf(question).slot : undefined;
}

function answerLinks(reply: Reply): string[] {
  const answer = reply.cards.find((c) => kindOf(c, 'en') === 'answer');
  return answer ? linksOf(answer) : [];
}

const hybridConferenceLink = exampleLink('hybridConference', 'en').url;

describe('two instances sharing Redis', () => {
  it('carry one conversation that alternates between them to the right answer', async () => {
    const [a, b] = instances;
    expect(askedSlot(await say(a, 'alt-1', { text: 'where does media go for a hybrid conference?' }))).toBe('organizer');
    expect(askedSlot(await say(b, 'alt-1', { value: { action: 'answer', slot: 'organizer', value: 'onPremises' } }))).toBe('location');
    // From home, where the user is homed decides whether media may cross ExpressRoute (an Online Edge): asked too.
    expect(askedSlot(await say(a, 'alt-1', { text: 'from home' }))).toBe('homing');
    const answer = await say(b, 'alt-1', { value: { action: 'answer', slot: 'homing', value: 'onPremises' } });
    expect(answerLinks(answer)).toContain(hybridConferenceLink);
  });

  it('let the survivor carry on when one instance is killed mid-conversation', async () => {
    const [a, b] = instances;
    expect(askedSlot(await say(a, 'kill-1', { text: 'where does media go for a hybrid conference?' }))).toBe('organizer');
    await a.kill();
    expect(askedSlot(await say(b, 'kill-1', { text: 'the organizer is on-premises' }))).toBe('location');
    expect(askedSlot(await say(b, 'kill-1', { text: 'from home' }))).toBe('homing');
    expect(answerLinks(await say(b, 'kill-1', { text: 'homed on-premises' }))).toContain(hybridConferenceLink);
  });

  it('say "try again" in the user\'s language while Redis is down, stay up, and recover by themselves', async () => {
    const b = instances[1];
    expect(askedSlot(await say(b, 'blip-1', { text: '混合式部署的會議，媒體會走哪裡？' }, 'zh-TW'))).toBe('organizer');
    await redis.stop();

    const duringOutageZh = await say(b, 'blip-1', { text: '召集人是內部部署的使用者' }, 'zh-TW');
    expect(duringOutageZh.texts.join('\n')).toContain(t('zh-TW', 'dialog.storageUnavailable'));
    const duringOutageEn = await say(b, 'blip-2', { text: 'where does media go for a hybrid conference?' });
    expect(duringOutageEn.texts.join('\n')).toContain(t('en', 'dialog.storageUnavailable'));
    expect((await fetch(`${b.baseUrl}/healthz`)).status).toBe(200);

    await redis.restart();
    // The client reconnects by itself; the conversation continues where it was before the outage.
    let reply: Reply = { cards: [], texts: [] };
    for (let i = 0; i < 50 && askedSlot(reply) !== 'location'; i++) {
      reply = await say(b, 'blip-1', { text: '召集人是內部部署的使用者' }, 'zh-TW');
      if (askedSlot(reply) !== 'location') await new Promise((r) => setTimeout(r, 200));
    }
    expect(askedSlot(reply)).toBe('location');
    expect(askedSlot(await say(b, 'blip-1', { text: '在家' }, 'zh-TW'))).toBe('homing');
    const answer = await say(b, 'blip-1', { value: { action: 'answer', slot: 'homing', value: 'onPremises' } }, 'zh-TW');
    expect(answerLinks(answer)).toContain(exampleLink('hybridConference', 'zh-TW').url);
  });
});

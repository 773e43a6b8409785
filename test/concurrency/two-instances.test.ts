// Finding 1 of issue 12, across instances: two real bot processes share one real redis-server, and the two
// messages of each pair go to different instances at the same moment. 20 conversations at once, new ones (the
// first write of a conversation has no eTag to check) and ones under way; through the Bot Framework endpoint and
// the local page's API.
import { createClient } from 'redis';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { startCaptureServer, type CaptureServer } from '../../scripts/support/connector-capture';
import { RedisServer } from '../../scripts/support/redis-server';
import { botFrameworkChannel, scenarioOf, webChannel } from './channels';
import { EXISTING_PAIR, NEW_PAIR, runPairs, SETUP, type ChannelUnderTest } from './pairs';

jest.setTimeout(120_000);

let redis: RedisServer;
let capture: CaptureServer;
let probe: ReturnType<typeof createClient>;
const instances: BotProcess[] = [];

beforeAll(async () => {
  redis = await RedisServer.start();
  capture = await startCaptureServer();
  probe = createClient({ url: redis.url });
  await probe.connect();
  instances.push(await startBotProcess({ STORAGE_URL: redis.url }), await startBotProcess({ STORAGE_URL: redis.url }));
});

afterAll(async () => {
  await Promise.all(instances.map((i) => i.kill()));
  await probe?.close();
  await capture?.close();
  await redis?.stop();
});

const stored = async (key: string) => {
  const data = await probe.hGet(`callflow:${key}`, 'd');
  return data ? scenarioOf(JSON.parse(data)) : undefined;
};
const urls = () => instances.map((i) => i.baseUrl);

const channels: [string, () => ChannelUnderTest][] = [
  ['the Bot Framework endpoint', () => botFrameworkChannel(urls(), capture, stored)],
  ['the local page', () => webChannel(urls(), stored)],
];

describe.each(channels)('%s on two instances, 20 conversations each getting one message on each instance at once', (_name, channel) => {
  it('applies both first messages of new conversations', async () => {
    const outcome = await runPairs(channel(), { pairs: 20, pair: NEW_PAIR, setup: [], instances: 2 });
    expect(outcome).toMatchObject({ lost: [], told: [], unanswered: [] });
  });

  it('applies both answers in conversations under way, and shows the answer they complete', async () => {
    const outcome = await runPairs(channel(), { pairs: 20, pair: EXISTING_PAIR, setup: SETUP, instances: 2 });
    expect(outcome).toMatchObject({ lost: [], told: [], unanswered: [], answered: 20 });
  });
});

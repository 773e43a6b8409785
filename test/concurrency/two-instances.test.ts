// Finding 1 of issue 12, across instances: two real bot processes share one real redis-server, and the two
// messages of each pair go to different instances at the same moment. 20 conversations at once, new ones (the
// first write of a conversation has no eTag to check) and ones under way; through the Bot Framework endpoint and
// the local page's API.
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { startCaptureServer, type CaptureServer } from '../../scripts/support/connector-capture';
import { RedisServer, type RedisClient } from '../../scripts/support/redis-server';
import { botFrameworkChannel, scenarioOf, webChannel } from './channels';
import { describePairs, type ChannelUnderTest } from './pairs';

jest.setTimeout(120_000);

let redis: RedisServer;
let capture: CaptureServer;
let probe: RedisClient;
const instances: BotProcess[] = [];

beforeAll(async () => {
  redis = await RedisServer.start();
  capture = await startCaptureServer();
  probe = await redis.connectClient();
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

describePairs(channels, 2);

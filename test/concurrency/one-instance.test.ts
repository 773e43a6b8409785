// Finding 1 of issue 12, on one instance: two messages of one conversation arriving together must both be applied
// (or the user told to send one again), never one silently lost. 20 conversations at once, each getting a pair,
// new conversations and conversations already under way, through the Bot Framework endpoint and the local page.
import { createAdvisorBot } from '../../src/bot';
import { createBotServer, type BotServer } from '../../src/channels/botframework';
import { registerWebChannel } from '../../src/channels/web';
import { createLogger } from '../../src/log';
import { createRecognizer } from '../../src/nlu';
import { openMemoryStorage, type StateStorage } from '../../src/state';
import { startCaptureServer, type CaptureServer } from '../../scripts/support/connector-capture';
import { botFrameworkChannel, scenarioOf, webChannel } from './channels';
import { describePairs, type ChannelUnderTest } from './pairs';

jest.setTimeout(120_000);

let server: BotServer;
let capture: CaptureServer;
let storage: StateStorage;
let baseUrl: string;

beforeAll(async () => {
  capture = await startCaptureServer();
  storage = openMemoryStorage().storage;
  const logger = createLogger('error', () => undefined);
  const recognizer = createRecognizer();
  const bot = createAdvisorBot({ storage, recognizer, logger });
  server = createBotServer({ bot, credentials: { kind: 'none' }, logger, port: 0, host: '127.0.0.1' });
  registerWebChannel(server.server, { storage, recognizer, logger });
  baseUrl = await server.listen();
});

afterAll(async () => {
  await server?.close();
  await capture?.close();
});

const stored = async (key: string) => scenarioOf((await storage.read([key]))[key]);

const channels: [string, () => ChannelUnderTest][] = [
  ['the Bot Framework endpoint', () => botFrameworkChannel([baseUrl], capture, stored)],
  ['the local page', () => webChannel([baseUrl], stored)],
];

describePairs(channels, 1);

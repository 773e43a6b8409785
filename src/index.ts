// `npm start`: wiring only. Reads the settings, builds storage, recognizer and bot, and starts the servers.
import { createAdvisorBot } from './bot';
import { createBotServer, MESSAGES_PATH } from './channels/botframework';
import { registerWebChannel } from './channels/web';
import { ConfigError, parseConfig, readEnvironment } from './config';
import { createLogger } from './log';
import { createRecognizer } from './nlu';
import { openStorage } from './state';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(readEnvironment());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger('error').error('config.invalid', { problem: error.message });
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config.logLevel);
  process.on('unhandledRejection', (reason) => logger.error('process.unhandledRejection', { error: reason }));

  const state = await openStorage({ url: config.storage.url, conversationTtlSeconds: config.storage.conversationTtlSeconds }, logger);
  const recognizer = createRecognizer();
  const bot = createAdvisorBot({ storage: state.storage, recognizer, publicBaseUrl: config.publicBaseUrl, logger });
  const botServer = createBotServer({ bot, credentials: config.bot, logger, port: config.port, host: config.host });
  // The local chat page and the diagrams, on the same server and the same storage.
  registerWebChannel(botServer.server, { storage: state.storage, recognizer, logger });
  const url = await botServer.listen();
  logger.info('server.listening', {
    url: `${url}${MESSAGES_PATH}`,
    page: `${url}/`,
    authentication: config.bot.kind === 'none' ? 'off (local use, Bot Framework Emulator)' : config.bot.appType,
    storage: state.kind,
  });

  const stop = (signal: NodeJS.Signals) => {
    logger.info('server.stopping', { signal });
    void Promise.allSettled([botServer.close(), state.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  createLogger('error').error('server.failed', { error });
  process.exit(1);
});

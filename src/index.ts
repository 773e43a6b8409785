// `npm start`: wiring only. Reads the settings, builds storage, recognizer and bot, and starts the servers.
import { MemoryStorage } from 'botbuilder';
import { createAdvisorBot } from './bot';
import { createBotServer, MESSAGES_PATH } from './channels/botframework';
import { ConfigError, parseConfig, readEnvironment } from './config';
import { createLogger } from './log';
import { createRecognizer } from './nlu';

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

  const bot = createAdvisorBot({ storage: new MemoryStorage(), recognizer: createRecognizer(), logger });
  const botServer = createBotServer({ bot, credentials: config.bot, logger, port: config.port, host: config.host });
  const url = await botServer.listen();
  logger.info('server.listening', {
    url: `${url}${MESSAGES_PATH}`,
    authentication: config.bot.kind === 'none' ? 'off (local use, Bot Framework Emulator)' : config.bot.appType,
  });

  const stop = (signal: NodeJS.Signals) => {
    logger.info('server.stopping', { signal });
    void botServer.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  createLogger('error').error('server.failed', { error });
  process.exit(1);
});

// `npm start`: wiring only. Reads the settings, builds storage, recognizer and bot, and starts the channels.
import { createAdvisorBot } from './bot';
import { createBotServer, MESSAGES_PATH } from './channels/botframework';
import { createThrottle } from './channels/http';
import { createSlackApp, slackSettings, SLACK_EVENTS_PATH, type SlackApp } from './channels/slack';
import { registerDiagramRoute, registerWebChannel } from './channels/web';
import { ConfigError, parseConfig, readEnvironment, PUBLIC_WITHOUT_APP_ID, type AppConfig } from './config';
import { routeConsoleToLog } from './consoleLog';
import { createLogger, type Logger } from './log';
import { createRecognizer } from './nlu';
import { openStorage } from './state';

function readSettings() {
  const env = readEnvironment();
  try {
    return { env, config: parseConfig(env), slackEnabled: slackSettings(env) !== undefined };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger('error').error('config.invalid', { problem: error.message });
    return undefined;
  }
}

function describeThrottle({ throttle, trustedProxyHops }: AppConfig): string {
  switch (throttle.kind) {
    case 'off':
      return 'off';
    case 'perClient':
      return `${throttle.perMinute}/min, bursts of ${throttle.burst}, per client address${trustedProxyHops > 0 ? ` (behind ${trustedProxyHops} proxy hop(s))` : ''}`;
  }
}

/** Slack is optional: when it cannot start (a bad token, Slack unreachable) Teams and the local page keep running. */
async function startSlack(app: SlackApp, logger: Logger): Promise<SlackApp | undefined> {
  try {
    await app.start();
    return app;
  } catch (error) {
    logger.error('slack.startFailed', { error });
    return undefined;
  }
}

/** What an operator must know about who can reach this server. */
function logExposure(config: AppConfig, logger: Logger): void {
  if (config.publicWithoutAuthentication) {
    logger.warn('server.publicWithoutAuthentication', {
      problem: `Listening beyond loopback with no MicrosoftAppId, as ${PUBLIC_WITHOUT_APP_ID} allows: anyone who reaches the port can use the bot.`,
    });
  }
  if (config.access.allowedHosts === 'any') {
    logger.info('server.hostNamesUnchecked', { reason: 'Set PUBLIC_BASE_URL (or ALLOWED_HOSTS) to refuse requests that name another host.' });
  }
}

async function main(): Promise<void> {
  const settings = readSettings();
  if (!settings) {
    process.exitCode = 1;
    return;
  }
  const { env, config } = settings;
  const logger = createLogger(config.logLevel);
  routeConsoleToLog(logger);
  process.on('unhandledRejection', (reason) => logger.error('process.unhandledRejection', { error: reason }));
  logExposure(config, logger);

  const state = await openStorage(
    { url: config.storage.url, conversationTtlSeconds: config.storage.conversationTtlSeconds, memory: config.storage.memory },
    logger,
  );
  const recognizer = createRecognizer();
  const bot = createAdvisorBot({ storage: state.storage, recognizer, publicBaseUrl: config.publicBaseUrl, logger });
  const gate = createThrottle({ throttle: config.throttle, trustedProxyHops: config.trustedProxyHops, logger });
  const botServer = createBotServer({
    bot,
    credentials: config.bot,
    logger,
    port: config.port,
    host: config.host,
    gate,
    health: state.health,
    access: config.access,
    outbound: config.outbound,
  });
  // The local chat page, on the same server and the same storage, and the diagrams answer cards point at.
  if (config.webPage) registerWebChannel(botServer.server, { storage: state.storage, recognizer, logger });
  registerDiagramRoute(botServer.server, logger);
  const slackApp = settings.slackEnabled ? createSlackApp({ bot, storage: state.storage, logger, env, gate }) : undefined;
  if (slackApp?.botServerEvents) botServer.postRaw(SLACK_EVENTS_PATH, slackApp.botServerEvents);
  const url = await botServer.listen();
  logger.info('server.listening', {
    url: `${url}${MESSAGES_PATH}`,
    page: config.webPage ? `${url}/` : 'off (WEB_PAGE=on serves it)',
    ...(slackApp?.botServerEvents ? { slack: `${url}${SLACK_EVENTS_PATH}` } : {}),
    authentication: config.bot.kind === 'none' ? 'off (local use, Bot Framework Emulator)' : config.bot.appType,
    storage: state.kind,
    throttle: describeThrottle(config),
  });
  const slack = slackApp ? await startSlack(slackApp, logger) : undefined;

  const stop = (signal: NodeJS.Signals) => {
    logger.info('server.stopping', { signal });
    // Socket Mode can leave a timer behind for up to 30 s: exit explicitly once everything is closed.
    void Promise.allSettled([botServer.close(), state.close(), slack?.stop()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  createLogger('error').error('server.failed', { error });
  process.exit(1);
});

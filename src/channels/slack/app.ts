// The Slack app: Bolt receives Slack's requests (HTTP on SLACK_PORT at /slack/events, or Socket Mode), its
// listeners turn them into activities for the same advisor bot that serves Teams, and the Slack adapter posts the
// bot's replies through the Web API.
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { Storage } from 'botbuilder';
import { chooseLocale } from '../../../dialogs';
import { handleTurnError } from '../../bot';
import { ConfigError } from '../../config';
import type { Locale } from '../../i18n';
import type { Logger } from '../../log';
import { register as registerActions } from './actions';
import { SlackAdapter } from './adapter';
import { boltLogger } from './boltLogger';
import { register as registerCommands } from './commands';
import { createDeduper } from './dedupe';
import type { ListenerDeps } from './deps';
import { register as registerEvents } from './events';
import { createHomePublisher } from './home';
import { createPreferenceReader, type PreferenceReader } from './preferences';
import { SLACK_EVENTS_PATH, slackSettings, type SlackSettings } from './settings';
import { createTurnRunner, type SlackBot } from './turn';
import { createUserLocales } from './userLocales';
import { withTimestampWindow } from './verify';

export interface SlackAppOptions {
  bot: SlackBot;
  /** The bot's state storage; App Home reads the user's chosen language from it. */
  storage?: Storage;
  logger: Logger;
  env: Record<string, string | undefined>;
}

export interface SlackApp {
  readonly transport: SlackSettings['transport']['kind'];
  /** HTTP: listens (on SLACK_PORT unless `listen` says otherwise) and returns the events URL. Socket Mode: connects. */
  start(listen?: { port?: number; host?: string }): Promise<{ url?: string }>;
  stop(): Promise<void>;
}

/**
 * 1 MiB: the largest request Slack sends this app is a button click, which carries the clicked message (one of
 * this app's cards, under 28 KB as an Adaptive Card) and its inputs; a message event carries at most 40,000
 * characters. Anything larger is refused with 413 before it is read or its signature checked (Bolt's own default
 * is 4 MB).
 */
export const SLACK_MAX_BODY_BYTES = 1024 * 1024;

function receiverFor(settings: SlackSettings, logger: Logger): Receiver {
  const { transport } = settings;
  switch (transport.kind) {
    case 'http':
      return withTimestampWindow(
        new HTTPReceiver({
          signingSecret: transport.signingSecret,
          endpoints: SLACK_EVENTS_PATH,
          port: transport.port,
          bodyLimit: SLACK_MAX_BODY_BYTES,
          logger: boltLogger(logger),
        }),
        logger,
      );
    case 'socket':
      return new SocketModeReceiver({
        appToken: transport.appToken,
        logger: boltLogger(logger),
        ...(settings.apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: settings.apiUrl } } } : {}),
      });
  }
}

export function createSlackApp({ bot, storage, logger, env }: SlackAppOptions): SlackApp {
  const settings = slackSettings(env);
  if (!settings) throw new ConfigError('The Slack app needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN.');
  const receiver = receiverFor(settings, logger);
  const app = new App({
    token: settings.botToken,
    receiver,
    logger: boltLogger(logger),
    // auth.test runs in start(), not here, so building the app never touches the network.
    deferInitialization: true,
    convoStore: false,
    clientOptions: {
      ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
      // A 429 waits the Retry-After Slack sends, then retries; other failures back off up to five times.
      rejectRateLimitedCalls: false,
      retryConfig: webApi.retryPolicies.fiveRetriesInFiveMinutes,
    },
  });

  const adapter = new SlackAdapter(app.client, logger);
  adapter.onTurnError = (context, error) => handleTurnError(context, error, logger);
  const locales = createUserLocales(app.client, logger);
  const preferences: PreferenceReader = storage ? createPreferenceReader(storage, adapter) : async () => ({});
  // The same order the dialogs use: the user's choice, the language they last used, their Slack locale.
  const homeLocale = async (userId: string): Promise<Locale> => {
    const { chosenLocale, lastLocale } = await preferences(userId);
    return chooseLocale({ chosen: chosenLocale, last: lastLocale, activityLocale: await locales.localeOf(userId) });
  };
  const deps: ListenerDeps = {
    runTurn: createTurnRunner({ adapter, bot, locales, logger }),
    dedupe: createDeduper(),
    publishHome: createHomePublisher(homeLocale),
    logger,
  };
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  app.error(async (error) => {
    logger.error('slack.listener.failed', { error, code: error.code });
  });

  return {
    transport: settings.transport.kind,
    async start(listen = {}) {
      await app.init();
      if (settings.transport.kind === 'socket') {
        await app.start();
        logger.info('slack.started', { transport: 'socket' });
        return {};
      }
      const port = listen.port ?? settings.transport.port;
      const server = (await app.start(listen.host ? { port, host: listen.host } : port)) as { address(): AddressInfo | string | null };
      const address = server.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${host}:${address.port}${SLACK_EVENTS_PATH}`;
      logger.info('slack.started', { transport: 'http', url });
      return { url };
    },
    async stop() {
      await app.stop();
      logger.info('slack.stopped', { transport: settings.transport.kind });
    },
  };
}

// The Slack app: Bolt receives Slack's requests (HTTP at /slack/events on the bot's port or SLACK_PORT, or Socket
// Mode), its listeners turn them into activities for the same advisor bot that serves Teams, and the Slack adapter
// posts the bot's replies through the Web API.
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { Storage } from 'botbuilder';
import { chooseLocale } from '../../../dialogs';
import { handleTurnError } from '../../bot';
import { ConfigError } from '../../config';
import type { Locale } from '../../i18n';
import type { Logger } from '../../log';
import type { RequestGate } from '../http';
import { register as registerActions } from './actions';
import { SlackAdapter } from './adapter';
import { boltLogger } from './boltLogger';
import { register as registerCommands } from './commands';
import { createDeduper } from './dedupe';
import type { ListenerDeps } from './deps';
import { register as registerEvents } from './events';
import { createHomePublisher } from './home';
import { serveOnOwnPort, whenReady, type OwnServer } from './httpEndpoint';
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
  /** Per-client throttling for the server of the app's own (SLACK_PORT); the bot's server applies its own. */
  gate?: RequestGate;
}

export interface SlackApp {
  readonly transport: SlackSettings['transport']['kind'];
  /**
   * HTTP without SLACK_PORT: what the bot's server runs for POST /slack/events (Bolt checks the signature, then the
   * listeners run). Undefined otherwise.
   */
  readonly botServerEvents?: RequestListener;
  /**
   * Checks the token (auth.test). Socket Mode: connects. HTTP on SLACK_PORT: listens (on the port and host `listen`
   * gives, if any) and returns the events URL. HTTP on the bot's server: from now on its requests are handled.
   */
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

export function createSlackApp({ bot, storage, logger, env, gate = () => true }: SlackAppOptions): SlackApp {
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

  const { transport } = settings;
  // Bolt's own server (app.start() in HTTP mode) is never used: the requests reach the receiver through a server of
  // this project's, the bot's or one on SLACK_PORT, so throttling and logging apply to them as to every request.
  let ready = false;
  const events = receiver instanceof HTTPReceiver ? whenReady(receiver.requestListener, () => ready) : undefined;
  let ownServer: OwnServer | undefined;

  return {
    transport: transport.kind,
    botServerEvents: transport.kind === 'http' && transport.endpoint.kind === 'botServer' ? events : undefined,
    async start(listen = {}) {
      await app.init();
      if (transport.kind === 'socket') {
        await app.start();
        logger.info('slack.started', { transport: 'socket' });
        return {};
      }
      ready = true;
      if (transport.endpoint.kind === 'botServer' || !events) {
        logger.info('slack.started', { transport: 'http', endpoint: 'botServer', path: SLACK_EVENTS_PATH });
        return {};
      }
      ownServer = await serveOnOwnPort(events, gate, { port: listen.port ?? transport.endpoint.port, host: listen.host });
      logger.info('slack.started', { transport: 'http', endpoint: 'ownPort', url: ownServer.url });
      return { url: ownServer.url };
    },
    async stop() {
      ready = false;
      if (transport.kind === 'socket') await app.stop();
      await ownServer?.close();
      logger.info('slack.stopped', { transport: transport.kind });
    },
  };
}

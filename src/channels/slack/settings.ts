// The Slack app's settings from the environment: absent when no Slack variable is set (the app does not start),
// an error naming the variable when they are set but incomplete or malformed.
import { ConfigError, parsePort, read, type Env } from '../../config';

export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Where Slack's HTTP requests arrive: /slack/events on the bot's own server (PORT, the one port hosts such as App
 * Service and Container Apps expose), or on a server of the Slack app's own when SLACK_PORT is set.
 */
export type SlackEndpoint = { kind: 'botServer' } | { kind: 'ownPort'; port: number };

/** HTTP (Slack calls /slack/events, requests signed) or Socket Mode (the app dials out with SLACK_APP_TOKEN). */
export type SlackTransport = { kind: 'http'; signingSecret: string; endpoint: SlackEndpoint } | { kind: 'socket'; appToken: string };

export interface SlackSettings {
  botToken: string;
  transport: SlackTransport;
  /** Web API base URL; Slack's own when unset. */
  apiUrl?: string;
}

function apiUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`SLACK_API_URL must be a URL such as https://slack.com/api/, not "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('SLACK_API_URL must be an http(s) URL.');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function token(name: string, value: string, prefix: string): string {
  if (!value.startsWith(prefix)) throw new ConfigError(`${name} must be a token starting with "${prefix}".`);
  return value;
}

export function slackSettings(env: Env): SlackSettings | undefined {
  const botToken = read(env, 'SLACK_BOT_TOKEN');
  const signingSecret = read(env, 'SLACK_SIGNING_SECRET');
  const appToken = read(env, 'SLACK_APP_TOKEN');
  if (botToken === undefined) {
    if (signingSecret !== undefined || appToken !== undefined) {
      throw new ConfigError('SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not.');
    }
    return undefined;
  }
  const api = apiUrl(read(env, 'SLACK_API_URL'));
  const common = { botToken: token('SLACK_BOT_TOKEN', botToken, 'xoxb-'), ...(api ? { apiUrl: api } : {}) };
  if (appToken !== undefined) return { ...common, transport: { kind: 'socket', appToken: token('SLACK_APP_TOKEN', appToken, 'xapp-') } };
  if (signingSecret !== undefined) {
    const endpoint: SlackEndpoint =
      read(env, 'SLACK_PORT') === undefined ? { kind: 'botServer' } : { kind: 'ownPort', port: parsePort(env, 'SLACK_PORT', 0) };
    return { ...common, transport: { kind: 'http', signingSecret, endpoint } };
  }
  throw new ConfigError('SLACK_BOT_TOKEN is set, but neither SLACK_SIGNING_SECRET (HTTP) nor SLACK_APP_TOKEN (Socket Mode) is.');
}


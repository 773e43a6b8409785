// The process's settings, read once from the environment (and a .env file, for local use) and checked up front,
// so a misconfigured deployment stops at start with a message naming the variable instead of failing a user's turn.
import dotenv from 'dotenv';
import { assertNever } from './engine/types';
import { isLoopbackHost, isWildcardHost, parseHostPattern, type HostPattern } from './hosts';
import { DEFAULT_MEMORY_LIMITS } from './state';

export const DEFAULT_PORT = 3978;
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

/**
 * How the bot proves itself to the Bot Framework, and how it checks who calls it. `none` is local use with the
 * Bot Framework Emulator: no app id, so requests are not authenticated.
 */
export type BotCredentials =
  | { kind: 'none' }
  | ({ kind: 'password'; appType: 'MultiTenant' | 'SingleTenant'; appId: string; password: string; tenantId?: string } & TokenIssuers)
  | ({ kind: 'managedIdentity'; appType: 'UserAssignedMSI'; appId: string; tenantId: string } & TokenIssuers);

/**
 * botbuilder's cloud settings, by the names botbuilder reads: unset, the public Azure cloud. For a sovereign cloud
 * (or a test's stand-in for Microsoft's token service) set all of them: when any is set, botbuilder takes the set
 * as complete.
 */
export const CLOUD_SETTINGS = [
  'ChannelService',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'ToBotFromChannelTokenIssuer',
  'OAuthUrl',
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'CallerId',
] as const;
export type CloudSetting = (typeof CLOUD_SETTINGS)[number];

export interface TokenIssuers {
  cloud?: Partial<Record<CloudSetting, string>>;
}

export interface AppConfig {
  port: number;
  /** The interface to listen on; `undefined` means every interface. */
  host: string | undefined;
  /** Listening beyond loopback with no app id, as ALLOW_PUBLIC_WITHOUT_APP_ID allowed: said in the log at start. */
  publicWithoutAuthentication: boolean;
  logLevel: LogLevel;
  bot: BotCredentials;
  storage: StorageSettings;
  /** The public https base URL of this server, so Teams and Slack can load the diagrams; unset: no diagram images. */
  publicBaseUrl: string | undefined;
  /** Whether the local chat page and its API (`/`, `/web/*`) are served. The diagrams always are. */
  webPage: boolean;
  throttle: Throttle;
  /** How many proxies in front of the server append to X-Forwarded-For (0: the connection's address is the client). */
  trustedProxyHops: number;
  access: AccessSettings;
  outbound: OutboundSettings;
}

/** Requests per client address: a token bucket refilled at `perMinute`, holding at most `burst`. */
export type Throttle = { kind: 'off' } | { kind: 'perClient'; perMinute: number; burst: number };

export interface StorageSettings {
  /** `redis://host:port`: state in Redis, shared by every instance. Unset: in memory. */
  url: string | undefined;
  conversationTtlSeconds: number;
  /** Bounds of the in-memory store (no Redis). */
  memory: { maxEntries: number; maxBytes: number };
}

export interface AccessSettings {
  /** Host names requests may name (the Host header); 'any' when the public name is unknown. */
  allowedHosts: readonly HostPattern[] | 'any';
  /** Hosts replies may go to; 'any' when callers are authenticated (their token vouches for the serviceUrl). */
  allowedServiceUrls: readonly HostPattern[] | 'any';
}

export interface OutboundSettings {
  /** Milliseconds to establish a connection for a reply. */
  connectTimeoutMs: number;
  /** Milliseconds a reply may take in all: waiting for a connection, connecting, sending and the answer. */
  responseTimeoutMs: number;
  /** Connections open at once to one host; further replies wait for one (within their time). */
  maxSocketsPerHost: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export type Env = Record<string, string | undefined>;

/** An environment variable, trimmed; empty counts as unset (a blank line in .env means "not set"). */
export function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A port number from the variable `name`, or `fallback` when it is unset. */
export function parsePort(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`${name} must be a whole number from 0 to 65535, not "${raw}".`);
  }
  return port;
}

function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined) return fallback;
  const match = allowed.find((value) => value.toLowerCase() === raw.toLowerCase());
  if (!match) throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, not "${raw}".`);
  return match;
}

function required(name: string, value: string | undefined, appType: AppType): string {
  if (value === undefined) throw new ConfigError(`${name} is required when MicrosoftAppType is ${appType}.`);
  return value;
}

/** The bot's app id alone: all that packaging the Teams app needs. */
export function microsoftAppId(env: Env): string | undefined {
  return read(env, 'MicrosoftAppId');
}

function tokenIssuers(env: Env): TokenIssuers {
  const cloud: Record<string, string> = {};
  for (const name of CLOUD_SETTINGS) {
    const value = read(env, name);
    if (value === undefined) continue;
    if (/\s/.test(value)) throw new ConfigError(`${name} must not contain spaces.`);
    cloud[name] = value;
  }
  return Object.keys(cloud).length === 0 ? {} : { cloud };
}

export function botCredentials(env: Env): BotCredentials {
  const appId = microsoftAppId(env);
  const password = read(env, 'MicrosoftAppPassword');
  const tenantId = read(env, 'MicrosoftAppTenantId');
  // Azure creates no new multi-tenant bots since July 31, 2025: a bot registered today is single-tenant.
  const appType = oneOf('MicrosoftAppType', read(env, 'MicrosoftAppType'), APP_TYPES, 'SingleTenant');
  if (appId === undefined) {
    if (password !== undefined) throw new ConfigError('MicrosoftAppPassword is set but MicrosoftAppId is not.');
    return { kind: 'none' };
  }
  const issuers = tokenIssuers(env);
  switch (appType) {
    case 'MultiTenant':
      return {
        kind: 'password',
        appType,
        appId,
        password: required('MicrosoftAppPassword', password, appType),
        tenantId,
        ...issuers,
      };
    case 'SingleTenant': {
      const secret = required('MicrosoftAppPassword', password, appType);
      if (tenantId === undefined) {
        throw new ConfigError(
          'MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant (the default): set it to the Directory ' +
            "(tenant) ID of the bot's app registration, or set MicrosoftAppType=MultiTenant for a bot registered as " +
            'multi-tenant before July 31, 2025.',
        );
      }
      return { kind: 'password', appType, appId, password: secret, tenantId, ...issuers };
    }
    case 'UserAssignedMSI':
      if (password !== undefined) throw new ConfigError('MicrosoftAppPassword must not be set for UserAssignedMSI.');
      return { kind: 'managedIdentity', appType, appId, tenantId: required('MicrosoftAppTenantId', tenantId, appType), ...issuers };
    default:
      return assertNever(appType);
  }
}

/**
 * Without an app id anyone who can reach the port could make the bot post to any serviceUrl they name, so the
 * unauthenticated mode listens on loopback only unless HOST says otherwise.
 */
function defaultHost(bot: BotCredentials): string | undefined {
  return bot.kind === 'none' ? '127.0.0.1' : undefined;
}

function parseStorage(env: Env): StorageSettings {
  const url = read(env, 'STORAGE_URL');
  if (url !== undefined && !/^rediss?:\/\/[^\s]+$/.test(url)) {
    throw new ConfigError('STORAGE_URL must be a Redis URL such as redis://127.0.0.1:6379.');
  }
  const rawTtl = read(env, 'STORAGE_TTL_SECONDS');
  const ttl = rawTtl === undefined ? 24 * 3600 : Number(rawTtl);
  if (!Number.isInteger(ttl) || ttl < 60) {
    throw new ConfigError(`STORAGE_TTL_SECONDS must be a whole number of seconds, at least 60, not "${rawTtl}".`);
  }
  return {
    url,
    conversationTtlSeconds: ttl,
    memory: {
      maxEntries: wholeNumber(env, 'MEMORY_STORAGE_MAX_ENTRIES', { min: 100 }, DEFAULT_MEMORY_LIMITS.maxEntries),
      maxBytes: wholeNumber(env, 'MEMORY_STORAGE_MAX_MB', { min: 1 }, DEFAULT_MEMORY_LIMITS.maxBytes / MiB) * MiB,
    },
  };
}

function parsePublicBaseUrl(env: Env): string | undefined {
  const raw = read(env, 'PUBLIC_BASE_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_BASE_URL must be an absolute URL such as https://advisor.example.com, not "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('PUBLIC_BASE_URL must start with https:// (Teams loads images over https only).');
  }
  return raw.replace(/\/+$/, '');
}

/** A whole number from the variable `name` within [min, max], or `fallback` when it is unset. */
function wholeNumber(env: Env, name: string, range: { min: number; max?: number }, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(value) || value < range.min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${range.min} to ${max}, not "${raw}".`);
  }
  return value;
}

const SWITCH: Record<string, boolean> = { on: true, true: true, yes: true, '1': true, off: false, false: false, no: false, '0': false };

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = SWITCH[raw.toLowerCase()];
  if (value === undefined) throw new ConfigError(`${name} must be on or off, not "${raw}".`);
  return value;
}

/** Slack's HTTP requests arrive on this server (a signing secret, no Socket Mode token, no SLACK_PORT of their own). */
function slackEventsHere(env: Env): boolean {
  return read(env, 'SLACK_SIGNING_SECRET') !== undefined && read(env, 'SLACK_APP_TOKEN') === undefined && read(env, 'SLACK_PORT') === undefined;
}

/**
 * The page and its API run turns for anyone who reaches them, unauthenticated: on by default only for local use (no
 * app id, listening on loopback, no Slack requests expected through a tunnel or proxy to this port).
 */
function webPageByDefault(env: Env, bot: BotCredentials, host: string | undefined): boolean {
  return bot.kind === 'none' && !isPublicBind(host) && !slackEventsHere(env);
}

/**
 * 300 a minute and bursts of 100 per address: far above what a person at the page causes (a page load is six
 * requests), while Teams and Slack deliver every user's messages from a few service addresses of their own, so the
 * limit must stay above a busy minute's messages there.
 */
const DEFAULT_THROTTLE = { perMinute: 300, burst: 100 } as const;

function parseThrottle(env: Env): Throttle {
  const perMinute = wholeNumber(env, 'RATE_LIMIT_PER_MINUTE', { min: 0, max: 1_000_000 }, DEFAULT_THROTTLE.perMinute);
  if (perMinute === 0) return { kind: 'off' };
  return { kind: 'perClient', perMinute, burst: wholeNumber(env, 'RATE_LIMIT_BURST', { min: 1, max: 1_000_000 }, DEFAULT_THROTTLE.burst) };
}

export function parseConfig(env: Env): AppConfig {
  const bot = botCredentials(env);
  const host = read(env, 'HOST') ?? defaultHost(bot);
  const publicBaseUrl = parsePublicBaseUrl(env);
  return {
    port: parsePort(env, 'PORT', DEFAULT_PORT),
    host,
    publicWithoutAuthentication: checkExposure(env, bot, host),
    logLevel: oneOf('LOG_LEVEL', read(env, 'LOG_LEVEL'), LOG_LEVELS, 'info'),
    bot,
    storage: parseStorage(env),
    publicBaseUrl,
    webPage: onOff(env, 'WEB_PAGE', webPageByDefault(env, bot, host)),
    throttle: parseThrottle(env),
    trustedProxyHops: wholeNumber(env, 'TRUST_PROXY_HOPS', { min: 0, max: 10 }, 0),
    access: parseAccess(env, bot, host, publicBaseUrl),
    outbound: parseOutbound(env),
  };
}

// --- Exposure, access and replies ----------------------------------------------------------------------------------

export const DEFAULT_OUTBOUND: OutboundSettings = { connectTimeoutMs: 5000, responseTimeoutMs: 15000, maxSocketsPerHost: 16 };
export const PUBLIC_WITHOUT_APP_ID = 'ALLOW_PUBLIC_WITHOUT_APP_ID';

const MiB = 1024 * 1024;

function seconds(env: Env, name: string, fallback: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0.1 || value > 300) throw new ConfigError(`${name} must be a number of seconds from 0.1 to 300, not "${raw}".`);
  return value;
}

/** The interface is reachable from other machines: every interface, or any address that is not loopback. */
export function isPublicBind(host: string | undefined): boolean {
  return host === undefined || !isLoopbackHost(host);
}

/**
 * With no app id nobody is authenticated: anyone who reaches the port runs turns and, through the serviceUrls
 * allowed, makes the bot post. Listening beyond loopback that way must be asked for by name.
 */
function checkExposure(env: Env, bot: BotCredentials, host: string | undefined): boolean {
  const override = onOff(env, PUBLIC_WITHOUT_APP_ID, false);
  if (bot.kind !== 'none' || !isPublicBind(host)) return false;
  if (!override) {
    throw new ConfigError(
      `HOST=${host ?? '(every interface)'} would serve unauthenticated requests to other machines, because MicrosoftAppId is not set. ` +
        `Set MicrosoftAppId (and its password), listen on 127.0.0.1, or set ${PUBLIC_WITHOUT_APP_ID}=true if that is really meant.`,
    );
  }
  return true;
}

function hostList(env: Env, name: string): HostPattern[] | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  return raw.split(',').map((entry) => {
    const pattern = parseHostPattern(entry);
    if (!pattern) throw new ConfigError(`${name} must list host names (host or host:port) or "loopback", not "${entry.trim()}".`);
    return pattern;
  });
}

/**
 * Host names requests may name: loopback, PUBLIC_BASE_URL's host, the address HOST names, and ALLOWED_HOSTS. With
 * an app id and no public name known, any (the token check stands; set PUBLIC_BASE_URL to check names too).
 * Replies go to ALLOWED_SERVICE_URLS, by default loopback only without an app id and anywhere with one.
 */
/** Where replies may go unless ALLOWED_SERVICE_URLS says: loopback only without an app id, anywhere with one. */
export function defaultServiceUrls(bot: BotCredentials): AccessSettings['allowedServiceUrls'] {
  return bot.kind === 'none' ? ['loopback'] : 'any';
}

function parseAccess(env: Env, bot: BotCredentials, host: string | undefined, publicBaseUrl: string | undefined): AccessSettings {
  const extraHosts = hostList(env, 'ALLOWED_HOSTS');
  const named: HostPattern[] = [
    'loopback',
    ...(publicBaseUrl ? [{ host: new URL(publicBaseUrl).hostname.toLowerCase() }] : []),
    ...(host && !isWildcardHost(host) ? [{ host: host.toLowerCase() }] : []),
    ...(extraHosts ?? []),
  ];
  const nameKnown = bot.kind === 'none' || publicBaseUrl !== undefined || extraHosts !== undefined;
  return {
    allowedHosts: nameKnown ? named : 'any',
    allowedServiceUrls: hostList(env, 'ALLOWED_SERVICE_URLS') ?? defaultServiceUrls(bot),
  };
}

function parseOutbound(env: Env): OutboundSettings {
  return {
    connectTimeoutMs: seconds(env, 'REPLY_CONNECT_TIMEOUT_SECONDS', DEFAULT_OUTBOUND.connectTimeoutMs / 1000) * 1000,
    responseTimeoutMs: seconds(env, 'REPLY_TIMEOUT_SECONDS', DEFAULT_OUTBOUND.responseTimeoutMs / 1000) * 1000,
    maxSocketsPerHost: wholeNumber(env, 'REPLY_MAX_CONNECTIONS_PER_HOST', { min: 1, max: 1000 }, DEFAULT_OUTBOUND.maxSocketsPerHost),
  };
}

/** The environment with a .env file in the working directory merged under it (real variables win). */
export function readEnvironment(): Env {
  dotenv.config({ quiet: true });
  return process.env;
}

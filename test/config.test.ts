// Settings from the environment: defaults for local use, the Bot Framework credential combinations botbuilder
// accepts, and a clear error naming the variable for everything else.
import { readFileSync } from 'fs';
import { join } from 'path';
import dotenv from 'dotenv';
import { slackSettings } from '../src/channels/slack';
import { ConfigError, parseConfig } from '../src/config';

const APP = { MicrosoftAppId: '3f6c1f2a-9b1e-4c8d-a2f0-5e7d9c4b1a60', MicrosoftAppPassword: 'not-a-real-secret' };
const TENANT = 'a1b2c3d4-0000-4000-8000-000000000001';

describe('parseConfig', () => {
  it('runs unauthenticated on loopback port 3978 at info level when nothing is set', () => {
    expect(parseConfig({})).toEqual({
      port: 3978,
      host: '127.0.0.1',
      publicWithoutAuthentication: false,
      logLevel: 'info',
      bot: { kind: 'none' },
      storage: { url: undefined, conversationTtlSeconds: 86400, memory: { maxEntries: 20000, maxBytes: 32 * 1024 * 1024 } },
      publicBaseUrl: undefined,
      webPage: true,
      throttle: { kind: 'perClient', perMinute: 300, burst: 100 },
      trustedProxyHops: 0,
      access: { allowedHosts: ['loopback', { host: '127.0.0.1' }], allowedServiceUrls: ['loopback'] },
      outbound: { connectTimeoutMs: 5000, responseTimeoutMs: 15000, maxSocketsPerHost: 16 },
    });
  });

  it('treats blank values (as copied from .env.example) as unset', () => {
    const blank = { PORT: '', HOST: ' ', LOG_LEVEL: '', MicrosoftAppId: '', MicrosoftAppPassword: '' };
    expect(parseConfig(blank)).toEqual(parseConfig({}));
  });

  it.each([
    [{ PORT: ' 8080 ' }, { port: 8080 }],
    [{ PORT: '0' }, { port: 0 }],
    [{ HOST: '0.0.0.0', ALLOW_PUBLIC_WITHOUT_APP_ID: 'true' }, { host: '0.0.0.0', publicWithoutAuthentication: true }],
    [{ ...APP, MicrosoftAppTenantId: TENANT, HOST: '0.0.0.0' }, { host: '0.0.0.0', publicWithoutAuthentication: false }],
    [{ LOG_LEVEL: 'DEBUG' }, { logLevel: 'debug' }],
    [{ ...APP, MicrosoftAppTenantId: TENANT }, { host: undefined }],
  ])('reads %j', (env, expected) => {
    expect(parseConfig(env)).toMatchObject(expected);
  });

  it.each([
    [{ ...APP, MicrosoftAppTenantId: TENANT }, { kind: 'password', appType: 'SingleTenant', appId: APP.MicrosoftAppId, tenantId: TENANT }],
    [
      { ...APP, MicrosoftAppType: 'singletenant', MicrosoftAppTenantId: TENANT },
      { kind: 'password', appType: 'SingleTenant', tenantId: TENANT },
    ],
    [{ ...APP, MicrosoftAppType: 'MultiTenant' }, { kind: 'password', appType: 'MultiTenant', appId: APP.MicrosoftAppId, tenantId: undefined }],
    [
      { MicrosoftAppId: APP.MicrosoftAppId, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT },
      { kind: 'managedIdentity', appType: 'UserAssignedMSI', tenantId: TENANT },
    ],
  ])('builds Bot Framework credentials from %j', (env, expected) => {
    expect(parseConfig(env).bot).toMatchObject(expected);
  });

  it.each([
    [{ PORT: 'http' }, /PORT/],
    [{ PORT: '65536' }, /PORT/],
    [{ PORT: '80.5' }, /PORT/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL/],
    [{ MicrosoftAppPassword: 'orphan' }, /MicrosoftAppId/],
    [{ MicrosoftAppId: APP.MicrosoftAppId }, /MicrosoftAppPassword/],
    [{ ...APP, MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId/],
    [APP, /MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant \(the default\)/],
    [{ ...APP, MicrosoftAppTenantId: ' ' }, /MicrosoftAppTenantId is required/],
    [{ ...APP, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }, /must not be set/],
    [{ ...APP, MicrosoftAppType: 'Anonymous' }, /MicrosoftAppType/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('never puts the password in an error message', () => {
    const env = { ...APP, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT };
    expect(() => parseConfig(env)).toThrow(expect.objectContaining({ message: expect.not.stringContaining('secret') }));
  });
});

describe('storage and public URL settings', () => {
  it('keeps state in memory with a one-day TTL unless STORAGE_URL is set', () => {
    expect(parseConfig({}).storage).toMatchObject({ url: undefined, conversationTtlSeconds: 86400 });
    expect(parseConfig({ STORAGE_URL: 'redis://127.0.0.1:6379', STORAGE_TTL_SECONDS: '600' }).storage).toMatchObject({
      url: 'redis://127.0.0.1:6379',
      conversationTtlSeconds: 600,
    });
  });

  it('bounds the memory store as MEMORY_STORAGE_MAX_ENTRIES and MEMORY_STORAGE_MAX_MB say', () => {
    expect(parseConfig({ MEMORY_STORAGE_MAX_ENTRIES: '500', MEMORY_STORAGE_MAX_MB: '8' }).storage.memory).toEqual({
      maxEntries: 500,
      maxBytes: 8 * 1024 * 1024,
    });
  });

  it.each([
    [{ STORAGE_URL: 'mysql://db' }, /STORAGE_URL must be a Redis URL/],
    [{ STORAGE_TTL_SECONDS: 'soon' }, /STORAGE_TTL_SECONDS must be a whole number/],
    [{ STORAGE_TTL_SECONDS: '5' }, /at least 60/],
    [{ PUBLIC_BASE_URL: 'advisor.example.com' }, /PUBLIC_BASE_URL must be an absolute URL/],
    [{ PUBLIC_BASE_URL: 'ftp://advisor.example.com' }, /must start with https:\/\//],
    [{ MEMORY_STORAGE_MAX_ENTRIES: '10' }, /MEMORY_STORAGE_MAX_ENTRIES must be a whole number from 100/],
    [{ MEMORY_STORAGE_MAX_MB: 'lots' }, /MEMORY_STORAGE_MAX_MB/],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('drops a trailing slash from PUBLIC_BASE_URL', () => {
    expect(parseConfig({ PUBLIC_BASE_URL: 'https://advisor.example.com/' }).publicBaseUrl).toBe('https://advisor.example.com');
  });
});

describe('the local page', () => {
  const bot = { ...APP, MicrosoftAppTenantId: TENANT };
  const slackHttp = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

  it.each([
    ['local use (no app id, loopback)', {}, true],
    ['HOST=localhost', { HOST: 'localhost' }, true],
    ['HOST=::1', { HOST: '::1' }, true],
    ['HOST=127.0.0.2', { HOST: '127.0.0.2' }, true],
    ['an app id (Teams), every interface', bot, false],
    ['an app id behind a proxy on this machine (HOST=127.0.0.1)', { ...bot, HOST: '127.0.0.1' }, false],
    ['no app id but every interface (HOST=0.0.0.0)', { HOST: '0.0.0.0', ALLOW_PUBLIC_WITHOUT_APP_ID: 'true' }, false],
    ['no app id, a LAN address', { HOST: '192.168.1.20', ALLOW_PUBLIC_WITHOUT_APP_ID: 'true' }, false],
    ["Slack's HTTP requests on this port (reached through a tunnel or proxy)", slackHttp, false],
    ['Slack over HTTP on a port of its own', { ...slackHttp, SLACK_PORT: '3000' }, true],
    ['Slack in Socket Mode', { ...slackHttp, SLACK_APP_TOKEN: 'xapp-1' }, true],
  ])('is served by default only for local use: %s', (_name, env, served) => {
    expect(parseConfig(env).webPage).toBe(served);
  });

  it.each([
    [{ ...bot, WEB_PAGE: 'on' }, true],
    [{ ...bot, WEB_PAGE: 'TRUE' }, true],
    [{ WEB_PAGE: 'off' }, false],
    [{ WEB_PAGE: '0' }, false],
    [{ WEB_PAGE: ' ' }, true],
  ])('follows WEB_PAGE when it is set: %j', (env, served) => {
    expect(parseConfig(env).webPage).toBe(served);
  });

  it('refuses a WEB_PAGE that is neither on nor off', () => {
    expect(() => parseConfig({ WEB_PAGE: 'sometimes' })).toThrow(/WEB_PAGE must be on or off, not "sometimes"/);
  });
});

describe('throttling and proxies', () => {
  it.each([
    [{ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '5' }, { kind: 'perClient', perMinute: 60, burst: 5 }],
    [{ RATE_LIMIT_PER_MINUTE: '60' }, { kind: 'perClient', perMinute: 60, burst: 100 }],
    [{ RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_BURST: '5' }, { kind: 'off' }],
  ])('reads %j', (env, throttle) => {
    expect(parseConfig(env).throttle).toEqual(throttle);
  });

  it('believes X-Forwarded-For only for as many proxies as TRUST_PROXY_HOPS says', () => {
    expect(parseConfig({ TRUST_PROXY_HOPS: '2' }).trustedProxyHops).toBe(2);
  });

  it.each([
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, /RATE_LIMIT_PER_MINUTE must be a whole number from 0/],
    [{ RATE_LIMIT_PER_MINUTE: 'lots' }, /RATE_LIMIT_PER_MINUTE/],
    [{ RATE_LIMIT_BURST: '0' }, /RATE_LIMIT_BURST must be a whole number from 1/],
    [{ RATE_LIMIT_BURST: '2.5' }, /RATE_LIMIT_BURST/],
    [{ TRUST_PROXY_HOPS: 'yes' }, /TRUST_PROXY_HOPS must be a whole number from 0 to 10/],
    [{ TRUST_PROXY_HOPS: '11' }, /TRUST_PROXY_HOPS/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });
});

describe('.env.example', () => {
  const ROOT = join(__dirname, '..');
  const example = dotenv.parse(readFileSync(join(ROOT, '.env.example'), 'utf8'));

  it('copied to .env as it is, gives the local default: no Teams, no Slack, the page on', () => {
    expect(parseConfig(example)).toEqual(parseConfig({}));
    expect(slackSettings(example)).toBeUndefined();
  });

  it('describes every variable the settings read', () => {
    const sources = ['src/config.ts', 'src/channels/slack/settings.ts'].map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
    const read = new Set([...sources.matchAll(/\(env, '([A-Za-z_]+)'/g)].map((match) => match[1]));
    expect(read.size).toBeGreaterThan(15);
    expect([...read].filter((name) => !(name in example))).toEqual([]);
  });
});

describe('exposure, access and reply settings', () => {
  it.each([{ HOST: '0.0.0.0' }, { HOST: '::' }, { HOST: '192.0.2.10' }, { HOST: '0.0.0.0', ALLOW_PUBLIC_WITHOUT_APP_ID: 'no' }])(
    'refuses a public bind without an app id, %j, naming the override',
    (env) => {
      expect(() => parseConfig(env)).toThrow(/ALLOW_PUBLIC_WITHOUT_APP_ID=true/);
    },
  );

  it.each([{ HOST: '127.0.0.1' }, { HOST: '127.0.0.2' }, { HOST: '::1' }, { HOST: 'localhost' }])('binds loopback, %j, without asking', (env) => {
    expect(parseConfig(env).publicWithoutAuthentication).toBe(false);
  });

  it('accepts requests naming loopback, the public host, the bound address and ALLOWED_HOSTS', () => {
    const access = parseConfig({ PUBLIC_BASE_URL: 'https://Advisor.example.com', ALLOWED_HOSTS: 'intranet-bot, bot.corp:8443' }).access;
    expect(access.allowedHosts).toEqual(['loopback', { host: 'advisor.example.com' }, { host: '127.0.0.1' }, { host: 'intranet-bot' }, { host: 'bot.corp', port: 8443 }]);
  });

  it('with an app id and no public name, checks no host names but lets replies go anywhere the token allows', () => {
    expect(parseConfig({ ...APP, MicrosoftAppTenantId: TENANT }).access).toEqual({ allowedHosts: 'any', allowedServiceUrls: 'any' });
    expect(parseConfig({ ...APP, MicrosoftAppTenantId: TENANT, PUBLIC_BASE_URL: 'https://advisor.example.com' }).access.allowedHosts).toEqual([
      'loopback',
      { host: 'advisor.example.com' },
    ]);
  });

  it('sends replies only where ALLOWED_SERVICE_URLS says, loopback without it', () => {
    expect(parseConfig({ ALLOWED_SERVICE_URLS: 'loopback,http://emulator.lan:5000' }).access.allowedServiceUrls).toEqual([
      'loopback',
      { host: 'emulator.lan', port: 5000 },
    ]);
  });

  it('reads reply timeouts in seconds and connections per host', () => {
    expect(parseConfig({ REPLY_CONNECT_TIMEOUT_SECONDS: '1.5', REPLY_TIMEOUT_SECONDS: '4', REPLY_MAX_CONNECTIONS_PER_HOST: '2' }).outbound).toEqual({
      connectTimeoutMs: 1500,
      responseTimeoutMs: 4000,
      maxSocketsPerHost: 2,
    });
  });

  it.each([
    [{ ALLOWED_HOSTS: 'evil.example/path' }, /ALLOWED_HOSTS/],
    [{ ALLOWED_SERVICE_URLS: 'http://a.example/x' }, /ALLOWED_SERVICE_URLS/],
    [{ REPLY_TIMEOUT_SECONDS: '0' }, /REPLY_TIMEOUT_SECONDS/],
    [{ REPLY_MAX_CONNECTIONS_PER_HOST: '0' }, /REPLY_MAX_CONNECTIONS_PER_HOST/],
    [{ ALLOW_PUBLIC_WITHOUT_APP_ID: 'maybe' }, /ALLOW_PUBLIC_WITHOUT_APP_ID/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });

  it("passes botbuilder's cloud settings through by their names", () => {
    const env = { ...APP, MicrosoftAppTenantId: TENANT, ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/openid', ToBotFromChannelTokenIssuer: 'https://api.botframework.com' };
    expect(parseConfig(env).bot).toMatchObject({
      cloud: { ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:9/openid', ToBotFromChannelTokenIssuer: 'https://api.botframework.com' },
    });
  });
});

// Settings from the environment: defaults for local use, the Bot Framework credential combinations botbuilder
// accepts, and a clear error naming the variable for everything else.
import { ConfigError, parseConfig } from '../src/config';

const APP = { MicrosoftAppId: '3f6c1f2a-9b1e-4c8d-a2f0-5e7d9c4b1a60', MicrosoftAppPassword: 'not-a-real-secret' };
const TENANT = 'a1b2c3d4-0000-4000-8000-000000000001';

describe('parseConfig', () => {
  it('runs unauthenticated on loopback port 3978 at info level when nothing is set', () => {
    expect(parseConfig({})).toEqual({
      port: 3978,
      host: '127.0.0.1',
      logLevel: 'info',
      bot: { kind: 'none' },
      storage: { url: undefined, conversationTtlSeconds: 86400 },
      publicBaseUrl: undefined,
    });
  });

  it('treats blank values (as copied from .env.example) as unset', () => {
    const blank = { PORT: '', HOST: ' ', LOG_LEVEL: '', MicrosoftAppId: '', MicrosoftAppPassword: '' };
    expect(parseConfig(blank)).toEqual(parseConfig({}));
  });

  it.each([
    [{ PORT: ' 8080 ' }, { port: 8080 }],
    [{ PORT: '0' }, { port: 0 }],
    [{ HOST: '0.0.0.0' }, { host: '0.0.0.0' }],
    [{ LOG_LEVEL: 'DEBUG' }, { logLevel: 'debug' }],
    [APP, { host: undefined }],
  ])('reads %j', (env, expected) => {
    expect(parseConfig(env)).toMatchObject(expected);
  });

  it.each([
    [APP, { kind: 'password', appType: 'MultiTenant', appId: APP.MicrosoftAppId, tenantId: undefined }],
    [
      { ...APP, MicrosoftAppType: 'singletenant', MicrosoftAppTenantId: TENANT },
      { kind: 'password', appType: 'SingleTenant', tenantId: TENANT },
    ],
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
    expect(parseConfig({}).storage).toEqual({ url: undefined, conversationTtlSeconds: 86400 });
    expect(parseConfig({ STORAGE_URL: 'redis://127.0.0.1:6379', STORAGE_TTL_SECONDS: '600' }).storage).toEqual({
      url: 'redis://127.0.0.1:6379',
      conversationTtlSeconds: 600,
    });
  });

  it.each([
    [{ STORAGE_URL: 'mysql://db' }, /STORAGE_URL must be a Redis URL/],
    [{ STORAGE_TTL_SECONDS: 'soon' }, /STORAGE_TTL_SECONDS must be a whole number/],
    [{ STORAGE_TTL_SECONDS: '5' }, /at least 60/],
    [{ PUBLIC_BASE_URL: 'advisor.example.com' }, /PUBLIC_BASE_URL must be an absolute URL/],
    [{ PUBLIC_BASE_URL: 'ftp://advisor.example.com' }, /must start with https:\/\//],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('drops a trailing slash from PUBLIC_BASE_URL', () => {
    expect(parseConfig({ PUBLIC_BASE_URL: 'https://advisor.example.com/' }).publicBaseUrl).toBe('https://advisor.example.com');
  });
});

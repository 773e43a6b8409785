// The user's Slack language from users.info: cached, never holding a turn up for long, and forgotten on failure.
import { webApi } from '@slack/bolt';
import { createUserLocales } from '../../src/channels/slack/userLocales';
import { createLogger } from '../../src/log';
import { startFakeSlackApi, type FakeSlackApi } from './support/fakeSlackApi';

let fake: FakeSlackApi;
let client: webApi.WebClient;
const logger = createLogger('error', () => undefined);
beforeAll(async () => {
  fake = await startFakeSlackApi();
  client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
});
afterAll(() => fake.close());

const lookups = (user: string) => fake.callsOf('users.info').filter((c) => c.args.user === user).length;

it('maps the Slack locale and asks Slack once per user', async () => {
  fake.userLocales.set('U1', 'zh-TW').set('U2', 'en-US').set('U3', 'zh-CN');
  const locales = createUserLocales(client, logger);
  expect(await Promise.all([locales.localeOf('U1'), locales.localeOf('U1')])).toEqual(['zh-TW', 'zh-TW']);
  expect(await locales.localeOf('U2')).toBe('en');
  expect(await locales.localeOf('U3')).toBe('en');
  expect(await locales.localeOf('U4')).toBeUndefined();
  expect(lookups('U1')).toBe(1);
  expect(fake.callsOf('users.info')[0].args).toMatchObject({ include_locale: 'true' });
});

it('looks again after the cache time and after a failure', async () => {
  let now = 0;
  fake.userLocales.set('U5', 'zh-TW');
  const locales = createUserLocales(client, logger, { ttlMs: 1000, now: () => now });
  fake.scriptNext('users.info', { status: 200, body: { ok: false, error: 'missing_scope' } });
  expect(await locales.localeOf('U5')).toBeUndefined();
  expect(await locales.localeOf('U5')).toBe('zh-TW');
  now = 1000;
  expect(await locales.localeOf('U5')).toBe('zh-TW');
  expect(lookups('U5')).toBe(3);
});

it('lets the turn go on without the language when Slack is slow, and remembers the answer when it comes', async () => {
  fake.userLocales.set('U6', 'zh-TW');
  const locales = createUserLocales(client, logger, { waitMs: 20 });
  const release = fake.hold('users.info');
  expect(await locales.localeOf('U6')).toBeUndefined();
  release();
  let locale: string | undefined;
  for (let attempt = 0; attempt < 100 && locale === undefined; attempt += 1) locale = await locales.localeOf('U6');
  expect(locale).toBe('zh-TW');
  expect(lookups('U6')).toBe(1);
});

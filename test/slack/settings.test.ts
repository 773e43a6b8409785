// The Slack variables: which transport, what is missing, what is malformed.
import { ConfigError } from '../../src/config';
import { slackSettings } from '../../src/channels/slack';

const bot = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc' };

it('is off when no Slack variable is set', () => {
  expect(slackSettings({})).toBeUndefined();
  expect(slackSettings({ SLACK_BOT_TOKEN: '  ' })).toBeUndefined();
});

it("uses HTTP with a signing secret, on the bot's own server unless SLACK_PORT names a port of its own", () => {
  expect(slackSettings({ ...bot, SLACK_SIGNING_SECRET: 's' })).toEqual({
    botToken: 'xoxb-1-2-abc',
    transport: { kind: 'http', signingSecret: 's', endpoint: { kind: 'botServer' } },
  });
  expect(slackSettings({ ...bot, SLACK_SIGNING_SECRET: 's', SLACK_PORT: ' ' })?.transport).toEqual({
    kind: 'http',
    signingSecret: 's',
    endpoint: { kind: 'botServer' },
  });
  expect(slackSettings({ ...bot, SLACK_SIGNING_SECRET: 's', SLACK_PORT: '8080' })?.transport).toEqual({
    kind: 'http',
    signingSecret: 's',
    endpoint: { kind: 'ownPort', port: 8080 },
  });
});

it('uses Socket Mode with an app token, and takes SLACK_API_URL as the Web API base', () => {
  expect(slackSettings({ ...bot, SLACK_APP_TOKEN: 'xapp-1-A-b', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api' })).toEqual({
    botToken: 'xoxb-1-2-abc',
    transport: { kind: 'socket', appToken: 'xapp-1-A-b' },
    apiUrl: 'http://127.0.0.1:9/api/',
  });
});

it.each([
  [{ SLACK_SIGNING_SECRET: 's' }, /SLACK_BOT_TOKEN is not/],
  [{ ...bot }, /neither SLACK_SIGNING_SECRET/],
  [{ SLACK_BOT_TOKEN: 'xapp-wrong', SLACK_SIGNING_SECRET: 's' }, /SLACK_BOT_TOKEN must be a token starting with "xoxb-"/],
  [{ ...bot, SLACK_APP_TOKEN: 'xoxb-wrong' }, /SLACK_APP_TOKEN must be a token starting with "xapp-"/],
  [{ ...bot, SLACK_SIGNING_SECRET: 's', SLACK_PORT: 'http' }, /SLACK_PORT must be a whole number/],
  [{ ...bot, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'slack.com' }, /SLACK_API_URL must be a URL/],
  [{ ...bot, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'ftp://slack.com/api/' }, /http\(s\)/],
])('names the variable that is wrong: %j', (env, message) => {
  expect(() => slackSettings(env)).toThrow(ConfigError);
  expect(() => slackSettings(env)).toThrow(message);
});

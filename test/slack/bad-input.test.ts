// Bad input through the real Slack app (Bolt's HTTP receiver on loopback, the real bot), in both languages:
// signed bodies that are not JSON (400) or over the documented limit (413), events missing their fields, very long
// or binary-looking text, and button values that were tampered with or cannot be read. Never a 500, never an error
// in the log; the user always gets a clear reply in their language, and the app keeps answering.
import { t, type Locale } from '../../src/i18n';
import { SLACK_MAX_BODY_BYTES } from '../../src/channels/slack';
import { TEXT_LIMIT } from '../../dialogs/interpret';
import { BOT_USER_ID, TEAM_ID } from './support/fakeSlackApi';
import { startSlackHarness, type SlackHarness } from './support/harness';
import { directMessageEvent, textOf } from './support/slackRequests';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
  h.fake.userLocales.set('U0BAD0ZH', 'zh-TW');
});
afterAll(() => h.close());

const USER: Record<Locale, string> = { en: 'U0BAD0EN', 'zh-TW': 'U0BAD0ZH' };
let channels = 0;
const newDm = () => `D0BAD${String((channels += 1)).padStart(4, '0')}`;

/** A direct message from a user in `locale`; returns the text of the app's reply. */
async function dm(locale: Locale, text: string): Promise<string> {
  const channel = newDm();
  const { response } = await h.slack.event(directMessageEvent({ user: USER[locale], channel, text }));
  expect(response.status).toBe(200);
  const [reply] = await h.waitForPosts(1, channel);
  return textOf(reply);
}

/** A click on a Submit button whose value is `value`, on a message of the app in a new DM. */
async function click(locale: Locale, value: string): Promise<string> {
  const channel = newDm();
  const ts = `1730000${String(channels).padStart(3, '0')}.000100`;
  const payload = {
    type: 'block_actions',
    team: { id: TEAM_ID, domain: 'example' },
    user: { id: USER[locale], username: 'admin', team_id: TEAM_ID },
    api_app_id: 'A0000001',
    token: 'verification-token',
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false },
    trigger_id: `trigger-bad-${channels}`,
    channel: { id: channel, name: 'directmessage' },
    message: { type: 'message', user: BOT_USER_ID, ts, text: 'card', blocks: [] },
    state: { values: {} },
    response_url: h.fake.responseUrl(`bad-click-${channels}`),
    actions: [{ type: 'button', action_id: 'callflow.submit.0', block_id: 'b1', text: { type: 'plain_text', text: 'OK' }, value, action_ts: `${Math.floor(Date.now() / 1000)}.000001` }],
  };
  const response = await h.slack.action(payload);
  expect(response.status).toBe(200);
  const [reply] = await h.waitForPosts(1, channel);
  return textOf(reply);
}

describe('bodies', () => {
  it.each([
    ['malformed JSON', '{"type": "event_callback", "event": ', 'application/json'],
    ['a form whose payload is not JSON', 'payload=%7Bnot%20json', 'application/x-www-form-urlencoded'],
  ])('answers a signed body of %s with 400 and no reply', async (_name, body, contentType) => {
    const before = h.fake.callsOf('chat.postMessage').length;
    expect((await h.slack.post(body, contentType)).status).toBe(400);
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(before);
  });

  it(`answers a body over the ${SLACK_MAX_BODY_BYTES}-byte limit with 413, signed or not`, async () => {
    const event = directMessageEvent({ user: USER.en, channel: newDm(), text: 'x'.repeat(SLACK_MAX_BODY_BYTES) });
    const body = JSON.stringify({ type: 'event_callback', team_id: TEAM_ID, event_id: 'Ev0BIG', event });
    expect((await h.slack.post(body, 'application/json')).status).toBe(413);
    expect((await h.slack.post(body, 'application/json', { secret: 'forged' })).status).toBe(413);
  });

  it.each([
    ['an event of an unknown type', { event: { type: 'something_new', user: 'U1' } }],
    ['a mention without user or text', { event: { type: 'app_mention', channel: 'C0BAD0001', ts: '1.1' } }],
    ['a DM whose text is not a string', { event: { type: 'message', channel_type: 'im', channel: 'D0BAD9999', user: USER.en, ts: '1.2', text: 42 } }],
    ['a DM without a channel', { event: { type: 'message', channel_type: 'im', user: USER.en, ts: '1.3', text: 'help' } }],
  ])('acknowledges an event with %s without a 500', async (_name, fields) => {
    const body = JSON.stringify({ type: 'event_callback', team_id: TEAM_ID, event_id: `Ev0ODD${(channels += 1)}`, ...fields });
    expect((await h.slack.post(body, 'application/json')).status).toBe(200);
  });

  it.each([
    ['no channel', { channel_id: '' }],
    ['no user', { user_id: '' }],
    ['a 40,000-character question', { text: 'x'.repeat(40_000) }],
  ])('acknowledges a /callflow with %s without a 500', async (_name, fields) => {
    const form = new URLSearchParams({ team_id: TEAM_ID, channel_id: newDm(), user_id: USER.en, command: '/callflow', text: 'help', trigger_id: 'tr-odd', response_url: h.fake.responseUrl('odd-cmd'), ...fields });
    expect((await h.slack.post(form.toString(), 'application/x-www-form-urlencoded')).status).toBe(200);
  });
});

describe.each(['en', 'zh-TW'] as const)('in %s', (locale) => {
  it('says a 40,000-character message (Slack\'s longest) is too long, with the limit', async () => {
    const text = (locale === 'en' ? 'media path ' : '媒體路徑').repeat(5000).slice(0, 40_000).trim();
    expect(await dm(locale, text)).toContain(t(locale, 'dialog.tooLong', { length: text.length, limit: TEXT_LIMIT }));
  });

  it.each([
    ['control characters', '\u0000\u0007\u001b[2J\u007f'],
    ['lone surrogates', '\ud800\udfff'],
    ['bidi and zero-width marks', '\u202e\u200f\u2067\u200b'],
  ])('says it did not understand %s', async (_name, text) => {
    expect(await dm(locale, text)).toContain(t(locale, 'dialog.notUnderstood'));
  });

  it.each([
    ['an unknown action', '{"action":"drop"}'],
    ['a value of another slot', '{"action":"answer","slot":"callType","value":"hybrid"}'],
    ['prototype keys', '{"__proto__":{"action":"help"},"constructor":{"prototype":{"polluted":true}}}'],
    ['a value that is not JSON', '{not json'],
    ['an empty value', ''],
  ])('says a button with %s is not a valid choice', async (_name, value) => {
    expect(await click(locale, value)).toContain(t(locale, 'dialog.invalidChoice'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

it('never answered 500 or logged an error, and still answers', async () => {
  expect(h.logs.filter((line) => line.level === 'error')).toEqual([]);
  expect(await dm('en', 'help')).toContain(t('en', 'cards.help.title'));
});

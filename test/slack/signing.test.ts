// Bolt's HTTP receiver checks Slack's request signature: signed requests pass, a forged signature or a replayed
// (more than five minutes old) request gets 401 and never reaches the bot.
import { startSlackHarness, type SlackHarness } from './support/harness';
import { mentionEvent, signature } from './support/slackRequests';
import { timestampProblem } from '../../src/channels/slack/verify';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

const CHANNEL = 'C0SIGN001';

it('answers Slack\'s URL verification challenge when signed', async () => {
  const body = JSON.stringify({ type: 'url_verification', token: 't', challenge: 'challenge-123' });
  const response = await h.slack.post(body, 'application/json');
  expect(response.status).toBe(200);
  expect(await response.text()).toContain('challenge-123');
});

it('rejects a bad signature and a stale timestamp with 401 and no reply; a signed request in the same thread is answered', async () => {
  const forgedTs = '1711000001.000100';
  const forged = await h.slack.event(mentionEvent({ user: 'U0SIGN001', channel: CHANNEL, text: 'help', ts: forgedTs }), {
    secret: 'not-the-signing-secret',
  });
  expect(forged.response.status).toBe(401);

  const staleTs = '1711000002.000100';
  const stale = await h.slack.event(mentionEvent({ user: 'U0SIGN001', channel: CHANNEL, text: 'help', ts: staleTs }), {
    timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
  });
  expect(stale.response.status).toBe(401);

  const unsigned = await fetch(h.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type":"event_callback"}' });
  expect(unsigned.status).toBe(401);

  // A signed copy of the forged mention goes through and is answered in its thread, once.
  const signed = await h.slack.event(mentionEvent({ user: 'U0SIGN001', channel: CHANNEL, text: 'help', ts: forgedTs }));
  expect(signed.response.status).toBe(200);
  await h.waitForPosts(1, CHANNEL, forgedTs);
  expect(h.posts(CHANNEL, staleTs)).toHaveLength(0);
  expect(h.posts(CHANNEL, forgedTs)).toHaveLength(1);
  expect(h.fake.callsOf('chat.postMessage').every((c) => c.authorization === 'Bearer xoxb-test-token')).toBe(true);
});

it('computes the signature the way Slack documents it', () => {
  // The example from Slack's "Verifying requests from Slack" page.
  const body =
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
  expect(signature('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe(
    'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
  );
});

it('takes timestamps up to five minutes off either way, and nothing else', () => {
  const now = 1_700_000_000_000;
  const at = (offset: number) => timestampProblem(String(now / 1000 + offset), now);
  expect([at(-300), at(0), at(300)]).toEqual([undefined, undefined, undefined]);
  expect([at(-301), at(301)]).toEqual(['stale', 'future']);
  expect([timestampProblem('12.5', now), timestampProblem('soon', now), timestampProblem(['', '1'], now)]).toEqual(['malformed', 'malformed', 'malformed']);
});

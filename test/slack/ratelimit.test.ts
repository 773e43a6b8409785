// A rate-limited Web API call (HTTP 429 with Retry-After) is retried as Slack asks, so the reply still arrives.
import { startSlackHarness, type SlackHarness } from './support/harness';
import { directMessageEvent } from './support/slackRequests';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

it('retries chat.postMessage after the Retry-After Slack sends', async () => {
  const channel = 'D0RATE001';
  h.fake.scriptNext('chat.postMessage', { status: 429, headers: { 'Retry-After': '1' }, body: { ok: false, error: 'ratelimited' } });
  await h.slack.event(directMessageEvent({ user: 'U0RATE001', channel, text: 'help' }));
  await h.waitForPosts(1, channel);

  const attempts = h.fake.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
  expect(attempts[0].result).toEqual({ ok: false, error: 'ratelimited' });
  expect(attempts[1].result?.ok).toBe(true);
  expect(attempts[1].args.blocks).toEqual(attempts[0].args.blocks);
  expect(h.logs.some((l) => l.event === 'slack.sdk' && /rate limit/i.test(String(l.detail)))).toBe(true);
});

// Mentions in a channel are answered in their thread; Slack's retry of an event (same event_id, X-Slack-Retry-Num)
// never produces a second reply.
import { startSlackHarness, type SlackHarness } from './support/harness';
import { mentionEvent } from './support/slackRequests';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

it('answers a mention in a thread under the message, and a mention inside a thread in that thread', async () => {
  const channel = 'C0MENT001';
  const ts = '1711100001.000100';
  const { response } = await h.slack.event(mentionEvent({ user: 'U0MENT001', channel, text: 'help', ts }));
  expect(response.status).toBe(200);
  await h.waitForPosts(1, channel, ts);

  const parent = '1711100000.000050';
  await h.slack.event(mentionEvent({ user: 'U0MENT002', channel, text: 'help', ts: '1711100002.000100', threadTs: parent }));
  await h.waitForPosts(1, channel, parent);

  expect(h.posts(channel, undefined)).toHaveLength(0);
  expect(h.posts(channel, '1711100002.000100')).toHaveLength(0);
});

it('answers a retried event once', async () => {
  const channel = 'C0RETRY01';
  const ts = '1711200001.000100';
  // A bare mention starts the conversation (the welcome); the follow-up asks for help, which is answered differently.
  const event = mentionEvent({ user: 'U0RETRY01', channel, text: '', ts });
  const first = await h.slack.event(event);
  await h.waitForPosts(1, channel, ts);
  const welcome = h.posts(channel, ts).map((p) => p.args.text);

  const retry = await h.slack.event(event, { eventId: first.eventId, retryNum: 1 });
  expect(retry.response.status).toBe(200);
  const secondRetry = await h.slack.event(event, { eventId: first.eventId, retryNum: 2 });
  expect(secondRetry.response.status).toBe(200);
  const duplicates = () => h.logs.filter((l) => l.event === 'slack.duplicateIgnored' && l.eventId === first.eventId);
  await until(() => duplicates().length === 2);
  expect(duplicates().map((l) => l.retryNum)).toEqual([1, 2]);

  // The follow-up is queued behind any turn of this conversation started before it, so once it is answered a
  // retry that had started a turn would have been answered too.
  await h.slack.event(mentionEvent({ user: 'U0RETRY01', channel, text: 'help', ts: '1711200002.000100', threadTs: ts }));
  await h.fake.waitFor(() => h.posts(channel, ts).some((p) => !welcome.includes(p.args.text)));
  expect(h.posts(channel, ts).filter((p) => welcome.includes(p.args.text)).map((p) => p.args.text)).toEqual(welcome);
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

// Finding 9 of issue 12: Slack's signature check refused old timestamps only, so a signed request dated six minutes
// ahead was accepted, and the same signed slash command delivered three times ran three turns and posted three
// answers. Now a timestamp more than five minutes off either way gets 401, and a command or a button click
// delivered again (the same trigger) is acknowledged and answered once.
import { startSlackHarness, type SlackHarness } from './support/harness';
import { buttonsOf, clickPayload, commandBody, mentionEvent } from './support/slackRequests';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

const FORM = 'application/x-www-form-urlencoded';
const nowSeconds = () => Math.floor(Date.now() / 1000);

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const ignored = () => h.logs.filter((line) => line.event === 'slack.duplicateIgnored').length;

it.each([
  ['six minutes ahead', 6 * 60],
  ['six minutes behind', -6 * 60],
])('refuses a validly signed request dated %s with 401, and runs no turn', async (_name, offset) => {
  const channel = `C0SKEW${offset > 0 ? 'F' : 'P'}`;
  const ts = '1712000001.000100';
  const { response } = await h.slack.event(mentionEvent({ user: 'U0SKEW001', channel, text: 'help', ts }), { timestamp: nowSeconds() + offset });
  expect(response.status).toBe(401);
  // Four and a half minutes off is within the window.
  const late = await h.slack.event(mentionEvent({ user: 'U0SKEW001', channel, text: 'help', ts: '1712000002.000100' }), { timestamp: nowSeconds() + 270 });
  expect(late.response.status).toBe(200);
  await h.waitForPosts(1, channel, '1712000002.000100');
  expect(h.posts(channel, ts)).toHaveLength(0);
});

it('answers a slash command delivered three times (the same signed request) once', async () => {
  const channel = 'C0TWICE01';
  const body = commandBody({ text: 'help', channel, user: 'U0TWICE01', responseUrl: h.fake.responseUrl('twice-1') });
  const timestamp = nowSeconds();
  const before = ignored();
  const statuses = await Promise.all([1, 2, 3].map(() => h.slack.post(body, FORM, { timestamp }).then((r) => r.status)));
  expect(statuses).toEqual([200, 200, 200]);
  await until(() => ignored() >= before + 2);
  await h.waitForPosts(1, channel);
  expect(h.posts(channel)).toHaveLength(1);
});

it('answers the same command re-signed later (same trigger) once', async () => {
  const channel = 'C0TWICE02';
  const body = commandBody({ text: 'help', channel, user: 'U0TWICE02', responseUrl: h.fake.responseUrl('twice-2') });
  const before = ignored();
  for (const offset of [0, 20, 40]) expect((await h.slack.post(body, FORM, { timestamp: nowSeconds() + offset })).status).toBe(200);
  await until(() => ignored() >= before + 2);
  expect(h.posts(channel)).toHaveLength(1);
});

it('runs a button click delivered three times once', async () => {
  const channel = 'C0TWICE03';
  await h.slack.command({ text: 'hybrid conference', channel, user: 'U0TWICE03', responseUrl: h.fake.responseUrl('twice-3') });
  const [question] = await h.waitForPosts(1, channel);
  const button = buttonsOf(question).find((b) => b.value?.includes('"answer"'));
  if (!button) throw new Error('the question has no answer button');
  const payload = clickPayload(question, button, 'U0TWICE03', h.fake.responseUrl('twice-3-click'));
  const before = ignored();
  await Promise.all([1, 2, 3].map(() => h.slack.action(payload)));
  await until(() => ignored() >= before + 2);
  await h.waitForPosts(2, channel);
  expect(h.posts(channel)).toHaveLength(2);
});

// /callflow [question]: acknowledged before any work is done, answered in the channel with the answer's blocks
// (linking to the article's example for the case), and through response_url where the app cannot post.
import { resolve, type PartialScenario } from '../../src/engine';
import { t } from '../../src/i18n';
import { exampleLink } from '../../src/present';
import { startSlackHarness, type SlackHarness } from './support/harness';
import { buttonsOf, textOf } from './support/slackRequests';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

function expectedExampleUrl(scenario: PartialScenario, locale: 'en' | 'zh-TW'): string {
  const resolution = resolve(scenario);
  if (!resolution || resolution.examples.length === 0) throw new Error('the scenario should have an example flow');
  return exampleLink(resolution.examples[0], locale).url;
}

it('acknowledges at once, then answers a complete question with blocks linking to the right example', async () => {
  const channel = 'C0CMD0001';
  // The turn starts by looking up the user's language: held, the work cannot finish before the acknowledgement.
  const release = h.fake.hold('users.info');
  const response = await h.slack.command({
    text: 'PSTN call with Cloud Connector from the office',
    channel,
    user: 'U0CMD0001',
    responseUrl: h.fake.responseUrl('cmd1'),
  });
  expect(response.status).toBe(200);
  expect(await response.text()).toBe('');
  expect(h.fake.callsOf('chat.postMessage')).toHaveLength(0);
  release();

  const [answer] = await h.waitForPosts(1, channel);
  expect(answer.args.thread_ts).toBeUndefined();
  expect(textOf(answer)).toContain(t('en', 'cards.answer.title'));
  const links = buttonsOf(answer).flatMap((b) => (b.url ? [b.url] : []));
  expect(links).toContain(expectedExampleUrl({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' }, 'en'));
  expect(String(answer.args.text)).toContain(t('en', 'tables.cloudConnector.title'));
});

it('welcomes the user for /callflow without a question', async () => {
  const channel = 'C0CMD0002';
  await h.slack.command({ text: '', channel, user: 'U0CMD0002', responseUrl: h.fake.responseUrl('cmd2') });
  const [welcome] = await h.waitForPosts(1, channel);
  expect(textOf(welcome)).toContain(t('en', 'cards.welcome.title'));
});

it("answers through the command's response_url in a channel the app is not a member of", async () => {
  const channel = 'C0CMD0003';
  h.fake.scriptNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
  await h.slack.command({ text: 'PSTN call with Cloud Connector from the office', channel, user: 'U0CMD0003', responseUrl: h.fake.responseUrl('cmd3') });
  await h.fake.waitFor(() => h.fake.responses.some((r) => r.id === 'cmd3'));
  const [reply] = h.fake.responses.filter((r) => r.id === 'cmd3');
  expect(reply.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
  expect(JSON.stringify(reply.body.blocks)).toContain(t('en', 'cards.answer.title'));
  expect(h.posts(channel)).toHaveLength(0);
});

// The triage in Slack, through the real Bolt app against a fake Slack API: a ticket pasted in a direct message
// reaches the triage card (in Block Kit, in the user's language), and its "add an observation" button starts a
// triage by buttons.
import { t, type Locale } from '../../src/i18n';
import type { ApiCall } from '../slack/support/fakeSlackApi';
import { startSlackHarness, type SlackHarness } from '../slack/support/harness';
import { buttonsOf, clickPayload, directMessageEvent, textOf } from '../slack/support/slackRequests';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

/** Clicks the first answer button of each triage question until the triage card comes. */
async function untilTriageCard(user: string, channel: string, locale: Locale): Promise<ApiCall> {
  let seen = h.posts(channel).length;
  for (let step = 0; step < 6; step += 1) {
    const last = h.posts(channel).at(-1) as ApiCall;
    if (textOf(last).includes(t(locale, 'triage.card.title'))) return last;
    const choice = buttonsOf(last).find((b) => b.value && JSON.parse(b.value).action === 'answer');
    if (!choice) throw new Error(`No answer button in: ${textOf(last)}`);
    expect((await h.slack.action(clickPayload(last, choice, user, h.fake.responseUrl(`triage-${user}-${step}`)))).status).toBe(200);
    await h.waitForPosts(seen + 1, channel);
    seen = h.posts(channel).length;
  }
  throw new Error('No triage card after six clicks');
}

it.each<[Locale, string, string, string]>([
  ['en', 'U0TRI0001', 'D0TRI0001', 'Online tenant. A user at her desk in the office calls a landline; the trace shows the media going out the internet breakout, not ER.'],
  ['zh-TW', 'U0TRI0002', 'D0TRI0002', '純 Online 租用戶，同仁在公司座位上撥外線打市話，抓封包看到媒體走網際網路出口，沒有走 ER。'],
])('%s: a pasted ticket reaches the triage card, and its button starts a triage by buttons', async (locale, user, channel, ticket) => {
  if (locale === 'zh-TW') h.fake.userLocales.set(user, 'zh-TW');
  await h.slack.event(directMessageEvent({ user, channel, text: ticket }));
  await h.waitForPosts(1, channel);
  const card = await untilTriageCard(user, channel, locale);
  const text = textOf(card);
  expect(text).toContain(t(locale, 'triage.summary.differs'));
  expect(text).toContain(t(locale, 'triage.card.explanationsHeading'));
  expect(buttonsOf(card).some((b) => b.url?.includes('call-flow-using-expressroute#'))).toBe(true);
  const add = buttonsOf(card).find((b) => b.value && JSON.parse(b.value).action === 'triage');
  expect(add?.text).toBe(t(locale, 'triage.card.addObservation'));
  const seen = h.posts(channel).length;
  expect((await h.slack.action(clickPayload(card, add!, user, h.fake.responseUrl(`add-${user}`)))).status).toBe(200);
  const [next] = (await h.waitForPosts(seen + 1, channel)).slice(-1);
  expect(textOf(next)).toContain(t(locale, 'triage.card.pickLeg'));
});

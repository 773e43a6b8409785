// The same dialog as Teams, in Slack: a vague question is continued by clicking the question cards' buttons
// (block_actions) until the answer, in its thread, in English and in Traditional Chinese.
import { advise, type PartialScenario, type SlotName, type TrafficType } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { exampleLink } from '../../src/present';
import type { ApiCall } from './support/fakeSlackApi';
import { startSlackHarness, type SlackHarness } from './support/harness';
import { buttonsOf, clickPayload, directMessageEvent, mentionEvent, textOf } from './support/slackRequests';

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(() => h.close());

const ANSWER_TITLES = ['cards.answer.title', 'cards.answer.titleMedia', 'cards.answer.titleSignaling'];

function isAnswer(post: ApiCall, locale: Locale): boolean {
  return ANSWER_TITLES.some((key) => textOf(post).includes(t(locale, key)));
}

/**
 * Clicks the first answer button of each question card until an answer comes; returns the answer and the
 * scenario the clicks described.
 */
async function clickThrough(user: string, channel: string, threadTs: string | undefined, locale: Locale) {
  const scenario: PartialScenario = {};
  let seen = h.posts(channel, threadTs).length;
  for (let step = 0; step < 10; step += 1) {
    const last = h.posts(channel, threadTs).at(-1) as ApiCall;
    if (isAnswer(last, locale)) return { answer: last, scenario };
    const choice = buttonsOf(last).find((b) => b.value && JSON.parse(b.value).action === 'answer');
    if (!choice) throw new Error(`No answer button in: ${textOf(last)}`);
    const data = JSON.parse(choice.value as string) as { slot: SlotName; value: string };
    Object.assign(scenario, { [data.slot]: data.value });
    const response = await h.slack.action(clickPayload(last, choice, user, h.fake.responseUrl(`click-${user}-${step}`)));
    expect(response.status).toBe(200);
    await h.waitForPosts(seen + 1, channel, threadTs);
    seen = h.posts(channel, threadTs).length;
  }
  throw new Error('No answer after ten clicks');
}

/** `focus`: the question was only about that traffic type (it is answered once that traffic is certain). */
function expectLinksToExample(answer: ApiCall, scenario: PartialScenario, locale: Locale, focus?: TrafficType) {
  const resolution = advise(scenario, focus).resolution;
  expect(resolution).not.toBeNull();
  const links = buttonsOf(answer).flatMap((b) => (b.url ? [b.url] : []));
  for (const example of resolution?.examples ?? []) expect(links).toContain(exampleLink(example, locale).url);
}

it('continues a vague question by button clicks to the answer, in the mention\'s thread', async () => {
  const channel = 'C0DLG0001';
  const ts = '1713000001.000100';
  await h.slack.event(mentionEvent({ user: 'U0DLG0001', channel, text: 'where does media go?', ts }));
  const [question] = await h.waitForPosts(1, channel, ts);
  expect(isAnswer(question, 'en')).toBe(false);

  const { answer, scenario } = await clickThrough('U0DLG0001', channel, ts, 'en');
  expect(Object.keys(scenario).length).toBeGreaterThan(1);
  expect(textOf(answer)).toContain(t('en', 'cards.answer.titleMedia'));
  expectLinksToExample(answer, scenario, 'en', 'media');
  expect(h.posts(channel, undefined)).toHaveLength(0);
});

it('holds the same conversation in Traditional Chinese', async () => {
  const channel = 'D0DLG0002';
  h.fake.userLocales.set('U0DLG0002', 'zh-TW');
  await h.slack.event(directMessageEvent({ user: 'U0DLG0002', channel, text: '通話會經過 ExpressRoute 嗎？' }));
  const [question] = await h.waitForPosts(1, channel);
  expect(question.args.thread_ts).toBeUndefined();
  expect(buttonsOf(question).some((b) => /[\u4e00-\u9fff]/.test(b.text))).toBe(true);

  const { answer, scenario } = await clickThrough('U0DLG0002', channel, undefined, 'zh-TW');
  expect(isAnswer(answer, 'zh-TW')).toBe(true);
  expect(String(answer.args.text)).not.toMatch(/Signaling|Media path/);
  expectLinksToExample(answer, scenario, 'zh-TW');
});

// Finding 1 of issue 12, in Slack: two button clicks of one conversation arriving together (20 conversations at
// once) are both applied, and the replies show what was stored. On Redis, where a turn's reads and writes take
// real round trips, so that two unserialized turns would overlap.
import { startSlackHarness, type SlackHarness } from '../slack/support/harness';
import { buttonsOf, clickPayload, textOf } from '../slack/support/slackRequests';
import { TEAM_ID } from '../slack/support/fakeSlackApi';
import { t } from '../../src/i18n';
import { createLogger } from '../../src/log';
import { openStorage, type OpenedStorage } from '../../src/state';
import { RedisServer } from '../../scripts/support/redis-server';
import { scenarioOf } from './channels';
import { EXISTING_PAIR, answerData } from './pairs';

jest.setTimeout(120_000);

let redis: RedisServer;
let state: OpenedStorage;
let h: SlackHarness;
beforeAll(async () => {
  redis = await RedisServer.start();
  state = await openStorage({ url: redis.url }, createLogger('error', () => undefined));
  h = await startSlackHarness({}, state.storage);
});
afterAll(async () => {
  await h?.close();
  await state?.close();
  await redis?.stop();
});

async function storedScenario(channel: string, user: string): Promise<Record<string, string> | undefined> {
  const key = `slack/conversations/${TEAM_ID}:${channel}::${user}/`;
  return scenarioOf((await h.storage.read([key]))[key]);
}

it('applies both clicks of 20 conversations that each get two at once, and answers the call they complete', async () => {
  const conversations = Array.from({ length: 20 }, (_, i) => ({ channel: `C0PAIR${String(i).padStart(3, '0')}`, user: `U0PAIR${String(i).padStart(3, '0')}` }));
  await Promise.all(
    conversations.map(async ({ channel, user }) => {
      await h.slack.command({ text: 'where does media go for a hybrid conference?', channel, user, responseUrl: h.fake.responseUrl(`pair-${channel}`) });
      const [question] = await h.waitForPosts(1, channel);
      const [button] = buttonsOf(question).filter((b) => b.value?.includes('"answer"'));
      // Both answers at once: the organizer (on the card) and the location (the next question's).
      await Promise.all(
        EXISTING_PAIR.map((click, i) =>
          h.slack.action(clickPayload(question, { ...button, value: JSON.stringify(answerData(click)) }, user, h.fake.responseUrl(`pair-${channel}-${i}`))),
        ),
      );
      await h.waitForPosts(3, channel);
    }),
  );
  for (const { channel, user } of conversations) {
    expect(await storedScenario(channel, user)).toMatchObject({ organizer: 'online', location: 'customerNetwork' });
    const replies = h.posts(channel).slice(1).map((call) => `${String(call.args.text)}\n${textOf(call)}`);
    const answerTitles = ['cards.answer.title', 'cards.answer.titleMedia', 'cards.answer.titleSignaling'].map((key) => t('en', key));
    expect(replies.some((text) => answerTitles.some((title) => text.includes(title)))).toBe(true);
    expect(replies.join('\n')).not.toContain(t('en', 'dialog.concurrentTurn'));
  }
});

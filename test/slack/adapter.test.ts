// The Slack adapter's Web API side: what each kind of activity becomes, in the conversation's channel and thread.
import { webApi } from '@slack/bolt';
import { TurnContext, type Activity } from 'botbuilder';
import { SlackAdapter } from '../../src/channels/slack/adapter';
import { conversationId } from '../../src/channels/slack/conversation';
import { createLogger } from '../../src/log';
import { startFakeSlackApi, type FakeSlackApi } from './support/fakeSlackApi';

let fake: FakeSlackApi;
let adapter: SlackAdapter;
beforeAll(async () => {
  fake = await startFakeSlackApi();
  adapter = new SlackAdapter(new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl }), createLogger('error', () => undefined));
});
afterAll(() => fake.close());

const conversation = { id: conversationId({ teamId: 'T1', channel: 'C1', threadTs: '5.5', userId: 'U1' }), isGroup: true, conversationType: 'channel', name: 'C1' };

function turn(): TurnContext {
  return new TurnContext(adapter, { type: 'message', channelId: 'slack', conversation, from: { id: 'U1', name: 'U1' }, recipient: { id: 'UBOT', name: 'bot' } });
}

it('posts messages in the thread, skips typing, and returns the ts as the activity id', async () => {
  const context = turn();
  const [typing, message] = await context.sendActivities([{ type: 'typing' }, { type: 'message', text: 'hello' }]);
  expect(typing.id).toBe('');
  const [post] = fake.callsOf('chat.postMessage');
  expect(post.args).toMatchObject({ channel: 'C1', thread_ts: '5.5', text: 'hello' });
  expect(message.id).toBe(post.result?.ts);
});

it('updates and deletes a message by its ts', async () => {
  const context = turn();
  await context.updateActivity({ type: 'message', id: '7.7', conversation, text: 'changed' } as Partial<Activity>);
  await context.deleteActivity({ activityId: '7.7', conversation });
  expect(fake.callsOf('chat.update')[0].args).toMatchObject({ channel: 'C1', ts: '7.7', text: 'changed' });
  expect(fake.callsOf('chat.delete')[0].args).toMatchObject({ channel: 'C1', ts: '7.7' });
});

it('continues a conversation from its reference', async () => {
  const reference = TurnContext.getConversationReference(turn().activity);
  await adapter.continueConversation(reference, async (context) => {
    await context.sendActivity('later');
  });
  expect(fake.callsOf('chat.postMessage').at(-1)?.args).toMatchObject({ channel: 'C1', thread_ts: '5.5', text: 'later' });
});

it('refuses a conversation that is not a Slack one', async () => {
  const context = new TurnContext(adapter, { type: 'message', conversation: { id: '19:teams@thread', isGroup: true, conversationType: 'channel', name: 'x' } });
  await expect(context.sendActivity('x')).rejects.toThrow(/Not a Slack conversation/);
});

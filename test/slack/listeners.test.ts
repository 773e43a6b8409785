// The listeners on their own, without a server: each acknowledges first, drops what is not a question or is a
// retry, and hands the bot the turn for the right conversation.
import { webApi } from '@slack/bolt';
import { submitListener } from '../../src/channels/slack/actions';
import { callflowCommand } from '../../src/channels/slack/commands';
import { createDeduper } from '../../src/channels/slack/dedupe';
import type { ListenerDeps } from '../../src/channels/slack/deps';
import { directMessageListener, homeOpenedListener, mentionListener } from '../../src/channels/slack/events';
import type { SlackTurn } from '../../src/channels/slack/turn';
import { createLogger } from '../../src/log';
import { startFakeSlackApi, type FakeSlackApi } from './support/fakeSlackApi';

interface Recorder {
  deps: ListenerDeps;
  steps: string[];
  turns: SlackTurn[];
  homes: string[];
}

function recorder(): Recorder {
  const steps: string[] = [];
  const turns: SlackTurn[] = [];
  const homes: string[] = [];
  const deps: ListenerDeps = {
    runTurn: async (turn) => {
      steps.push('turn');
      turns.push(turn);
    },
    dedupe: createDeduper(),
    publishHome: async (_client, userId) => {
      steps.push('home');
      homes.push(userId);
    },
    logger: createLogger('error', () => undefined),
  };
  return { deps, steps, turns, homes };
}

// Listener arguments are large Bolt types; the tests pass the fields the listeners read.
type AnyArgs = never;

describe('/callflow', () => {
  it('acknowledges before the turn and passes the question and response_url responder', async () => {
    const r = recorder();
    const respond = jest.fn();
    await callflowCommand(r.deps)({
      command: { team_id: 'T1', channel_id: 'C1', user_id: 'U1', text: ' PSTN call with <@UBOT> ', trigger_id: 'tr1' },
      ack: async () => void r.steps.push('ack'),
      respond,
      context: { botUserId: 'UBOT' },
    } as AnyArgs);
    expect(r.steps).toEqual(['ack', 'turn']);
    expect(r.turns[0]).toEqual({
      place: { teamId: 'T1', channel: 'C1', userId: 'U1' },
      direct: false,
      id: 'tr1',
      kind: 'message',
      text: 'PSTN call with',
      botUserId: 'UBOT',
      respond,
    });
  });

  it('starts the conversation when there is no question', async () => {
    const r = recorder();
    await callflowCommand(r.deps)({
      command: { team_id: 'T1', channel_id: 'D1', user_id: 'U1', text: '', trigger_id: 'tr2' },
      ack: async () => undefined,
      context: {},
    } as AnyArgs);
    expect(r.turns[0]).toMatchObject({ kind: 'start', direct: true });
    expect(r.turns[0]).not.toHaveProperty('text');
  });
});

describe('events', () => {
  const mention = (eventId: string, event: Record<string, unknown>) =>
    ({ event: { type: 'app_mention', channel: 'C1', ts: '10.1', ...event }, body: { event_id: eventId, team_id: 'T1' }, context: { botUserId: 'UBOT' } }) as AnyArgs;

  it('answers a mention in its thread (a new one under the message, or the thread it was made in), once per event id', async () => {
    const r = recorder();
    const listener = mentionListener(r.deps);
    await listener(mention('Ev1', { user: 'U1', text: '<@UBOT> help' }));
    await listener(mention('Ev1', { user: 'U1', text: '<@UBOT> help' }));
    await listener(mention('Ev2', { user: 'U1', text: '<@UBOT>', ts: '10.5', thread_ts: '10.1' }));
    expect(r.turns).toEqual([
      { place: { teamId: 'T1', channel: 'C1', threadTs: '10.1', userId: 'U1' }, direct: false, id: '10.1', kind: 'message', text: 'help', botUserId: 'UBOT' },
      { place: { teamId: 'T1', channel: 'C1', threadTs: '10.1', userId: 'U1' }, direct: false, id: '10.5', kind: 'start', botUserId: 'UBOT' },
    ]);
  });

  it('ignores bots, edits and messages outside direct messages', async () => {
    const r = recorder();
    const listener = directMessageListener(r.deps);
    const dm = (eventId: string, event: Record<string, unknown>) =>
      ({ event: { type: 'message', channel: 'D1', channel_type: 'im', ts: '20.1', user: 'U1', text: 'help', ...event }, body: { event_id: eventId, team_id: 'T1' }, context: {} }) as AnyArgs;
    await listener(dm('Ev1', { bot_id: 'B1' }));
    await listener(dm('Ev2', { subtype: 'message_changed' }));
    await listener(dm('Ev3', { channel_type: 'channel', channel: 'C1' }));
    await listener(dm('Ev4', { thread_ts: '19.0' }));
    expect(r.turns).toEqual([
      { place: { teamId: 'T1', channel: 'D1', threadTs: '19.0', userId: 'U1' }, direct: true, id: '20.1', kind: 'message', text: 'help' },
    ]);
  });

  it('publishes App Home when its home tab opens, once per event', async () => {
    const r = recorder();
    const listener = homeOpenedListener(r.deps);
    const opened = (eventId: string, tab: string) => ({ event: { type: 'app_home_opened', user: 'U1', tab }, body: { event_id: eventId }, client: {} }) as AnyArgs;
    await listener(opened('Ev1', 'home'));
    await listener(opened('Ev1', 'home'));
    await listener(opened('Ev2', 'messages'));
    expect(r.homes).toEqual(['U1']);
  });
});

describe('Submit buttons', () => {
  let fake: FakeSlackApi;
  let client: webApi.WebClient;
  beforeAll(async () => {
    fake = await startFakeSlackApi();
    client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl });
  });
  afterAll(() => fake.close());

  const click = (fields: Record<string, unknown>, value: string) =>
    ({
      action: { type: 'button', action_id: 'callflow.submit.0', value, action_ts: '30.1' },
      body: { type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, container: {}, state: { values: {} }, ...fields },
      client,
      context: { botUserId: 'UBOT' },
      respond: jest.fn(),
    }) as AnyArgs;

  it("continues the conversation of the clicked message's thread", async () => {
    const r = recorder();
    const listener = submitListener(r.deps);
    const order: string[] = [];
    const args = click({ channel: { id: 'C1' }, message: { ts: '12.2', thread_ts: '12.0' } }, '{"action":"answer","slot":"callType","value":"pstn"}');
    (args as { ack: () => Promise<void> }).ack = async () => void order.push('ack');
    await listener(args);
    expect([...order, ...r.steps]).toEqual(['ack', 'turn']);
    expect(r.turns[0]).toMatchObject({
      place: { teamId: 'T1', channel: 'C1', threadTs: '12.0', userId: 'U1' },
      kind: 'message',
      value: { action: 'answer', slot: 'callType', value: 'pstn' },
    });
  });

  it('treats a top-level message with replies as top level, and hands the dialog a value it cannot read as it is', async () => {
    const r = recorder();
    const listener = submitListener(r.deps);
    const ack = { ack: async () => undefined };
    await listener({ ...(click({ channel: { id: 'C1' }, message: { ts: '12.0', thread_ts: '12.0' } }, '"back"') as object), ...ack } as AnyArgs);
    await listener({ ...(click({ channel: { id: 'C1' }, message: { ts: '12.0' } }, '{not json') as object), ...ack } as AnyArgs);
    expect(r.turns).toHaveLength(2);
    expect(r.turns[0]).toMatchObject({ place: { channel: 'C1', userId: 'U1' }, text: 'back' });
    expect(r.turns[0].place).not.toHaveProperty('threadTs');
    // The dialog answers data none of its cards sends with "that choice isn't valid" (test/slack/bad-input.test.ts).
    expect(r.turns[1]).toMatchObject({ kind: 'message', value: '{not json' });
    expect(r.turns[1]).not.toHaveProperty('text');
  });

  it('answers a click on App Home in the user\'s DM with the app, then refreshes App Home', async () => {
    const r = recorder();
    const listener = submitListener(r.deps);
    const value = JSON.stringify({ msteams: { type: 'imBack', value: 'PSTN call with Cloud Connector from the office' } });
    await listener({ ...(click({ view: { id: 'V1', type: 'home' }, container: { type: 'view' } }, value) as object), ack: async () => undefined } as AnyArgs);
    expect(fake.callsOf('conversations.open').map((c) => c.args.users)).toEqual(['U1']);
    expect(r.steps).toEqual(['turn', 'home']);
    expect(r.turns[0]).toMatchObject({ place: { channel: 'D1', userId: 'U1' }, direct: true, text: 'PSTN call with Cloud Connector from the office' });
    expect(r.turns[0]).not.toHaveProperty('respond');
  });
});

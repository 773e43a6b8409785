// What Slack sends, as the activity the bot reads: plain text, conversation ids per channel/thread and user, and
// what a clicked button submits.
import { inputValues, submission } from '../../src/channels/slack/actions';
import { conversationId, placeOf } from '../../src/channels/slack/conversation';
import { plainTextOf } from '../../src/channels/slack/slackText';
import { activityFor } from '../../src/channels/slack/turn';

describe('text', () => {
  it("drops the app's own mention and Slack's markup", () => {
    expect(plainTextOf('<@UBOT> where does <@U2|maria> media go? &lt;ER&gt; &amp; <https://x.test|the doc> in <#C1|helpdesk>', 'UBOT')).toBe(
      'where does @maria media go? <ER> & the doc in #helpdesk',
    );
    expect(plainTextOf('<@UBOT>', 'UBOT')).toBe('');
    expect(plainTextOf('hi <!here>\n  there')).toBe('hi @here there');
  });
});

describe('conversation ids', () => {
  it('keys by team, channel, thread and user, and reads back', () => {
    const inThread = { teamId: 'T1', channel: 'C1', threadTs: '123.456', userId: 'U1' };
    expect(conversationId(inThread)).toBe('T1:C1:123.456:U1');
    expect(placeOf(conversationId(inThread))).toEqual(inThread);
    const topLevel = { teamId: 'T1', channel: 'D1', userId: 'U1' };
    expect(placeOf(conversationId(topLevel))).toEqual(topLevel);
    expect(conversationId({ ...inThread, userId: 'U2' })).not.toBe(conversationId(inThread));
    expect(placeOf('a:b')).toBeUndefined();
    expect(placeOf('19:abc@thread.tacv2')).toBeUndefined();
  });

  it('builds a message activity, or a conversationUpdate welcoming the user for an empty question', () => {
    const place = { teamId: 'T1', channel: 'C1', threadTs: '1.2', userId: 'U1' };
    const message = activityFor({ place, direct: false, id: '1.3', kind: 'message', text: 'help', botUserId: 'UBOT' }, 'zh-TW');
    expect(message).toMatchObject({
      type: 'message',
      channelId: 'slack',
      text: 'help',
      locale: 'zh-TW',
      from: { id: 'U1' },
      recipient: { id: 'UBOT' },
      conversation: { id: 'T1:C1:1.2:U1', isGroup: true, conversationType: 'channel' },
    });
    const start = activityFor({ place, direct: true, id: 't', kind: 'start' }, undefined);
    expect(start).toMatchObject({ type: 'conversationUpdate', membersAdded: [{ id: 'U1' }], conversation: { conversationType: 'personal' } });
    expect(start).not.toHaveProperty('locale');
  });
});

describe('submissions', () => {
  it('sends imBack data and string data as text, like a Teams client', () => {
    expect(submission({ msteams: { type: 'imBack', value: 'PSTN call' } }, {})).toEqual({ text: 'PSTN call' });
    expect(submission('start over', {})).toEqual({ text: 'start over' });
    expect(submission({ msteams: { type: 'messageBack', text: 'go', value: { a: 1 } } }, {})).toEqual({ text: 'go', value: { a: 1 } });
  });

  it("sends object data as the value, with the card's inputs merged in", () => {
    expect(submission({ action: 'answer', slot: 'callType' }, { value: 'pstn' })).toEqual({
      value: { action: 'answer', slot: 'callType', value: 'pstn' },
    });
    expect(submission(null, {})).toEqual({ value: null });
  });

  it('reads the inputs from the message state by their action ids', () => {
    const state = {
      values: {
        b1: { 'callflow.input.callType': { type: 'static_select', selected_option: { text: { type: 'plain_text' as const, text: 'PSTN' }, value: 'pstn' } } },
        b2: {
          'callflow.input.many': {
            type: 'multi_static_select',
            selected_options: [
              { text: { type: 'plain_text' as const, text: 'A' }, value: 'a' },
              { text: { type: 'plain_text' as const, text: 'B' }, value: 'b' },
            ],
          },
          'someone.else': { type: 'plain_text_input', value: 'x' },
        },
      },
    };
    expect(inputValues(state)).toEqual({ callType: 'pstn', many: 'a,b' });
    expect(inputValues(undefined)).toEqual({});
  });
});

// Requests as Slack sends them to the app's /slack/events endpoint: Events API envelopes, slash commands and
// block_actions payloads, signed with the signing secret (v0 HMAC-SHA256 over "v0:timestamp:body").
import { createHmac } from 'node:crypto';
import { BOT_USER_ID, TEAM_ID, type ApiCall } from './fakeSlackApi';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

type Json = Record<string, unknown>;

export interface SendOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  secret?: string;
  /** X-Slack-Retry-Num: Slack's redelivery of an event. */
  retryNum?: number;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

let sequence = 0;
const next = () => (sequence += 1);

export interface SlackSender {
  post(body: string, contentType: string, options?: SendOptions): Promise<Response>;
  event(event: Json, options?: SendOptions & { eventId?: string }): Promise<{ response: Response; eventId: string }>;
  command(fields: { text: string; channel: string; user: string; responseUrl: string }, options?: SendOptions): Promise<Response>;
  action(payload: Json, options?: SendOptions): Promise<Response>;
}

export function slackSender(url: string): SlackSender {
  const post = (body: string, contentType: string, { timestamp, secret = SIGNING_SECRET, retryNum }: SendOptions = {}) => {
    const ts = timestamp ?? Math.floor(Date.now() / 1000);
    return fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': contentType,
        'X-Slack-Request-Timestamp': String(ts),
        'X-Slack-Signature': signature(secret, ts, body),
        ...(retryNum !== undefined ? { 'X-Slack-Retry-Num': String(retryNum), 'X-Slack-Retry-Reason': 'http_timeout' } : {}),
      },
      body,
    });
  };
  return {
    post,
    async event(event, options = {}) {
      const eventId = options.eventId ?? `Ev${String(next()).padStart(8, '0')}`;
      const envelope = {
        token: 'verification-token',
        team_id: TEAM_ID,
        api_app_id: 'A0000001',
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
        event,
      };
      return { response: await post(JSON.stringify(envelope), 'application/json', options), eventId };
    },
    command(fields, options) {
      return post(commandBody(fields), 'application/x-www-form-urlencoded', options);
    },
    action(payload, options) {
      return post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
    },
  };
}

/** A /callflow slash command's form body, as Slack posts it (each with its own trigger_id). */
export function commandBody({ text, channel, user, responseUrl }: { text: string; channel: string; user: string; responseUrl: string }): string {
  return new URLSearchParams({
    token: 'verification-token',
    team_id: TEAM_ID,
    team_domain: 'example',
    channel_id: channel,
    channel_name: 'helpdesk',
    user_id: user,
    user_name: 'admin',
    command: '/callflow',
    text,
    api_app_id: 'A0000001',
    response_url: responseUrl,
    trigger_id: `trigger-${next()}`,
  }).toString();
}

export function mentionEvent(fields: { user: string; channel: string; text: string; ts?: string; threadTs?: string }): Json {
  const ts = fields.ts ?? `1710000${String(next()).padStart(3, '0')}.000200`;
  return {
    type: 'app_mention',
    user: fields.user,
    text: `<@${BOT_USER_ID}> ${fields.text}`,
    ts,
    channel: fields.channel,
    event_ts: ts,
    ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
  };
}

export function directMessageEvent(fields: { user: string; channel: string; text: string }): Json {
  const ts = `1720000${String(next()).padStart(3, '0')}.000300`;
  return { type: 'message', channel: fields.channel, channel_type: 'im', user: fields.user, text: fields.text, ts, event_ts: ts };
}

export interface PostedButton {
  actionId: string;
  blockId?: string;
  text: string;
  value?: string;
  url?: string;
}

/** The buttons of a chat.postMessage call, in order. */
export function buttonsOf(call: ApiCall): PostedButton[] {
  const blocks = (call.args.blocks ?? []) as Json[];
  return blocks.flatMap((block) =>
    block.type === 'actions'
      ? (block.elements as Json[])
          .filter((e) => e.type === 'button')
          .map((e) => ({
            actionId: String(e.action_id),
            blockId: block.block_id as string | undefined,
            text: String((e.text as Json).text),
            value: e.value as string | undefined,
            url: e.url as string | undefined,
          }))
      : [],
  );
}

/** All text a posted message shows. */
export function textOf(call: ApiCall): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Json;
    if ((n.type === 'mrkdwn' || n.type === 'plain_text') && typeof n.text === 'string') out.push(n.text);
    Object.values(n).forEach(walk);
  };
  walk(call.args.blocks);
  return out.join('\n').replace(/\u200b/g, '');
}

/**
 * The block_actions payload Slack sends when `user` clicks `button`; `surface` says where the button was (the
 * container and the message or view fields).
 */
export function blockActionsPayload(user: string, button: PostedButton, surface: Json): Json {
  return {
    type: 'block_actions',
    team: { id: TEAM_ID, domain: 'example' },
    user: { id: user, username: 'admin', team_id: TEAM_ID },
    api_app_id: 'A0000001',
    token: 'verification-token',
    trigger_id: `trigger-${next()}`,
    state: { values: {} },
    ...surface,
    actions: [
      {
        type: 'button',
        action_id: button.actionId,
        block_id: button.blockId ?? 'b1',
        text: { type: 'plain_text', text: button.text, emoji: true },
        ...(button.value !== undefined ? { value: button.value } : {}),
        action_ts: `${Math.floor(Date.now() / 1000)}.${String(next()).padStart(6, '0')}`,
      },
    ],
  };
}

/** The block_actions payload Slack sends when `user` clicks `button` on the message a chat.postMessage call made. */
export function clickPayload(call: ApiCall, button: PostedButton, user: string, responseUrl: string): Json {
  const ts = String(call.result?.ts);
  const channel = String(call.args.channel);
  const threadTs = call.args.thread_ts as string | undefined;
  const thread = threadTs ? { thread_ts: threadTs } : {};
  return blockActionsPayload(user, button, {
    container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false, ...thread },
    channel: { id: channel, name: 'helpdesk' },
    message: { type: 'message', user: BOT_USER_ID, ts, text: call.args.text, blocks: call.args.blocks, ...thread },
    response_url: responseUrl,
  });
}

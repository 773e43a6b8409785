// Mentions in channels (answered in their thread) and direct messages. Bolt acknowledges Events API requests
// before listeners run, so these only have to drop Slack's retries and start the turn.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { firstDelivery } from '../dedupe';
import type { ListenerDeps } from '../deps';
import { plainTextOf } from '../slackText';
import type { SlackTurn } from '../turn';

interface UserMessage {
  user?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  bot_id?: string;
  subtype?: string;
}

interface Where {
  teamId: string;
  threadTs: string | undefined;
  direct: boolean;
  botUserId: string | undefined;
}

/** The turn for a person's new message; undefined for bots, edits, joins and other non-questions. */
export function userMessageTurn(message: UserMessage, where: Where): SlackTurn | undefined {
  if (!message.user || message.bot_id || message.subtype) return undefined;
  // The event is whatever the signed body held: a text that is not a string is no text.
  const text = plainTextOf(typeof message.text === 'string' ? message.text : '', where.botUserId);
  return {
    place: {
      teamId: where.teamId,
      channel: message.channel,
      userId: message.user,
      ...(where.threadTs ? { threadTs: where.threadTs } : {}),
    },
    direct: where.direct,
    id: message.ts,
    kind: text ? 'message' : 'start',
    ...(text ? { text } : {}),
    botUserId: where.botUserId,
  };
}

type EventArgs<E extends 'app_mention' | 'message'> = SlackEventMiddlewareArgs<E> & AllMiddlewareArgs;

function isRetry(deps: ListenerDeps, eventId: string, retryNum: unknown): boolean {
  return !firstDelivery(deps.dedupe, deps.logger, `event:${eventId}`, { eventId, retryNum });
}

export function mentionListener(deps: ListenerDeps) {
  return async ({ event, body, context }: EventArgs<'app_mention'>): Promise<void> => {
    if (isRetry(deps, body.event_id, context.retryNum)) return;
    const turn = userMessageTurn(event, {
      teamId: body.team_id,
      threadTs: event.thread_ts ?? event.ts,
      direct: false,
      botUserId: context.botUserId,
    });
    if (turn) await deps.runTurn(turn);
  };
}

export function directMessageListener(deps: ListenerDeps) {
  return async ({ event, body, context }: EventArgs<'message'>): Promise<void> => {
    if (event.channel_type !== 'im' || isRetry(deps, body.event_id, context.retryNum)) return;
    const turn = userMessageTurn(event as UserMessage, {
      teamId: body.team_id,
      threadTs: 'thread_ts' in event ? event.thread_ts : undefined,
      direct: true,
      botUserId: context.botUserId,
    });
    if (turn) await deps.runTurn(turn);
  };
}

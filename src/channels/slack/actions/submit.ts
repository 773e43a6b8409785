// A click on a card's Submit button continues the conversation the card belongs to: the channel and thread of
// the message, or, from the App Home tab, the user's direct messages with the app.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { isDirectMessage, type SlackPlace } from '../conversation';
import { deliveryKey, firstDelivery } from '../dedupe';
import type { ListenerDeps } from '../deps';
import { inputValues, submission, type Submission } from './submission';

type SubmitArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** The thread a clicked message is in; a top-level message (even one with replies) is not in a thread. */
function threadOf(message: BlockAction['message']): string | undefined {
  const threadTs = message?.thread_ts as string | undefined;
  return threadTs && threadTs !== message?.ts ? threadTs : undefined;
}

async function placeOfClick({ body, client, context }: SubmitArgs): Promise<SlackPlace | undefined> {
  const teamId = body.team?.id ?? body.user.team_id ?? context.teamId ?? '';
  const userId = body.user.id;
  if (body.view) {
    // From App Home: the answer goes to the user's DM with the app.
    const opened = await client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    return channel ? { teamId, channel, userId } : undefined;
  }
  const channel = body.channel?.id ?? (body.container.channel_id as string | undefined);
  if (!channel) return undefined;
  const threadTs = threadOf(body.message);
  return { teamId, channel, userId, ...(threadTs ? { threadTs } : {}) };
}

function parseValue(raw: string | undefined): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: JSON.parse(raw ?? '{}') };
  } catch {
    return { ok: false };
  }
}

export function submitListener(deps: ListenerDeps) {
  return async (args: SubmitArgs): Promise<void> => {
    await args.ack();
    const { action, body, context, respond } = args;
    // One click, one turn, however often its payload is delivered.
    if (!firstDelivery(deps.dedupe, deps.logger, deliveryKey('action', body.trigger_id, body), { actionId: action.action_id })) return;
    const parsed = parseValue(action.value);
    if (!parsed.ok) deps.logger.warn('slack.action.badValue', { actionId: action.action_id });
    const place = await placeOfClick(args);
    if (!place) {
      deps.logger.warn('slack.action.noConversation', { actionId: action.action_id });
      return;
    }
    // A value that cannot be read still goes to the dialog, as data none of its cards sends: the user is told
    // the choice is not valid, instead of hearing nothing.
    const { text, value }: Submission = parsed.ok ? submission(parsed.data, inputValues(body.state)) : { value: action.value ?? '' };
    await deps.runTurn({
      place,
      direct: isDirectMessage(place.channel),
      id: action.action_ts,
      kind: 'message',
      ...(text !== undefined ? { text } : {}),
      ...(value !== undefined ? { value } : {}),
      botUserId: context.botUserId,
      ...(body.view ? {} : { respond }),
    });
    // A click on App Home may have switched the language: show the tab in the user's language now.
    if (body.view) await deps.publishHome(args.client, place.userId);
  };
}

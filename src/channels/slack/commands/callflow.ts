// `/callflow [question]`: acknowledged at once (Slack waits three seconds at most), then answered in the channel,
// once however often the same command is delivered.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { deliveryKey, firstDelivery } from '../dedupe';
import type { ListenerDeps } from '../deps';
import { isDirectMessage } from '../conversation';
import { plainTextOf } from '../slackText';

export const CALLFLOW_COMMAND = '/callflow';

export function callflowCommand(deps: ListenerDeps) {
  return async ({ command, ack, respond, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    if (!firstDelivery(deps.dedupe, deps.logger, deliveryKey('command', command.trigger_id, command))) return;
    const text = plainTextOf(command.text ?? '', context.botUserId);
    await deps.runTurn({
      place: { teamId: command.team_id, channel: command.channel_id, userId: command.user_id },
      direct: isDirectMessage(command.channel_id),
      id: command.trigger_id,
      kind: text ? 'message' : 'start',
      ...(text ? { text } : {}),
      botUserId: context.botUserId,
      respond,
    });
  };
}

// A bot message activity as Slack messages: its text, its Adaptive Cards and its suggested actions, converted by
// the one Block Kit converter and joined into as few messages as Slack's block limit allows.
import type { Activity, CardAction } from 'botbuilder';
import { adaptiveCardToBlocks, CardConversionError, type SlackMessage } from './blockkit';
import { SLACK_LIMITS } from './blockkit-limits';
import { escapeMrkdwn, markdownToMrkdwn, markdownToPlain, splitText, truncate } from './mrkdwn';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

function textMessage(activity: Partial<Activity>): SlackMessage | undefined {
  const text = activity.text?.trim();
  if (!text) return undefined;
  const markdown = activity.textFormat !== 'plain' && activity.textFormat !== 'xml';
  const mrkdwn = markdown ? markdownToMrkdwn(text) : escapeMrkdwn(text);
  return {
    text: truncate(markdown ? markdownToPlain(text) : text, SLACK_LIMITS.messageText),
    blocks: splitText(mrkdwn, SLACK_LIMITS.sectionText).map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece } })),
  };
}

/** A Bot Framework card action as the Adaptive Card action a Teams client would send back the same way. */
function adaptiveAction(action: CardAction, index: number): Record<string, unknown> {
  switch (action.type) {
    case 'imBack':
    case 'postBack':
      return { type: 'Action.Submit', title: action.title, data: { msteams: { type: 'imBack', value: String(action.value) } } };
    case 'messageBack':
      return {
        type: 'Action.Submit',
        title: action.title ?? action.displayText,
        data: { msteams: { type: 'messageBack', text: action.text, value: action.value } },
      };
    case 'openUrl':
      return { type: 'Action.OpenUrl', title: action.title, url: String(action.value) };
    default:
      throw new CardConversionError('unsupportedAction', `suggestedActions.actions[${index}]`, `card action ${action.type}`);
  }
}

/** Each part of the activity converted on its own; a part that fails is replaced by `onFailure`'s message. */
function parts(activity: Partial<Activity>, onFailure: (error: CardConversionError, fallbackText?: string) => SlackMessage): SlackMessage[] {
  const out: SlackMessage[] = [];
  const text = textMessage(activity);
  if (text) out.push(text);
  const convert = (run: () => SlackMessage, fallbackText?: string) => {
    try {
      out.push(run());
    } catch (error) {
      if (!(error instanceof CardConversionError)) throw error;
      out.push(onFailure(error, fallbackText));
    }
  };
  (activity.attachments ?? []).forEach((attachment, i) => {
    const content = attachment.content as { fallbackText?: unknown } | undefined;
    const fallbackText = typeof content?.fallbackText === 'string' ? content.fallbackText : undefined;
    convert(() => {
      if (attachment.contentType !== ADAPTIVE_CARD) {
        throw new CardConversionError('notACard', `attachments[${i}]`, `attachment type ${attachment.contentType}`);
      }
      return adaptiveCardToBlocks(attachment.content);
    }, fallbackText);
  });
  const suggested = activity.suggestedActions?.actions ?? [];
  if (suggested.length > 0) {
    convert(() => adaptiveCardToBlocks({ type: 'AdaptiveCard', version: '1.5', body: [], actions: suggested.map(adaptiveAction) }));
  }
  return out;
}

/** Neighbouring parts share one message while the blocks fit. */
function join(messages: readonly SlackMessage[]): SlackMessage[] {
  const out: SlackMessage[] = [];
  for (const message of messages) {
    const last = out[out.length - 1];
    if (last && last.blocks.length + message.blocks.length <= SLACK_LIMITS.blocksPerMessage) {
      out[out.length - 1] = {
        text: truncate(`${last.text}\n${message.text}`, SLACK_LIMITS.messageText),
        blocks: [...last.blocks, ...message.blocks],
      };
    } else {
      out.push(message);
    }
  }
  return out;
}

/**
 * The Slack messages for a bot message activity. A card Slack cannot show is reported through `onFailure`, which
 * returns what to show instead (the card's fallback text, or a short apology): the turn goes on.
 */
export function slackMessagesFor(
  activity: Partial<Activity>,
  onFailure: (error: CardConversionError, fallbackText?: string) => SlackMessage,
): SlackMessage[] {
  return join(parts(activity, onFailure));
}

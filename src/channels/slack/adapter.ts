// A botbuilder adapter whose wire is Slack: Bolt's listeners hand it activities, the advisor bot runs its dialogs
// on them exactly as for Teams, and what the bot sends goes out through Slack's Web API (chat.postMessage in the
// conversation's channel and thread, Adaptive Cards converted to Block Kit).
import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';
import type { webApi } from '@slack/bolt';
import { t, toLocale } from '../../i18n';
import type { Logger } from '../../log';
import type { CardConversionError, SlackMessage } from './blockkit';
import { placeOf, type SlackPlace } from './conversation';
import { slackMessagesFor } from './outgoing';

/** Posts to a slash command's or a click's response_url: it works where the app is not a channel member. */
export type Responder = (message: SlackMessage & { response_type: 'in_channel'; replace_original: false }) => Promise<unknown>;

/** turnState key of the turn's Responder, when Slack gave one. */
const RESPONDER = Symbol('slackResponder');

/** Web API errors for a channel the app cannot post to (not invited, or a DM between two other people). */
const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

function slackError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

export class SlackAdapter extends BotAdapter {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly logger: Logger,
  ) {
    super();
  }

  /** Runs one turn of the bot for an activity built from a Slack request. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>, responder?: Responder): Promise<void> {
    const context = new TurnContext(this, activity);
    if (responder) context.turnState.set(RESPONDER, responder);
    await this.runMiddleware(context, logic);
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) responses.push(await this.send(context, activity));
    return responses;
  }

  override async updateActivity(_context: TurnContext, activity: Partial<Activity>): Promise<void> {
    const place = this.placeFor(activity.conversation?.id);
    const [message, ...rest] = this.render(activity);
    if (!message || rest.length > 0 || !activity.id) throw new Error('A Slack message is updated with exactly one message and its ts.');
    await this.client.chat.update({ channel: place.channel, ts: activity.id, text: message.text, blocks: message.blocks });
  }

  override async deleteActivity(_context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    const place = this.placeFor(reference.conversation?.id);
    if (!reference.activityId) throw new Error('A Slack message is deleted by its ts.');
    await this.client.chat.delete({ channel: place.channel, ts: reference.activityId });
  }

  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.processActivity(activity, logic);
  }

  private placeFor(conversationId: string | undefined): SlackPlace {
    const place = placeOf(conversationId ?? '');
    if (!place) throw new Error(`Not a Slack conversation: ${conversationId}`);
    return place;
  }

  private render(activity: Partial<Activity>): SlackMessage[] {
    return slackMessagesFor(activity, (error: CardConversionError, fallbackText?: string) => {
      // Our own cards are all tested against the converter; this is the safety net for one that slipped through.
      this.logger.error('slack.card.unconvertible', { problem: error.problem, path: error.path, error });
      return { text: fallbackText || t(toLocale(activity.locale), 'slack.cardUnavailable'), blocks: [] };
    });
  }

  private async send(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse> {
    switch (activity.type) {
      case ActivityTypes.Message:
        return { id: await this.post(context, activity) };
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, typeof activity.value === 'number' ? activity.value : 1000));
        return { id: '' };
      default:
        // Typing, traces and the like have nothing to show in Slack.
        return { id: '' };
    }
  }

  /** Posts the activity's messages; returns the ts of the last one (the id botbuilder keeps for updates). */
  private async post(context: TurnContext, activity: Partial<Activity>): Promise<string> {
    const place = this.placeFor(activity.conversation?.id);
    let ts = '';
    for (const message of this.render(activity)) {
      try {
        const result = await this.client.chat.postMessage({
          channel: place.channel,
          ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
          text: message.text,
          ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
          unfurl_links: false,
          unfurl_media: false,
        });
        ts = result.ts ?? ts;
      } catch (error) {
        const responder = context.turnState.get(RESPONDER) as Responder | undefined;
        const reason = slackError(error);
        if (!responder || !reason || !CANNOT_POST.has(reason)) throw error;
        this.logger.info('slack.post.viaResponseUrl', { reason });
        await responder({ ...message, response_type: 'in_channel', replace_original: false });
      }
    }
    return ts;
  }
}

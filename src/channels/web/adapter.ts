// An in-process Bot Framework adapter for the local web page: a turn's activity comes from the page's JSON
// request, and what the bot sends during the turn is collected and returned as the response. No cloud service,
// no Direct Line secret; the same bot and dialogs as in Teams run on it.
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';

/** turnState key of the list the turn's replies are collected in. */
const OUTBOX = Symbol('webOutbox');

export class WebAdapter extends BotAdapter {
  private sent = 0;

  /** Runs one turn and returns every activity the bot sent in it, in order. */
  async process(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
    const outbox: Partial<Activity>[] = [];
    context.turnState.set(OUTBOX, outbox);
    await this.runMiddleware(context, logic);
    return outbox;
  }

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const outbox = context.turnState.get(OUTBOX) as Partial<Activity>[] | undefined;
    if (!outbox) throw new Error('The web channel can only reply within a turn.');
    return activities.map((activity) => {
      const id = `web-${++this.sent}`;
      // A delay paces a chat client's typing; the page shows a whole turn at once, so it is dropped.
      if (activity.type !== 'delay') outbox.push({ ...activity, id });
      return { id };
    });
  }

  override async updateActivity(): Promise<void> {
    throw new Error('The web channel does not update sent activities.');
  }

  override async deleteActivity(): Promise<void> {
    throw new Error('The web channel does not delete sent activities.');
  }

  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.process(activity, logic);
  }
}

// The state that is shown is the state that is stored: a turn's replies are held back until its state is saved,
// and sent only then. When the save fails, they are dropped unsent, and the user hears why instead.
import type { Activity, TurnContext } from 'botbuilder';

export class HeldReplies {
  private held: Partial<Activity>[] = [];
  private holding = true;

  constructor(private readonly context: TurnContext) {
    // Typing indicators go straight to the adapter (ShowTypingMiddleware), so they still show while a turn runs.
    context.onSendActivities(async (_context, activities, next) => {
      if (!this.holding) return next();
      this.held.push(...activities);
      return activities.map(() => ({ id: '' }));
    });
  }

  /** Sends `first`, then everything held, in order; later replies of the turn go out at once. */
  async release(first: Partial<Activity>[] = []): Promise<void> {
    this.holding = false;
    const replies = [...first, ...this.held];
    this.held = [];
    if (replies.length > 0) await this.context.sendActivities(replies);
  }

  /** Forgets what was held (nothing of it was sent); later replies (the turn's apology) go out at once. */
  discard(): void {
    this.holding = false;
    this.held = [];
  }
}

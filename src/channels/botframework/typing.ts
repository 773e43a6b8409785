// The typing indicator while a slow turn runs. botbuilder's ShowTypingMiddleware hands a failed indicator to
// onTurnError through the turn's context, and an indicator still on its way when the turn ends (a slow channel)
// then fails on the revoked context, outside any turn: an unhandled rejection. This one only logs a failed
// indicator, and never touches the context once the turn is over.
import { ActivityTypes, TurnContext, type Middleware } from 'botbuilder';
import type { Logger } from '../../log';

export class TypingIndicator implements Middleware {
  constructor(
    /** Typing shows only for turns slower than this, so quick answers do not flash an indicator. */
    private readonly delayMs: number,
    /** How often the indicator is renewed while a turn runs (channels hide it again after a few seconds). */
    private readonly periodMs: number,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return next();
    const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing }, TurnContext.getConversationReference(context.activity));
    const { adapter } = context;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const schedule = (delay: number) => {
      timer = setTimeout(() => {
        if (finished) return;
        // Straight to the adapter, as botbuilder does: an indicator is no reply (it does not set `responded`).
        adapter.sendActivities(context, [typing]).catch((error: unknown) => this.logger.debug('typing.failed', { error }));
        schedule(this.periodMs);
      }, delay);
    };
    schedule(this.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }
}

// The CloudAdapter every Bot Framework turn runs through: authentication, the typing indicator, and the last
// resort for a turn that throws.
import {
  CloudAdapter,
  ShowTypingMiddleware,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { handleTurnError } from '../../bot';
import type { BotCredentials } from '../../config';
import type { Logger } from '../../log';
import { createAuthentication } from './auth';

/** Typing shows only for turns slower than this, so quick answers do not flash an indicator. */
const TYPING_DELAY_MS = 500;
/** How often the indicator is renewed while a turn runs (channels hide it again after a few seconds). */
const TYPING_PERIOD_MS = 2000;

/**
 * CloudAdapter with its turn entry point public: the route checks the body itself (400 naming the field, where
 * `process` would throw), maps authentication failures to 401 and logs in the project's structured format.
 */
export class ChannelAdapter extends CloudAdapter {
  runActivity(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

export function createAdapter(credentials: BotCredentials, logger: Logger): ChannelAdapter {
  const adapter = new ChannelAdapter(createAuthentication(credentials));
  adapter.use(new ShowTypingMiddleware(TYPING_DELAY_MS, TYPING_PERIOD_MS));
  adapter.onTurnError = async (context, error) => {
    try {
      await handleTurnError(context, error, logger);
    } catch (failure) {
      // The apology itself could not be sent (the channel is unreachable): log it and let the request finish.
      logger.error('turn.error.unreported', { error: failure, activityType: context.activity.type });
    }
  };
  return adapter;
}

// The CloudAdapter every Bot Framework turn runs through: authentication, the typing indicator, replies through
// the bounded outbound client, and the last resort for a turn that throws.
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { handleTurnError } from '../../bot';
import type { BotCredentials } from '../../config';
import type { Logger } from '../../log';
import { createAuthentication } from './auth';
import { OutboundHttpClient, ReplyFailedError } from './outbound';
import { TypingIndicator } from './typing';

/** Typing shows only for turns slower than this, so quick answers do not flash an indicator. */
const TYPING_DELAY_MS = 500;
/** How often the indicator is renewed while a turn runs (channels hide it again after a few seconds). */
const TYPING_PERIOD_MS = 2000;

/** The caller could not be authenticated, whatever botbuilder threw for it (a forged token is never a 500). */
export class AuthenticationFailedError extends Error {
  override readonly name = 'AuthenticationFailedError';
  constructor(override readonly cause: unknown) {
    super(`Authentication failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }

  /** botbuilder could not fetch the token service's signing keys: not the caller's fault, and worth a retry. */
  get keysUnavailable(): boolean {
    const status = (this.cause as { statusCode?: unknown } | undefined)?.statusCode;
    return typeof status === 'number' && status >= 500;
  }
}

/**
 * CloudAdapter with its turn entry point public: the route checks the body itself (400 naming the field, where
 * `process` would throw), authentication failures are told apart from turn failures, and it logs in the project's
 * structured format.
 */
export class ChannelAdapter extends CloudAdapter {
  async runActivity(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authorization).catch((error: unknown) => {
      throw new AuthenticationFailedError(error);
    });
    return this.processActivity(authenticated, activity, logic);
  }
}

export function createAdapter(credentials: BotCredentials, outbound: OutboundHttpClient, logger: Logger): ChannelAdapter {
  const adapter = new ChannelAdapter(createAuthentication(credentials, { httpClient: outbound }));
  adapter.use(new TypingIndicator(TYPING_DELAY_MS, TYPING_PERIOD_MS, logger));
  adapter.onTurnError = async (context, error) => {
    if (error instanceof ReplyFailedError) {
      // The channel itself is unreachable or too slow: an apology would go the same way.
      logger.warn('reply.failed', { problem: error.message, activityType: context.activity.type });
      return;
    }
    try {
      await handleTurnError(context, error, logger);
    } catch (failure) {
      // The apology itself could not be sent (the channel is unreachable): log it and let the request finish.
      logger.error('turn.error.unreported', { error: failure, activityType: context.activity.type });
    }
  };
  return adapter;
}

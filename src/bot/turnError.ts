// What the adapter does when a turn throws: log it, apologize in the user's language, and never throw again
// (the process keeps serving everyone else).
import type { TurnContext } from 'botbuilder';
import { chooseLocale, textLocale } from '../../dialogs';
import { t } from '../i18n';
import type { Logger } from '../log';
import { ETagConflictError, StorageUnavailableError } from '../state';

export async function handleTurnError(context: TurnContext, error: unknown, logger: Logger): Promise<void> {
  const activity = context.activity;
  logger.error('turn.error', {
    error: error instanceof Error ? error : { message: String(error) },
    channelId: activity?.channelId,
    activityType: activity?.type,
  });
  try {
    const locale = chooseLocale({ text: textLocale(activity?.text), activityLocale: activity?.locale });
    // A storage outage or a lost race with another instance is not the user's doing: say so, so they simply resend.
    const message =
      error instanceof StorageUnavailableError
        ? 'dialog.storageUnavailable'
        : error instanceof ETagConflictError
          ? 'dialog.concurrentTurn'
          : 'dialog.turnError';
    await context.sendActivity(t(locale, message));
  } catch (replyError) {
    logger.error('turn.error.reply_failed', { error: replyError instanceof Error ? replyError : { message: String(replyError) } });
  }
}

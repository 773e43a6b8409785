// What the adapter does when a turn throws: log it, tell the user in their language why nothing was taken in, and
// never throw again (the process keeps serving everyone else).
import type { TurnContext } from 'botbuilder';
import { messageLocale } from '../../dialogs';
import { t } from '../i18n';
import type { Logger } from '../log';
import { ConversationBusyError, ETagConflictError, StorageFullError, StorageUnavailableError } from '../state';

/**
 * Failures that are not the user's doing, each with what to tell them: the store away or full, a lost race with
 * another instance, a turn before theirs that took too long. They simply send the message again.
 */
const EXPLAINED: [new (...args: never[]) => Error, string][] = [
  [StorageUnavailableError, 'dialog.storageUnavailable'],
  [StorageFullError, 'turn.storageFull'],
  [ETagConflictError, 'dialog.concurrentTurn'],
  [ConversationBusyError, 'turn.conversationBusy'],
];

export async function handleTurnError(context: TurnContext, error: unknown, logger: Logger): Promise<void> {
  const activity = context.activity;
  const explained = EXPLAINED.find(([kind]) => error instanceof kind);
  (explained ? logger.warn : logger.error)('turn.error', {
    error: error instanceof Error ? error : { message: String(error) },
    channelId: activity?.channelId,
    activityType: activity?.type,
  });
  try {
    const locale = messageLocale(activity);
    await context.sendActivity(t(locale, explained?.[1] ?? 'dialog.turnError'));
  } catch (replyError) {
    logger.error('turn.error.reply_failed', { error: replyError instanceof Error ? replyError : { message: String(replyError) } });
  }
}

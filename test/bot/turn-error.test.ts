import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { handleTurnError } from '../../src/bot';
import { t } from '../../src/i18n';
import { createLogger } from '../../src/log';
import { ConversationBusyError, ETagConflictError, StorageFullError, StorageUnavailableError } from '../../src/state';

/** Runs one turn that fails with `error` and returns what the user was told. */
async function apologyFor(error: unknown, activity: Partial<Activity>): Promise<string> {
  const logger = createLogger('error', () => undefined);
  const adapter = new TestAdapter(async () => undefined);
  const said: string[] = [];
  await adapter.processActivity({ type: 'message', ...activity }, async (context: TurnContext) => {
    context.onSendActivities(async (_ctx, activities, next) => {
      said.push(...activities.map((a) => a.text ?? ''));
      return next();
    });
    await handleTurnError(context, error, logger);
  });
  return said.join('\n');
}

describe('the turn error handler', () => {
  it.each([
    [new StorageUnavailableError('Redis down'), 'dialog.storageUnavailable'],
    [new ETagConflictError('msteams/conversations/c1'), 'dialog.concurrentTurn'],
    [new StorageFullError('Redis out of memory'), 'turn.storageFull'],
    [new ConversationBusyError('waited 20 s'), 'turn.conversationBusy'],
    [new Error('anything else'), 'dialog.turnError'],
  ])('tells the user what to do after %s, in their language', async (error, key) => {
    expect(await apologyFor(error, { text: 'hybrid conference', locale: 'en-US' })).toBe(t('en', key));
    expect(await apologyFor(error, { text: '混合式部署的會議', locale: 'zh-TW' })).toBe(t('zh-TW', key));
  });
});

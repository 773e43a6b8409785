// POST /api/messages: a checked activity goes through the adapter to the bot; the reply is the turn's HTTP status.
import type { ActivityHandler } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../../log';
import { checkActivity } from './activity';
import type { ChannelAdapter } from './adapter';

/** botbuilder's authentication errors carry the status to answer with (401 or 403). */
function authStatus(error: unknown): number | undefined {
  if (!(error instanceof Error) || !('statusCode' in error)) return undefined;
  const { statusCode } = error;
  return statusCode === 401 || statusCode === 403 ? statusCode : undefined;
}

export function messagesHandler(adapter: ChannelAdapter, bot: ActivityHandler, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const checked = checkActivity(req.body);
    if (!checked.ok) {
      logger.warn('activity.rejected', { problem: checked.problem });
      res.send(400, { code: 'BadRequest', message: checked.problem });
      return;
    }
    const { activity } = checked;
    const summary = { activityType: activity.type, channelId: activity.channelId };
    logger.debug('activity.received', { ...summary, text: activity.text });
    try {
      const authorization = req.header('authorization', '');
      const invokeResponse = await adapter.runActivity(authorization, activity, (context) => bot.run(context));
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      const status = authStatus(error);
      if (status !== undefined) {
        logger.warn('activity.unauthorized', { ...summary, status });
        res.send(status, { code: status === 401 ? 'Unauthorized' : 'Forbidden', message: 'The request is not authorized.' });
        return;
      }
      logger.error('activity.failed', { ...summary, error });
      res.send(500, { code: 'InternalError', message: 'The activity could not be processed.' });
    }
  };
}

// POST /api/messages: a checked activity goes through the adapter to the bot; the reply is the turn's HTTP status.
// A caller that cannot be authenticated gets 401 with a JSON body, whatever was wrong with its token (503 when
// the token service's keys could not be fetched, which is no fault of the caller's); without an
// app id, an activity whose serviceUrl is not allowed gets 403 and no turn (so no reply goes there).
import type { ActivityHandler } from 'botbuilder';
import type { Request, Response } from 'restify';
import { t } from '../../i18n';
import type { Logger } from '../../log';
import { checkActivity } from './activity';
import { AuthenticationFailedError, type ChannelAdapter } from './adapter';
import { headerLocale } from './body';
import type { HostAllowList } from '../../hosts';

export function messagesHandler(adapter: ChannelAdapter, bot: ActivityHandler, allowedServiceUrls: HostAllowList | undefined, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const checked = checkActivity(req.body);
    if (!checked.ok) {
      logger.warn('activity.rejected', { problem: checked.problem });
      res.send(400, { code: 'BadRequest', message: checked.problem });
      return;
    }
    const { activity } = checked;
    const summary = { activityType: activity.type, channelId: activity.channelId };
    const serviceUrl = new URL(activity.serviceUrl);
    if (allowedServiceUrls && !allowedServiceUrls.allows(serviceUrl)) {
      logger.warn('activity.serviceUrlRefused', { ...summary, serviceHost: serviceUrl.host });
      res.send(403, { code: 'Forbidden', message: t(headerLocale(req), 'access.serviceUrlNotAllowed') });
      return;
    }
    logger.debug('activity.received', { ...summary, text: activity.text });
    try {
      const authorization = req.header('authorization', '');
      const invokeResponse = await adapter.runActivity(authorization, activity, (context) => bot.run(context));
      res.send(invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      if (error instanceof AuthenticationFailedError && error.keysUnavailable) {
        logger.error('activity.authenticationUnavailable', { ...summary, reason: error.message });
        res.send(503, { code: 'ServiceUnavailable', message: t(headerLocale(req), 'access.authenticationUnavailable') });
        return;
      }
      if (error instanceof AuthenticationFailedError) {
        logger.warn('activity.unauthorized', { ...summary, reason: error.message });
        res.send(401, { code: 'Unauthorized', message: t(headerLocale(req), 'access.unauthorized') });
        return;
      }
      logger.error('activity.failed', { ...summary, error });
      res.send(500, { code: 'InternalError', message: 'The activity could not be processed.' });
    }
  };
}

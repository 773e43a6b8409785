// The App Home tab: published each time the user opens it, in their language.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { firstDelivery } from '../dedupe';
import type { ListenerDeps } from '../deps';

export function homeOpenedListener(deps: ListenerDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home' || !firstDelivery(deps.dedupe, deps.logger, `event:${body.event_id}`, { eventId: body.event_id })) return;
    await deps.publishHome(client, event.user);
  };
}

// Events API listeners: mentions, direct messages, the App Home tab.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { homeOpenedListener } from './homeOpened';
import { directMessageListener, mentionListener } from './userMessage';

export { homeOpenedListener } from './homeOpened';
export { directMessageListener, mentionListener, userMessageTurn } from './userMessage';

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_mention', mentionListener(deps));
  app.event('message', directMessageListener(deps));
  app.event('app_home_opened', homeOpenedListener(deps));
}

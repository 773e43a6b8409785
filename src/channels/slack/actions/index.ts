// Interactivity: card buttons and selects. Every action is acknowledged; only Submit buttons start a turn (a link
// button opens its URL in the user's browser, a select only records its choice until the card is submitted).
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { ACTION_ID } from '../blockkit';
import type { ListenerDeps } from '../deps';
import { submitListener } from './submit';

export { inputValues, submission } from './submission';
export { submitListener } from './submit';

const escape = (prefix: string) => prefix.replace(/\./g, '\\.');

export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${escape(ACTION_ID.submit)}`), submitListener(deps));
  app.action(new RegExp(`^(${escape(ACTION_ID.link)}|${escape(ACTION_ID.input)})`), async ({ ack }) => {
    await ack();
  });
}

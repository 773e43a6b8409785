// Slash commands.
import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps';
import { CALLFLOW_COMMAND, callflowCommand } from './callflow';

export { CALLFLOW_COMMAND, callflowCommand } from './callflow';

export function register(app: App, deps: ListenerDeps): void {
  app.command(CALLFLOW_COMMAND, callflowCommand(deps));
}

// What every listener needs, passed to each folder's register(app, deps) so handlers can be tested without a server.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log';
import type { EventDeduper } from './dedupe';
import type { RunTurn } from './turn';

export interface ListenerDeps {
  runTurn: RunTurn;
  /** Drops Slack's retries of an event already handled. */
  dedupe: EventDeduper;
  /** Publishes the App Home tab for a user. */
  publishHome(client: webApi.WebClient, userId: string): Promise<void>;
  logger: Logger;
}

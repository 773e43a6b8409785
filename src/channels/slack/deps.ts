// What every listener needs, passed to each folder's register(app, deps) so handlers can be tested without a server.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log';
import type { Deduper } from './dedupe';
import type { RunTurn } from './turn';

export interface ListenerDeps {
  runTurn: RunTurn;
  /** Drops Slack's repeated deliveries of an event, a command or a click already handled. */
  dedupe: Deduper;
  /** Publishes the App Home tab for a user. */
  publishHome(client: webApi.WebClient, userId: string): Promise<void>;
  logger: Logger;
}

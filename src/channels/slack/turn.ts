// One Slack interaction as a Bot Framework activity, run through the advisor bot on the Slack adapter. Every
// entry point (slash command, mention, DM, button, App Home) ends here, so there is a single dialog brain.
import type { Activity, ActivityHandler } from 'botbuilder';
import type { Locale } from '../../i18n';
import type { Logger } from '../../log';
import type { Responder, SlackAdapter } from './adapter';
import { conversationId, placeOf, type SlackPlace } from './conversation';
import type { UserLocales } from './userLocales';

/** botbuilder's channel id for Slack: state keys become `slack/conversations/<id>` and `slack/users/<id>`. */
export const SLACK_CHANNEL_ID = 'slack';

export interface SlackTurn {
  place: SlackPlace;
  /** A direct message with the app (conversation type `personal`), or a channel. */
  direct: boolean;
  /** Slack's id for what started the turn: a message ts, an action ts or a trigger id. */
  id: string;
  /** `start`: the user opened the conversation without a question (an empty /callflow). */
  kind: 'message' | 'start';
  text?: string;
  /** What a button submitted. */
  value?: unknown;
  botUserId?: string;
  respond?: Responder;
}

export type RunTurn = (turn: SlackTurn) => Promise<void>;
export type SlackBot = Pick<ActivityHandler, 'run'>;

export function activityFor(turn: SlackTurn, locale: Locale | undefined): Partial<Activity> {
  const user = { id: turn.place.userId, name: turn.place.userId, role: 'user' };
  const common: Partial<Activity> = {
    id: turn.id,
    timestamp: new Date(),
    channelId: SLACK_CHANNEL_ID,
    serviceUrl: 'slack',
    from: user,
    recipient: { id: turn.botUserId ?? 'slack-app', role: 'bot', name: 'callflow' },
    conversation: {
      id: conversationId(turn.place),
      isGroup: !turn.direct,
      conversationType: turn.direct ? 'personal' : 'channel',
      name: turn.place.channel,
    },
    channelData: { slack: turn.place },
    ...(locale ? { locale } : {}),
  };
  if (turn.kind === 'start') return { ...common, type: 'conversationUpdate', membersAdded: [user] };
  return {
    ...common,
    type: 'message',
    ...(turn.text !== undefined ? { text: turn.text } : {}),
    ...(turn.value !== undefined ? { value: turn.value } : {}),
  };
}

export interface TurnRunnerDeps {
  adapter: SlackAdapter;
  bot: SlackBot;
  locales: UserLocales;
  logger: Logger;
}

export function createTurnRunner({ adapter, bot, locales, logger }: TurnRunnerDeps): RunTurn {
  return async (turn) => {
    // A signed body without the channel or the user (Slack always sends both) names no conversation to answer in.
    if (!placeOf(conversationId(turn.place))) {
      logger.warn('slack.turn.noConversation', { kind: turn.kind });
      return;
    }
    const activity = activityFor(turn, await locales.localeOf(turn.place.userId));
    logger.debug('slack.turn', { kind: turn.kind, direct: turn.direct, text: turn.text });
    // The bot runs one conversation's turns one at a time, in the order they reach it.
    await adapter.processActivity(activity, (context) => bot.run(context), turn.respond);
  };
}

// Where a Slack turn happens, and the conversation id botbuilder keys state by: one conversation per Slack
// channel (or thread) and user, so two people asking in the same thread each keep their own questions.

export interface SlackPlace {
  teamId: string;
  /** The channel, group or DM (D…) id. */
  channel: string;
  /** The thread the conversation lives in; absent for a channel's top level and plain DMs. */
  threadTs?: string;
  userId: string;
}

/** Slack ids and timestamps never contain ':', so the id splits back into its parts. */
const SEPARATOR = ':';

export function conversationId(place: SlackPlace): string {
  return [place.teamId, place.channel, place.threadTs ?? '', place.userId].join(SEPARATOR);
}

/** The place a conversation id stands for; undefined for an id this channel did not make. */
export function placeOf(id: string): SlackPlace | undefined {
  const parts = id.split(SEPARATOR);
  if (parts.length !== 4) return undefined;
  const [teamId, channel, threadTs, userId] = parts;
  if (!channel || !userId) return undefined;
  return { teamId, channel, userId, ...(threadTs ? { threadTs } : {}) };
}

/** DM channel ids start with D. */
export function isDirectMessage(channel: string): boolean {
  return channel.startsWith('D');
}

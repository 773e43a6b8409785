// A Teams user as the tests play one: posts an activity to a bot's /api/messages (as the Bot Framework Service
// would, replies addressed to a loopback capture server) and reads what the bot replied to that very activity.
import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../src/cards';
import type { CaptureServer } from '../../scripts/support/connector-capture';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** What a message got back: the cards and the texts of its replies. */
export interface Seen {
  cards: AdaptiveCard[];
  texts: string[];
}

export function seenIn(activities: Partial<Activity>[]): Seen {
  const messages = activities.filter((a) => a.type === 'message');
  return {
    cards: messages.flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === ADAPTIVE_CARD).map((x) => x.content as AdaptiveCard)),
    texts: messages.map((a) => a.text ?? '').filter((text) => text !== ''),
  };
}

let sequence = 0;

export interface Posted extends Seen {
  status: number;
}

/** Posts one activity in `conversation` (from its own user unless `fields.from` says otherwise). */
export async function postActivity(
  baseUrl: string,
  capture: CaptureServer,
  conversation: string,
  fields: Partial<Activity>,
  headers: Record<string, string> = {},
): Promise<Posted> {
  const id = `incoming-${process.pid}-${++sequence}`;
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({
      type: 'message',
      id,
      channelId: 'msteams',
      serviceUrl: capture.url,
      locale: 'en-US',
      timestamp: new Date().toISOString(),
      conversation: { id: conversation },
      from: { id: `user-${conversation}`, name: 'Admin' },
      recipient: { id: 'advisor', name: 'Advisor' },
      ...fields,
    }),
  });
  await response.arrayBuffer();
  return { status: response.status, ...seenIn(capture.replies.filter((r) => r.replyToId === id).map((r) => r.activity)) };
}

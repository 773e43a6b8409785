// How a test talks to the real server as a channel's user does: a Teams client clicking a card's button (the
// Bot Framework endpoint, replies as the capture server received them), or the local page posting a button's data
// to its API. Both return the reply's Adaptive Cards.
import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../src/cards';
import type { Locale } from '../../src/i18n';
import { activity } from '../http/harness';
import type { Send } from './answerVariants';
import type { DiagramServer } from './diagramServer';

export type { Send };

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const BOT = { id: 'callflow-advisor', name: 'Call Flow Advisor' };

export function teamsClient(server: DiagramServer, clientLocale: string): Send {
  return async (conversationId, value) => {
    const posted = activity(server.capture, conversationId, { type: 'message', value, locale: clientLocale, recipient: BOT });
    const response = await fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(posted),
    });
    if (response.status !== 200) throw new Error(`${conversationId}: ${response.status}`);
    return server.capture.replies
      .filter((r) => r.replyToId === posted.id)
      .flatMap((r) => (r.activity as Activity).attachments ?? [])
      .filter((a) => a.contentType === ADAPTIVE_CARD)
      .map((a) => a.content as AdaptiveCard);
  };
}

/** The page: one conversation per id (started on first use), button data sent as the page sends it. */
export function pageClient(server: DiagramServer, locale: Locale): Send {
  const conversations = new Map<string, string>();
  const post = (path: string, body: unknown) =>
    fetch(`${server.baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return async (id, value) => {
    if (!conversations.has(id)) {
      const started = (await (await post('/web/api/conversations', { locale })).json()) as { conversationId: string };
      conversations.set(id, started.conversationId);
    }
    const response = await post('/web/api/messages', { conversationId: conversations.get(id), locale, value });
    if (response.status !== 200) throw new Error(`${id}: ${response.status}`);
    const { activities } = (await response.json()) as { activities: { attachments?: { content: AdaptiveCard }[] }[] };
    return activities.flatMap((a) => (a.attachments ?? []).map((x) => x.content));
  };
}

// The channels as ChannelUnderTest: the Bot Framework endpoint (one server or several instances, replies captured
// on loopback) and the local page's API, over real HTTP.
import { randomUUID } from 'crypto';
import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../src/cards';
import type { CaptureServer } from '../../scripts/support/connector-capture';
import { answerData, type ChannelUnderTest, type Click, type Seen } from './pairs';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export type StoredScenario = (storageKey: string) => Promise<Record<string, string> | undefined>;

/** The scenario in a stored conversation state, as the advisor keeps it. */
export function scenarioOf(state: unknown): Record<string, string> | undefined {
  const session = (state as { advisorSession?: { scenario?: Record<string, string> } } | undefined)?.advisorSession;
  return session?.scenario;
}

export function seenIn(activities: Partial<Activity>[]): Seen {
  const messages = activities.filter((a) => a.type === 'message');
  return {
    cards: messages.flatMap((a) => (a.attachments ?? []).filter((x) => x.contentType === ADAPTIVE_CARD).map((x) => x.content as AdaptiveCard)),
    texts: messages.map((a) => a.text ?? '').filter((text) => text !== ''),
  };
}

let sequence = 0;

export function botFrameworkChannel(baseUrls: string[], capture: CaptureServer, stored: StoredScenario): ChannelUnderTest {
  return {
    newConversation: () => `pair-${randomUUID()}`,
    async click(conversation: string, click: Click, instance: number): Promise<Seen> {
      const id = `incoming-${++sequence}`;
      const response = await fetch(`${baseUrls[instance]}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
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
          value: answerData(click),
        }),
      });
      if (response.status !== 200) throw new Error(`POST /api/messages answered ${response.status}: ${await response.text()}`);
      return seenIn(capture.replies.filter((r) => r.replyToId === id).map((r) => r.activity));
    },
    storedScenario: (conversation) => stored(`msteams/conversations/${conversation}/`),
  };
}

export function webChannel(baseUrls: string[], stored: StoredScenario): ChannelUnderTest {
  return {
    newConversation: () => randomUUID(),
    async click(conversation: string, click: Click, instance: number): Promise<Seen> {
      const response = await fetch(`${baseUrls[instance]}/web/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ conversationId: conversation, locale: 'en', value: answerData(click) }),
      });
      if (response.status !== 200) throw new Error(`POST /web/api/messages answered ${response.status}: ${await response.text()}`);
      return seenIn(((await response.json()) as { activities: Partial<Activity>[] }).activities);
    },
    storedScenario: (conversation) => stored(`web/conversations/${conversation}/`),
  };
}

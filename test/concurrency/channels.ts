// The channels as ChannelUnderTest: the Bot Framework endpoint (one server or several instances, replies captured
// on loopback) and the local page's API, over real HTTP.
import { randomUUID } from 'crypto';
import type { Activity } from 'botbuilder';
import type { CaptureServer } from '../../scripts/support/connector-capture';
import { postActivity, seenIn, type Seen } from '../support/botframework-client';
import { answerData, type ChannelUnderTest, type Click } from './pairs';

export type StoredScenario = (storageKey: string) => Promise<Record<string, string> | undefined>;

/** The scenario in a stored conversation state, as the advisor keeps it. */
export function scenarioOf(state: unknown): Record<string, string> | undefined {
  const session = (state as { advisorSession?: { scenario?: Record<string, string> } } | undefined)?.advisorSession;
  return session?.scenario;
}

export function botFrameworkChannel(baseUrls: string[], capture: CaptureServer, stored: StoredScenario): ChannelUnderTest {
  return {
    newConversation: () => `pair-${randomUUID()}`,
    async click(conversation: string, click: Click, instance: number): Promise<Seen> {
      const posted = await postActivity(baseUrls[instance], capture, conversation, { value: answerData(click) });
      if (posted.status !== 200) throw new Error(`POST /api/messages answered ${posted.status}`);
      return posted;
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

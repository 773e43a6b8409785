// Talks to the advisor dialog through botbuilder-testing's DialogTestClient, as a user would: typed text or a
// card's submitted data in, every reply of the turn out. Every card that comes back is checked with the official
// adaptivecards library on the way.
import { AutoSaveStateMiddleware, ConversationState, MemoryStorage, UserState, type Activity, type TurnContext } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { AdvisorDialog, PREFERENCES_PROPERTY, SESSION_PROPERTY, type Preferences, type Session } from '../../dialogs';
import type { CardAction, AdaptiveCard } from '../../src/cards';
import type { Recognizer } from '../../src/nlu/types';
import { createLogger } from '../../src/log';
import { expectValidCard } from '../cards/validateCard';
import { t, type Locale } from '../../src/i18n';
import { allText, kindOf, questionOf, saidIn } from './cardReading';

/** What the user does: types text, or clicks a button that submits data (possibly forged). */
export type Says = string | { submit: CardAction | Record<string, unknown> };

export interface Conversation {
  say(says: Says): Promise<AdaptiveCard[]>;
  client: DialogTestClient;
  userState: UserState;
  /** The session as the last turn left it. */
  session(): Promise<Session>;
}

export interface ConversationOptions {
  recognizer: Recognizer;
  /** The channel's locale on every activity (Teams sends the client's UI language). */
  locale?: string;
  publicBaseUrl?: string;
  /** Shared storage and another conversation id: to test what is remembered across conversations. */
  storage?: MemoryStorage;
  conversationId?: string;
}

export function cardsOf(replies: Partial<Activity>[]): AdaptiveCard[] {
  return replies.flatMap((reply) => (reply.attachments ?? []).map((a) => a.content as AdaptiveCard));
}

export function startConversation(options: ConversationOptions): Conversation {
  const storage = options.storage ?? new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const session = conversationState.createProperty<Session>(SESSION_PROPERTY);
  const dialog = new AdvisorDialog({
    recognizer: options.recognizer,
    session,
    preferences: userState.createProperty<Preferences>(PREFERENCES_PROPERTY),
    publicBaseUrl: options.publicBaseUrl,
    logger: createLogger('error', () => undefined),
  });
  // The turn's context is revoked once the turn ends: keep a copy of the session as each turn leaves it.
  let lastSession: Session | undefined;
  const probe = {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      await next();
      lastSession = JSON.parse(JSON.stringify((await session.get(context)) ?? null)) as Session;
    },
  };
  const client = new DialogTestClient('msteams', dialog, undefined, [new AutoSaveStateMiddleware(userState), probe], conversationState);
  return {
    client,
    userState,
    async say(says) {
      const activity: Partial<Activity> =
        typeof says === 'string' ? { type: 'message', text: says } : { type: 'message', value: says.submit };
      if (options.locale) activity.locale = options.locale;
      if (options.conversationId) activity.conversation = { id: options.conversationId, isGroup: false, conversationType: 'personal', name: '' };
      const replies: Partial<Activity>[] = [];
      for (let reply = await client.sendActivity(activity); reply; reply = client.getNextReply()) replies.push(reply);
      const cards = cardsOf(replies);
      expect(cards.length).toBe(replies.length);
      cards.forEach(expectValidCard);
      return cards;
    },
    async session() {
      if (!lastSession) throw new Error('No turn yet');
      return lastSession;
    },
  };
}

/** An opening question the advisor meets with a question of its own (who organized the conference). */
export const QUESTION: Record<Locale, string> = { en: 'hybrid conference, which paths?', 'zh-TW': '混合式部署的會議，路徑怎麼走？' };

/** An opening question the advisor answers at once (an Online user's PSTN call from the office). */
export const ANSWERED: Record<Locale, string> = {
  en: 'Online deployment, PSTN call from the office: which paths?',
  'zh-TW': '全部都是 Online，在辦公室打 PSTN 電話，路徑怎麼走？',
};

/** An opening the advisor answers at once with a meeting (an Online user in the office, an Online organizer). */
export const MEETING_ANSWERED: Record<Locale, string> = {
  en: "We're all on Skype Online. I join meetings organized by Online users from the office: which paths?",
  'zh-TW': '我們全部是 Skype Online，我在公司參加線上使用者召集的會議，路徑怎麼走？',
};

/** An opening that starts a triage: a path seen (the ISP, not ER) that is not the documented one. */
export const TRIAGED: Record<Locale, string> = {
  en: 'user in the office joins an Online meeting, we are all SfB Online, but tracert shows it going out the ISP, not ER. normal?',
  'zh-TW': '使用者在台北辦公室加入線上會議（召集人也是線上的，我們全部 Skype Online），可是 tracert 到 Office 365 看到是走 ISP 出去，不是 ER。正常嗎',
};

/** A conversation with MEETING_ANSWERED's answer on screen, and the scenario it left. */
export async function meetingAnswered(recognizer: Recognizer, locale: Locale): Promise<{ conversation: Conversation; before: Session['scenario'] }> {
  const conversation = startConversation({ recognizer, locale });
  const [answer] = await conversation.say(MEETING_ANSWERED[locale]);
  expect(kindOf(answer, locale)).toBe('answer');
  return { conversation, before: (await conversation.session()).scenario };
}

/** With ANSWERED's answer on screen, `text` gets the reply `key` and the session stays as it was. */
export async function expectAcknowledgedAfterAnswer(recognizer: Recognizer, locale: Locale, text: string, key: string): Promise<void> {
  const conversation = startConversation({ recognizer, locale });
  const [card] = await conversation.say(ANSWERED[locale]);
  expect(kindOf(card, locale)).toBe('answer');
  const before = await conversation.session();
  const replies = await conversation.say(text);
  expect(replies.map(allText).join(' ')).toContain(t(locale, key));
  expect(await conversation.session()).toEqual(before);
}

/** With QUESTION on screen, `text` gets the reply `key` and then the same question again. */
export async function expectQuestionAgain(recognizer: Recognizer, locale: Locale, text: string, key: string): Promise<void> {
  const conversation = startConversation({ recognizer, locale });
  const [question] = await conversation.say(QUESTION[locale]);
  const replies = await conversation.say(text);
  expect(replies.map(allText).join(' ')).toContain(t(locale, key));
  expect(questionOf(replies.at(-1)!).slot).toBe(questionOf(question).slot);
}

/** `turns` said one by one in a new conversation: the last turn's cards and the session it left. */
export async function afterTurns(recognizer: Recognizer, locale: Locale, turns: readonly string[]): Promise<{ cards: AdaptiveCard[]; session: Session }> {
  const conversation = startConversation({ recognizer, locale });
  let cards: AdaptiveCard[] = [];
  for (const text of turns) cards = await conversation.say(text);
  return { cards, session: await conversation.session() };
}

/** `turns` said one by one in a new conversation: the last reply answers, asking no "whom do you mean"; for whom it answered. */
export async function answeredFor(recognizer: Recognizer, locale: Locale, turns: readonly string[]): Promise<Session['perspective']> {
  const { cards, session } = await afterTurns(recognizer, locale, turns);
  expect(saidIn(cards)).not.toContain(t(locale, 'dialog.whichParty'));
  expect(kindOf(cards.at(-1)!, locale)).toBe('answer');
  return session.perspective;
}

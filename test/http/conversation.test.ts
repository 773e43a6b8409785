// A conversation over HTTP, as Teams has it: activities POSTed to the real server, replies sent by botbuilder's
// real ConnectorClient to the activities' serviceUrl (a capture server on loopback). In both languages: the
// welcome card when the bot is added, then a vague question answered once by a button and once by typing, until
// the answer card, whose paths, source and example link are the article's.
import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../src/cards';
import type { AskableSlot, ExampleId, PathKind, TableId } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { exampleLink, sourceText } from '../../src/present';
import { expectValidCard } from '../cards/validateCard';
import { kindOf, linksOf, pathsOf, questionOf, sourceOf } from '../dialogs/cardReading';
import { activity, startHarness, type Harness } from './harness';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** What the user does in one turn: type, or click a question card's button (its data arrives as `value`). */
type Turn = { type: string } | { click: { slot: AskableSlot; value: string } };

interface Dialogue {
  /** The Teams client's language (activity.locale). */
  clientLocale: string;
  locale: Locale;
  question: string;
  /** The user's turns after the question, and the question card each of them answers. */
  turns: { asked: AskableSlot; turn: Turn }[];
  /** The article's answer (KNOWLEDGE.md, Online summary table). */
  answer: { user: Record<'signaling' | 'media', PathKind>; table: TableId; row: number; example: ExampleId };
}

const dialogues: Record<string, Dialogue> = {
  en: {
    clientLocale: 'en-US',
    locale: 'en',
    question: 'Where does the media go when I join a conference?',
    turns: [
      { asked: 'organizer', turn: { click: { slot: 'organizer', value: 'online' } } },
      { asked: 'location', turn: { type: 'on our network' } },
    ],
    // Online table row 4: joining an Online conference from your network.
    answer: {
      user: { signaling: 'expressRoute', media: 'expressRoute' },
      table: 'online',
      row: 4,
      example: 'onlineConference',
    },
  },
  'zh-TW': {
    clientLocale: 'zh-TW',
    locale: 'zh-TW',
    question: '加入會議時媒體走哪一條路徑？',
    turns: [
      { asked: 'organizer', turn: { type: '位於線上的使用者' } },
      { asked: 'location', turn: { click: { slot: 'location', value: 'internet' } } },
    ],
    // Online table row 5: joining an Online conference from the Internet.
    answer: {
      user: { signaling: 'internet', media: 'internet' },
      table: 'online',
      row: 5,
      example: 'onlineConference',
    },
  },
};

const BOT = { id: 'callflow-advisor', name: 'Call Flow Advisor' };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

/** Posts one activity and returns the cards the bot sent back for it, checking how the replies were addressed. */
async function exchange(conversationId: string, locale: string, fields: Partial<Activity>): Promise<AdaptiveCard[]> {
  const before = harness.capture.replies.length;
  const posted = activity(harness.capture, conversationId, { recipient: BOT, locale, ...fields });
  const response = await harness.post(posted);
  expect(response.status).toBe(200);
  // The POST returns when the turn has finished, so every reply of the turn has arrived.
  const replies = harness.capture.replies.slice(before).filter((r) => r.activity.type !== 'typing');
  expect(replies.length).toBeGreaterThan(0);
  for (const reply of replies) {
    expect(reply).toMatchObject({ conversationId, replyToId: posted.id });
    expect(reply.activity).toMatchObject({ from: { id: BOT.id }, recipient: { id: posted.from!.id } });
  }
  const cards = replies.flatMap((r) => (r.activity.attachments ?? []).filter((a) => a.contentType === ADAPTIVE_CARD));
  return cards.map((attachment) => {
    const card = attachment.content as AdaptiveCard;
    expectValidCard(card);
    return card;
  });
}

function lastQuestion(cards: AdaptiveCard[], locale: Locale): string {
  const questions = cards.filter((card) => kindOf(card, locale) === 'question');
  expect(questions.length).toBeGreaterThan(0);
  return questionOf(questions[questions.length - 1]).slot;
}

function userAction(turn: Turn): Partial<Activity> {
  if ('type' in turn) return { type: 'message', text: turn.type };
  // Teams posts an Action.Submit as a message with the button's data as `value` and no text.
  return { type: 'message', value: { action: 'answer', ...turn.click } };
}

describe.each(Object.entries(dialogues))('over HTTP in %s', (name, dialogue) => {
  const conversationId = `http-conversation-${name}`;
  const { locale } = dialogue;

  it('sends the welcome card when the bot is added', async () => {
    const cards = await exchange(conversationId, dialogue.clientLocale, {
      type: 'conversationUpdate',
      membersAdded: [BOT, { id: `user-of-${conversationId}`, name: 'Admin' }],
    });
    expect(cards.map((card) => kindOf(card, locale))).toContain('welcome');
  });

  it('asks what matters, takes a button and a typed answer, and answers with the article', async () => {
    // In a Teams channel the text starts with the bot's @mention, which the bot strips before reading.
    const mention = `<at>${BOT.name}</at>`;
    let cards = await exchange(conversationId, dialogue.clientLocale, {
      type: 'message',
      text: `${mention} ${dialogue.question}`,
      entities: [{ type: 'mention', mentioned: BOT, text: mention }],
    });
    for (const { asked, turn } of dialogue.turns) {
      expect(lastQuestion(cards, locale)).toBe(asked);
      cards = await exchange(conversationId, dialogue.clientLocale, userAction(turn));
    }

    const answer = cards.find((card) => kindOf(card, locale) === 'answer');
    expect(answer).toBeDefined();
    const { user, table, row, example } = dialogue.answer;
    for (const traffic of ['signaling', 'media'] as const) {
      const userPath = `${t(locale, 'parties.user')}: ${t(locale, `paths.${user[traffic]}`)}`;
      expect(pathsOf(answer!, traffic)).toContain(userPath);
    }
    expect(sourceOf(answer!)).toBe(sourceText({ source: { kind: 'table', table, row }, derived: false }, locale));
    const link = exampleLink(example, locale);
    expect(linksOf(answer!)).toContain(link.url);
    // The article in the reader's language, at the example's figure.
    expect(link.url).toContain(locale === 'zh-TW' ? '/zh-tw/' : '/en-us/');
    expect(link.url).toMatch(/#bk_Figure3$/);
  });
});

describe('what the server logged at info level', () => {
  it('has a line per request and nothing the users typed', () => {
    const requests = harness.logs.filter((line) => line.event === 'http.request');
    expect(requests.length).toBeGreaterThan(0);
    const logged = JSON.stringify(harness.logs);
    for (const dialogue of Object.values(dialogues)) {
      expect(logged).not.toContain(dialogue.question);
      for (const { turn } of dialogue.turns) if ('type' in turn) expect(logged).not.toContain(turn.type);
    }
  });
});

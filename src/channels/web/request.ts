// What the page may post, checked: a conversation id (a UUID the server handed out; any well-formed one is a
// conversation, as after a restart), either typed text or a card's submitted data, and optionally the message's own
// id (a UUID the page makes), so that the same message sent twice is answered once.
import { toLocale, type Locale } from '../../i18n';

/**
 * Keeps requests small, and long enough for a question with a long link pasted in: the dialog refuses longer readable
 * text itself (TEXT_LIMIT, links left out), in the conversation.
 */
export const MAX_TEXT_LENGTH = 8000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface MessageBase {
  conversationId: string;
  /** The page's id for this message: a message sent again with the same id gets the first one's replies. */
  messageId?: string;
  locale: Locale;
}

export type WebMessage = (MessageBase & { kind: 'text'; text: string }) | (MessageBase & { kind: 'submit'; value: Record<string, unknown> });

/** A problem with a request, as the key of its localized message under `web.errors`. */
export type RequestProblem = 'notJson' | 'badConversation' | 'badMessageId' | 'noContent' | 'tooLong';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: RequestProblem; locale: Locale; params?: Record<string, number> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The page's language: the one it says, else `fallback` (the request's Accept-Language, which the page sets too). */
export function requestLocale(body: unknown, fallback: Locale = 'en'): Locale {
  return isRecord(body) && typeof body.locale === 'string' ? toLocale(body.locale) : fallback;
}

export function isConversationId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function checkMessage(body: unknown, fallbackLocale: Locale = 'en'): Checked<WebMessage> {
  const locale = requestLocale(body, fallbackLocale);
  if (!isRecord(body)) return { ok: false, problem: 'notJson', locale };
  const { conversationId, messageId, text, value } = body;
  if (!isConversationId(conversationId)) return { ok: false, problem: 'badConversation', locale };
  if (messageId !== undefined && !(typeof messageId === 'string' && UUID.test(messageId))) return { ok: false, problem: 'badMessageId', locale };
  const base: MessageBase = messageId === undefined ? { conversationId, locale } : { conversationId, messageId, locale };
  if (isRecord(value)) return { ok: true, value: { ...base, kind: 'submit', value } };
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: 'noContent', locale };
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, problem: 'tooLong', locale, params: { limit: MAX_TEXT_LENGTH } };
  return { ok: true, value: { ...base, kind: 'text', text } };
}

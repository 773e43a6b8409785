// What the page may post, checked: a conversation id (a UUID the server handed out; any well-formed one is a
// conversation, as after a restart), and either typed text or a card's submitted data.
import { toLocale, type Locale } from '../../i18n';

/** Longer than any question; the rest of the system caps text too, this only keeps requests small. */
export const MAX_TEXT_LENGTH = 2000;
const CONVERSATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type WebMessage =
  | { kind: 'text'; conversationId: string; locale: Locale; text: string }
  | { kind: 'submit'; conversationId: string; locale: Locale; value: Record<string, unknown> };

/** A problem with a request, as the key of its localized message under `web.errors`. */
export type RequestProblem = 'notJson' | 'badConversation' | 'noContent' | 'tooLong';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: RequestProblem; locale: Locale; params?: Record<string, number> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The page's language: the one it says, else `fallback` (the request's Accept-Language, which the page sets too). */
export function requestLocale(body: unknown, fallback: Locale = 'en'): Locale {
  return isRecord(body) && typeof body.locale === 'string' ? toLocale(body.locale) : fallback;
}

export function isConversationId(value: unknown): value is string {
  return typeof value === 'string' && CONVERSATION_ID.test(value);
}

export function checkMessage(body: unknown, fallbackLocale: Locale = 'en'): Checked<WebMessage> {
  const locale = requestLocale(body, fallbackLocale);
  if (!isRecord(body)) return { ok: false, problem: 'notJson', locale };
  const { conversationId, text, value } = body;
  if (!isConversationId(conversationId)) return { ok: false, problem: 'badConversation', locale };
  if (isRecord(value)) return { ok: true, value: { kind: 'submit', conversationId, locale, value } };
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: 'noContent', locale };
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, problem: 'tooLong', locale, params: { limit: MAX_TEXT_LENGTH } };
  return { ok: true, value: { kind: 'text', conversationId, locale, text } };
}

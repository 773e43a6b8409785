// What the Block Kit converter's parts share: the error it throws, the state it builds, and small readers of card
// JSON that turn a malformed card into a CardConversionError naming where it is.
import type { types } from '@slack/bolt';
import { SLACK_LIMITS } from './blockkit-limits';
import { splitText } from './mrkdwn';

export type Block = types.KnownBlock;
export type Json = Record<string, unknown>;

export type CardProblem = 'notACard' | 'unsupportedElement' | 'unsupportedAction' | 'invalidElement' | 'overLimit';

export class CardConversionError extends Error {
  override readonly name = 'CardConversionError';
  constructor(
    readonly problem: CardProblem,
    /** Where in the card, e.g. `card.body[2].columns[0].items[1]`. */
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

/** action_id prefixes; the action listeners route clicks by them. */
export const ACTION_ID = { submit: 'callflow.submit.', link: 'callflow.link.', input: 'callflow.input.' } as const;

export interface SlackMessage {
  /** Top-level text: the notification, and what clients without Block Kit show. */
  text: string;
  blocks: Block[];
}

/** What a conversion builds up, and how nested elements and cards recurse back into the converter. */
export interface State {
  blocks: Block[];
  /** Plain text of everything shown, for the notification text. */
  texts: string[];
  /** Button titles: the notification text of a card that shows nothing else. */
  labels: string[];
  /** Counter that keeps action_ids unique within the message. */
  actions: number;
  convertElement(element: unknown, path: string): void;
  convertCard(card: unknown, path: string): void;
}

export type ElementConverter = (element: Json, path: string, state: State) => void;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function invalid(path: string, detail: string): CardConversionError {
  return new CardConversionError('invalidElement', path, detail);
}

export function requiredString(element: Json, key: string, path: string): string {
  const value = element[key];
  if (typeof value !== 'string' || value.trim() === '') throw invalid(path, `"${key}" must be a non-empty string`);
  return value;
}

export function optionalString(element: Json, key: string, path: string): string | undefined {
  const value = element[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(path, `"${key}" must be a string`);
  return value;
}

export function optionalList(element: Json, key: string, path: string): unknown[] {
  const value = element[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(path, `"${key}" must be an array`);
  return value;
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export const plainText = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });
export const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text });

export function pushText(state: State, text: string, kind: 'section' | 'context'): void {
  const max = kind === 'section' ? SLACK_LIMITS.sectionText : SLACK_LIMITS.contextText;
  for (const piece of splitText(text, max)) {
    state.blocks.push(kind === 'section' ? { type: 'section', text: mrkdwn(piece) } : { type: 'context', elements: [mrkdwn(piece)] });
  }
}

export function visible(element: Json): boolean {
  return element.isVisible !== false;
}

export function httpUrl(url: string, path: string, what: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) throw invalid(path, `${what} must be an http(s) URL (Slack shows nothing else)`);
  if (url.length > SLACK_LIMITS.url) throw new CardConversionError('overLimit', path, `URL of ${url.length} characters`);
  return url;
}

export function linkUrl(action: Json, path: string): string {
  return httpUrl(requiredString(action, 'url', path), path, 'the link');
}

// Fills the Adaptive Card templates in cards/ with adaptivecards-templating and adds what every card shares:
// the fallback text, the notices that lead the card, and an aside that closes it. (No `lang`: the adaptivecards
// library validates it with a global regular expression that rejects every second card, and hosts only use it to
// format dates.)
import { Template } from 'adaptivecards-templating';
import { boundedMemo } from '../memo';

export type CardElement = Record<string, unknown>;

/** An Adaptive Card as JSON (schema 1.5, the highest version Teams renders). */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  fallbackText: string;
  body: CardElement[];
  actions?: CardElement[];
}

/** A short message shown above a card's content: what changed (info), a conflict (warning), a failure (error). */
export interface Notice {
  tone: 'info' | 'warning' | 'error';
  text: string;
}

const NOTICE_COLOR: Record<Notice['tone'], string> = { info: 'accent', warning: 'warning', error: 'attention' };

function noticeBlock(notice: Notice): CardElement {
  return { type: 'TextBlock', text: notice.text, color: NOTICE_COLOR[notice.tone], weight: 'bolder', wrap: true };
}

/**
 * Background the reader should have, in a box after the card's content (before its buttons): what has changed
 * since the article. Each line in Markdown (its sources as links) and as plain text (for the fallback).
 */
export interface Aside {
  title: string;
  lines: readonly { markdown: string; plain: string }[];
}

/** The aside as a card element; also for cards built outside the templates (Slack's App Home). */
export function asideElement(aside: Aside): CardElement {
  return {
    type: 'Container',
    id: 'aside',
    style: 'emphasis',
    separator: true,
    spacing: 'large',
    items: [
      { type: 'TextBlock', text: aside.title, weight: 'bolder', wrap: true },
      ...aside.lines.map((line) => ({ type: 'TextBlock', text: line.markdown, spacing: 'small', wrap: true })),
    ],
  };
}

export interface CardContent {
  template: object;
  /** The template's data, without `lang` and `fallbackText` (added here). */
  data: object;
  /** Plain text for clients that cannot render cards (and for notifications). */
  fallback: string[];
  notices?: readonly Notice[];
  aside?: Aside;
}

/** Enough for the common cards of every locale; an answer card's expansion weighs about 18 KB. */
const EXPANSIONS_PER_TEMPLATE = 256;

const expanders = new WeakMap<object, (rootJson: string) => AdaptiveCard>();

/**
 * A template's expansion by its data as JSON. Each template is parsed once (parsing its expressions with ANTLR
 * costs far more than expanding them), and the expansions of recent data are remembered (most turns show a card
 * someone was already shown). The data is expanded from its JSON, so a remembered card holds no caller's objects;
 * it is frozen, since callers share it. Keyed by the template object (the imported JSON).
 */
function expanderOf(template: object): (rootJson: string) => AdaptiveCard {
  let expander = expanders.get(template);
  if (!expander) {
    const parsed = new Template(template);
    expander = boundedMemo(
      (rootJson: string) => parsed.expand({ $root: JSON.parse(rootJson) as object }) as AdaptiveCard,
      (rootJson) => rootJson,
      EXPANSIONS_PER_TEMPLATE,
    );
    expanders.set(template, expander);
  }
  return expander;
}

/** Expands a template; data values are inserted as text, never evaluated, so user text cannot inject bindings. */
export function fillCard({ template, data, fallback, notices = [], aside }: CardContent): AdaptiveCard {
  const asideText = aside ? [aside.title, ...aside.lines.map((line) => line.plain)] : [];
  const fallbackText = [...notices.map((n) => n.text), ...fallback, ...asideText].join('\n');
  const card = expanderOf(template)(JSON.stringify({ ...data, fallbackText }));
  return { ...card, body: [...notices.map(noticeBlock), ...card.body, ...(aside ? [asideElement(aside)] : [])] };
}

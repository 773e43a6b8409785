// Fills the Adaptive Card templates in cards/ with adaptivecards-templating and adds what every card shares:
// the fallback text and the notices that lead the card. (No `lang`: the adaptivecards library validates it with a
// global regular expression that rejects every second card, and hosts only use it to format dates.)
import { Template } from 'adaptivecards-templating';

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

export interface CardContent {
  template: object;
  /** The template's data, without `lang` and `fallbackText` (added here). */
  data: object;
  /** Plain text for clients that cannot render cards (and for notifications). */
  fallback: string[];
  notices?: readonly Notice[];
}

/** Expands a template; data values are inserted as text, never evaluated, so user text cannot inject bindings. */
export function fillCard({ template, data, fallback, notices = [] }: CardContent): AdaptiveCard {
  const fallbackText = [...notices.map((n) => n.text), ...fallback].join('\n');
  const card = new Template(template).expand({ $root: { ...data, fallbackText } }) as AdaptiveCard;
  return { ...card, body: [...notices.map(noticeBlock), ...card.body] };
}

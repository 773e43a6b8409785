// Reads what a card says, the way a user sees it: its texts, its buttons and, for an answer, the paths.
import type { AdaptiveCard, CardElement } from '../../src/cards';
import { t, type Locale } from '../../src/i18n';

function walk(node: unknown, visit: (element: CardElement) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as CardElement);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

/** Every text the card shows: text blocks, facts, button titles. */
export function textsOf(card: AdaptiveCard): string[] {
  const texts: string[] = [];
  walk([card.body, card.actions ?? []], (e) => {
    for (const key of ['text', 'title', 'value'] as const) if (typeof e[key] === 'string') texts.push(e[key] as string);
  });
  return texts;
}

export function allText(card: AdaptiveCard): string {
  return textsOf(card).join('\n');
}

/** Everything a turn's replies say, card after card. */
export function saidIn(replies: readonly AdaptiveCard[]): string {
  return replies.map(allText).join('\n');
}

/** The data of every Action.Submit, also inside a ShowCard. */
export function submitsOf(card: AdaptiveCard): Record<string, unknown>[] {
  const data: Record<string, unknown>[] = [];
  walk([card.body, card.actions ?? []], (e) => {
    if (e.type === 'Action.Submit') data.push(e.data as Record<string, unknown>);
  });
  return data;
}

function byId(card: AdaptiveCard, id: string): CardElement | undefined {
  let found: CardElement | undefined;
  walk(card.body, (e) => {
    if (e.id === id && !found) found = e;
  });
  return found;
}

export type CardKind = 'welcome' | 'help' | 'question' | 'answer' | 'explain' | 'followUp' | 'triage';

const TITLE_KEYS: Record<'welcome' | 'help' | 'followUp', string> = {
  welcome: 'cards.welcome.title',
  help: 'cards.help.title',
  followUp: 'cards.followUp.title',
};

export function kindOf(card: AdaptiveCard, locale: Locale): CardKind {
  if (byId(card, 'question')) return 'question';
  if (byId(card, 'source')) return 'answer';
  // The triage's result: the comparison of what was observed with what the article says (its steps are questions).
  if (byId(card, 'summary') && byId(card, 'scenario')) return 'triage';
  const title = byId(card, 'title')?.text;
  const titled = (Object.keys(TITLE_KEYS) as (keyof typeof TITLE_KEYS)[]).find((k) => t(locale, TITLE_KEYS[k]) === title);
  return titled ?? 'explain';
}

/** The question's text and the slot its buttons answer. */
export function questionOf(card: AdaptiveCard): { text: string; slot: string; values: string[] } {
  const answers = submitsOf(card).filter((d) => d.action === 'answer');
  return {
    text: String(byId(card, 'question')?.text),
    slot: String(answers[0]?.slot),
    values: answers.map((d) => String(d.value)),
  };
}

/** "User: ExpressRoute" per party, for one traffic type of an answer card. */
export function pathsOf(card: AdaptiveCard, traffic: 'signaling' | 'media'): string[] {
  const section = byId(card, traffic) as { items: { type: string; columns?: { items: { text: string }[] }[] }[] } | undefined;
  if (!section) return [];
  return section.items
    .filter((item) => item.type === 'ColumnSet')
    .map((row) => `${row.columns![0].items[0].text}: ${row.columns![1].items[0].text}`);
}

/** Which traffic type the answer card shows first. */
export function leadingTraffic(card: AdaptiveCard): string | undefined {
  let first: string | undefined;
  walk(card.body, (e) => {
    if (!first && (e.id === 'signaling' || e.id === 'media')) first = e.id;
  });
  return first;
}

export function sourceOf(card: AdaptiveCard): string {
  const source = byId(card, 'source') as { items: { text: string }[] } | undefined;
  return source ? source.items[1].text : '';
}

export function linksOf(card: AdaptiveCard): string[] {
  const urls: string[] = [];
  walk(card.body, (e) => {
    if (e.type === 'Action.OpenUrl') urls.push(String(e.url));
  });
  return urls;
}

export function imagesOf(card: AdaptiveCard): { url: string; altText: string }[] {
  const images: { url: string; altText: string }[] = [];
  walk(card.body, (e) => {
    if (e.type === 'Image') images.push({ url: String(e.url), altText: String(e.altText) });
  });
  return images;
}

/** The route lines shown under each party of an answer card, for one traffic type: the first line is its first route. */
export function routeLinesOf(card: AdaptiveCard, traffic: 'signaling' | 'media'): string[][] {
  const section = byId(card, traffic) as { items: { type: string; columns?: { items: { text: string }[] }[] }[] } | undefined;
  if (!section) return [];
  return section.items.filter((item) => item.type === 'ColumnSet').map((row) => row.columns![2].items.map((item) => item.text));
}

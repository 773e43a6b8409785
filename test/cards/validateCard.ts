// Checks a card with the official `adaptivecards` renderer library: parsed for schema 1.5 with no error or warning,
// valid, declared as 1.5, with fallback text and alt text, nothing left unbound, and under Teams' 28 KB limit; an
// answer card also links to where it comes from, at a real anchor of the article.
// The package's `lib/` build is ES modules without file extensions; its UMD bundle loads in Node (no DOM needed).
import type * as AdaptiveCards from 'adaptivecards';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC: typeof AdaptiveCards = require('adaptivecards/dist/adaptivecards.js');
import type { AdaptiveCard } from '../../src/cards';
import { articleAnchor } from './articleAnchors';

export const TEAMS_CARD_LIMIT_BYTES = 28 * 1024;

export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

function walk(node: unknown, visit: (obj: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

/** Every problem the card has; empty when it is fine. */
export function cardProblems(card: AdaptiveCard): string[] {
  const problems: string[] = [];
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  if (card.version !== '1.5' || parsed.version.toString() !== '1.5') problems.push(`version ${card.version}`);
  if (!card.fallbackText?.trim()) problems.push('no fallbackText');
  walk(card, (obj) => {
    if (obj.type === 'Image' && !(typeof obj.altText === 'string' && obj.altText.trim())) problems.push('image without altText');
  });
  const links: string[] = [];
  let isAnswer = false;
  walk(card.body, (obj) => {
    if (obj.id === 'source') isAnswer = true;
    if (obj.type === 'Action.OpenUrl' && typeof obj.url === 'string') links.push(obj.url);
  });
  if (isAnswer && !links.some((url) => articleAnchor(url) !== undefined)) problems.push('answer without a link to a real anchor of the article');
  const json = JSON.stringify(card);
  if (json.includes('${')) problems.push('unbound template expression');
  const bytes = cardBytes(card);
  if (bytes >= TEAMS_CARD_LIMIT_BYTES) problems.push(`${bytes} bytes`);
  return problems;
}

export function expectValidCard(card: AdaptiveCard): void {
  expect(cardProblems(card)).toEqual([]);
}

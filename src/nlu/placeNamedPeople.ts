// "and if the ticket desk guy was on the ferry?", "what if the warehouse guy worked from a hotel?": in a what-if that
// puts someone at a place, a place word right before the person noun is part of whom they are called by, not where
// they are. Read as a place, it outweighed or clashed with the place the what-if moves them to (session 54's blind
// conversations: a what-if putting "the ticket desk guy" on a boat's 4G hotspot kept him on our network). Outside a
// what-if ("the office user calls someone working from home") the word is where they are, and stays a place. English
// only: a Chinese place before a person is as often where they are ("在倉庫阿明打給我").
import type { Item } from './analyzer';
import { GENERIC_PERSON, readAs } from './concepts';
import { clauseEnd, clauseStart, kindOf, surfaceOf } from './items';
import { SUPPOSING_WORDS } from './supposed';
import { HAN } from './text';

/** Concepts that say where someone is, or the network they are on. */
const WHERE_KINDS: ReadonlySet<string> = new Set(['place', 'sharedPlace', 'vpn', 'network', 'datacenter']);

/** Words before a place that say it is where someone is ("at the desk", "in the office", "from home"), as keys. */
const LOCATIVES: ReadonlySet<string> = new Set(['at', 'in', 'on', 'from', 'to', 'into', 'inside', 'near', 'by']);

/** A place said as a room, not a network, and not after a locative ("the ticket desk", "our warehouse"). */
export function isModifierPlace(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.connection === true || HAN.test(item.surface)) return false;
  if (LOCATIVES.has(item.surface.split(' ')[0])) return false;
  const before = items[index - 1];
  return !(before?.kind === 'word' && LOCATIVES.has(before.key)) && !(before?.kind === 'mention' && LOCATIVES.has(before.surface));
}

/** The items with each place that names the person after it (see the file's comment) read as a person word. */
export function withPlaceNamedPeople(items: readonly Item[]): Item[] {
  const out = [...items];
  items.forEach((item, index) => {
    const person = items[index + 1];
    if (item.kind !== 'mention' || person?.kind !== 'mention' || person.id !== GENERIC_PERSON || !isModifierPlace(items, index)) return;
    const supposed = SUPPOSING_WORDS.has(surfaceOf(items[clauseStart(items, index) - 1]) ?? '');
    const placed = items.slice(index + 2, clauseEnd(items, index)).some((later) => WHERE_KINDS.has(kindOf(later) ?? ''));
    if (supposed && placed) out[index] = readAs(item, GENERIC_PERSON);
  });
  return out;
}

// The client a consultant writes for: "For client Northwind (Online only) ...", "Client Relecloud (hybrid) ...",
// "writing this up for my customer, ...". The organization named so is the one the whole question is about: its
// network is "our" network, its people the users and other parties of the call, "their office" and "their on-prem
// pool" its own. The client is nobody in the call, and its name ("Fourth Coffee", "Graphic Design Institute") says
// nothing of where anyone is. Elsewhere "a client" or "a customer" is someone outside (dials a customer's mobile).
import type { Item } from './analyzer';
import { endsSentence, isFiller, isMarker, isNameWord, kindOf, previousIndex, surfaceOf } from './items';

/** The words (as matching keys: "customer" is "custom") for the organization a consultant advises. */
const CLIENT_WORDS: ReadonlySet<string> = new Set(['client', 'custom']);
/** The words before the client word that make it the one written for ("for client X", "for my customer"). */
const FOR_WORDS: ReadonlySet<string> = new Set(['for']);
/** Words that describe the client opening a text: "Client with SfBO + CCE", "Client runs hybrid". */
const DESCRIBING: ReadonlySet<string> = new Set(['with', 'run', 'runs', 'use', 'uses', 'has']);
/** How many words an organization's name may have ("Graphic Design Institute"). */
const NAME_REACH = 3;

export const clientWord = (item: Item | undefined): boolean =>
  (item?.kind === 'word' || (item?.kind === 'mention' && item.concept.kind === 'party')) && CLIENT_WORDS.has(surfaceOf(item) ?? '');

/** Concepts a name is never made of: the words of a clause around it ("for client X we have ...", "client calls"). */
const NOT_NAME: ReadonlySet<string> = new Set(['filler', 'boundary', 'call', 'marker', 'cue']);

/**
 * The items of the name right after the client word, up to the next break: empty when there is none. A name is
 * words, or words the vocabulary happens to know ("Fourth Coffee", "Northwind Traders": a role noun after the first).
 */
function nameAfter(items: readonly Item[], index: number): number[] {
  const name: number[] = [];
  for (let k = index + 1; k < items.length && items[k].kind !== 'break'; k++) {
    const item = items[k];
    // "client at home", "client on hotel Wi-Fi": a place said with a preposition is where someone is, no name.
    const located = item.kind === 'mention' && /^(?:in|at|on|from) /.test(item.surface);
    const clauseWord = located || (item.kind === 'mention' && (NOT_NAME.has(item.concept.kind) || (name.length === 0 && item.concept.kind === 'party')));
    if (name.length === NAME_REACH || clauseWord) return [];
    name.push(k);
  }
  return name;
}

/**
 * "for my customer (Mr Alvarez, IT director)", "for my customer, Sabine, ...": the client's contact, named in an aside
 * or between commas right after the client word, is nobody in the call either.
 */
function contactAfter(items: readonly Item[], index: number): number[] {
  const open = items[index + 1];
  if (open?.kind !== 'break' || open.strong) return [];
  const contact: number[] = [];
  for (let k = index + 2; k < items.length; k++) {
    const item = items[k];
    if (item.kind === 'break' && (open.paren === 'open' ? item.paren === 'close' || item.strong : true)) break;
    contact.push(k);
  }
  const first = items[contact[0]];
  const named = isNameWord(first);
  return open.paren === 'open' || (named && contact.length <= NAME_REACH) ? contact : [];
}

/**
 * The items that name the client a consultant writes for: the client word and the client's name. A client word
 * names it when a capitalized name follows ("client Wingtip (SfB Online only)"), or after "for" ("for client Fourth
 * Coffee (...)", "for my customer, Sabine, ...") when a break or a name of a few words follows; then the client's
 * contact named right after it too.
 */
export function advisedClient(items: readonly Item[]): ReadonlySet<number> {
  const named = new Set<number>();
  items.forEach((item, index) => {
    if (!clientWord(item)) return;
    const name = nameAfter(items, index);
    const first = items[index + 1];
    const capitalized = isNameWord(first);
    // "Client Fourth Coffee, hybrid.", "Client with SfBO + CCE and ExpressRoute.": opening the text, like a heading.
    const opens = index === 0 || endsSentence(items[index - 1]);
    const written = opens || FOR_WORDS.has(surfaceOf(items[previousIndex(items, index, isFiller)]) ?? '');
    const described = opens && first?.kind === 'word' && DESCRIBING.has(first.key);
    if (!capitalized && !(written && (name.length > 0 || first === undefined || first.kind === 'break' || described))) return;
    named.add(index);
    for (const k of [...name, ...contactAfter(items, name.length > 0 ? name[name.length - 1] : index)]) named.add(k);
  });
  return named;
}

/** "their tenant", "their own servers": a company word said with "their", which stands for the client when one is written for. */
export const saidWithTheir = (item: Item): boolean => item.kind === 'mention' && item.surface.startsWith('their ');

/**
 * Whether "their" stands for the client: one is written for, and no other organization is named (a company, a
 * federated place) that "their" could stand for instead ("a supplier ... their own servers").
 */
export function theirMeansClient(items: readonly Item[], client: ReadonlySet<number>): boolean {
  const other = (item: Item) => (kindOf(item) === 'company' && !saidWithTheir(item)) || (item.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'federated');
  return client.size > 0 && !items.some(other);
}

/**
 * Whether the text is written for the client as the organization whose IT it is about: a client written for
 * ("for client X"), or a sentence that opens by saying what the client runs ("Client is on SfB Online", "Client uses
 * Skype Online with CCE"), as an offshore desk writes.
 */
export function writtenForClient(items: readonly Item[], client: ReadonlySet<number>): boolean {
  if (client.size > 0) return true;
  return items.some((item, index) => {
    if (!clientWord(item) || (index > 0 && !endsSentence(items[index - 1]))) return false;
    const next = items[index + 1];
    return isMarker(next, 'copula') || DESCRIBING.has(surfaceOf(next) ?? '');
  });
}

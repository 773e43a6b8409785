// "Who decides where a meeting is hosted?", 「會議是辦在雲端還是辦在我們機房，是誰決定的？」: a question that asks what
// decides a fact asks how the fact is set, not about a call. The fact is what it asks about, and the values it offers
// as alternatives ("in the cloud or in our datacenter", "雲端還是機房") are what it weighs: neither is said of a call.
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, endsSentence, kindOf, sentenceStart, surfaceOf } from './items';

/** The asking words that ask what decides ("who decides", "what determines", "是誰決定", "怎麼決定"), as written. */
const DECIDING = /decid|determin|決定/;

/** Words that join two alternatives ("or", "還是"), as surfaces or keys. */
const EITHER_WORDS: ReadonlySet<string> = new Set(['or', '還是', '或', '或是', '或者']);

/** What says where someone or something is, is homed or hosted, or how we are deployed: the facts one weighs. */
const WHERE_KINDS: ReadonlySet<string> = new Set(['homed', 'datacenter', 'place', 'sharedPlace', 'company', 'deployment', 'deploymentHint', 'vpn']);

/** Whether the item asks what decides something. */
export const isDeciding = (item: Item | undefined): boolean =>
  item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'explain' && DECIDING.test(item.surface);

/** Fillers and copulas that may open a sentence before what decides ("So who decides?", 「是誰決定的？」). */
const isLeading = (item: Item): boolean => item.kind === 'break' || ['filler', 'marker'].includes(kindOf(item) ?? '');

/**
 * The items a deciding question at `index` is about, as [start, end): its sentence, and the sentence before when it
 * opens with the question ("會議辦在雲端還是機房？是誰決定的？").
 */
export function decidedSpan(items: readonly Item[], index: number): [number, number] {
  let start = sentenceStart(items, index);
  let end = index;
  while (end < items.length && !endsSentence(items[end])) end++;
  const opens = items.slice(start, index).every(isLeading);
  if (opens && start > 0) start = sentenceStart(items, start - 1);
  return [start, end];
}

/**
 * The items with each fact offered as an alternative in a deciding question (in the clause before or after "or",
 * "還是") turned into a plain word: the same indexes, nothing stated. The items themselves when there is none.
 */
export function withoutDecidedAlternatives(items: Item[]): Item[] {
  const offered = new Set<number>();
  items.forEach((item, index) => {
    if (!isDeciding(item)) return;
    const [start, end] = decidedSpan(items, index);
    for (let e = start; e < end; e++) {
      if (!EITHER_WORDS.has(surfaceOf(items[e]) ?? '')) continue;
      const from = e > start ? Math.max(start, clauseStart(items, e - 1)) : e;
      const to = Math.min(end, clauseEnd(items, e + 1));
      for (let k = from; k < to; k++) if (WHERE_KINDS.has(kindOf(items[k]) ?? '')) offered.add(k);
    }
  });
  if (offered.size === 0) return items;
  return items.map((item, index) => (offered.has(index) && item.kind === 'mention' ? asWord(item) : item));
}

function asWord(item: Extract<Item, { kind: 'mention' }>): Item {
  return { kind: 'word', key: item.surface, script: /[a-z]/i.test(item.surface) ? 'latin' : 'han' };
}

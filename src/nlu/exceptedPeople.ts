// "Everyone on my team is homed on-prem except Priya", "Everyone except Priya is on-prem", 「除了阿慧，我們組都在地端」:
// what a sentence says of a whole group, with one of its members named as the exception, is not said of that one.
// The homing or place was read as the member's (the one nearest) or as everyone's, the excepted one included: a
// question about Priya was answered with the group's homing.
import type { Anchor } from './anchors';
import type { Item } from './analyzer';
import { isFiller, nextIndex, sentenceEnd, sentenceStart, surfaceOf } from './items';

/** Words that name an exception right before the one excepted, as surfaces, with the word that may follow them. */
const EXCEPT_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['except', ['for']],
  ['besides', []],
  ['apart', ['from']],
  ['aside', ['from']],
  ['other', ['than']],
  ['除了', []],
  ['除', ['了']],
]);
/** The words of two that must be whole ("apart" alone is read as a place: "apartment" stems to it). */
const NEEDS_SECOND: ReadonlySet<string> = new Set(['apart', 'aside', 'other', '除']);

export interface Exception {
  /** The exception word ("except", "除"). */
  word: number;
  /** The person excepted. */
  person: number;
  /** The group the sentence speaks of (everyone, "我們"). */
  group: number;
  /** The sentence: statements in it about the group are not the person's. */
  start: number;
  end: number;
}

/** Every member named as an exception from a group said in the same sentence. */
export function exceptedPeople(items: readonly Item[], anchors: ReadonlyMap<number, Anchor>): Exception[] {
  const out: Exception[] = [];
  items.forEach((item, index) => {
    const surface = surfaceOf(item) ?? '';
    const seconds = EXCEPT_WORDS.get(surface);
    if (seconds === undefined) return;
    const second = seconds.includes(surfaceOf(items[index + 1]) ?? '');
    if (NEEDS_SECOND.has(surface) && !second) return;
    const person = nextIndex(items, second ? index + 1 : index, isFiller);
    if (anchors.get(person)?.kind !== 'person' || anchors.get(person)?.role === 'all') return;
    const start = sentenceStart(items, index);
    const end = sentenceEnd(items, index);
    const group = [...anchors.values()].find((a) => a.kind === 'person' && a.role === 'all' && a.index >= start && a.index < end);
    if (group) out.push({ word: index, person, group: group.index, start, end });
  });
  return out;
}

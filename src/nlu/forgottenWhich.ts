// "one at home, one in the office, I forget which", 「一個在家一個在公司，我忘了誰在哪」, "one of them is on-prem and the
// other online, not sure who's where": the writer says two places (or homings) of the people just described and then
// that they cannot tell which is whose. Neither is anyone's: the advisor asks rather than give the first "one"'s
// (pair-zh-36, pair-en-44). "one at home, one in the office: Tom's the one at home" says whose, and keeps both.
import type { Item } from './analyzer';
import { endsSentence, isFiller, kindOf, surfaceOf } from './items';
import { classWords } from './wordClasses';

/** Words that ask which of them ("which", "who", 「誰」「哪個」「哪位」). */
const WHICH_WORDS: ReadonlySet<string> = new Set(['which', 'who', 'whom', '誰', '哪個', '哪位', '哪一個', '哪一位']);

/** The kinds of fact told apart between people: where each is, or where each is homed. */
const GROUPS: readonly ReadonlySet<string>[] = [new Set(['place', 'sharedPlace']), new Set(['homed'])];

/** Words that may follow "which" or "who" when it asks whose fact only ("who is where", 「誰在哪裡」「誰是哪個」). */
const WHERE_WORDS: ReadonlySet<string> = new Set(['where', '哪', '哪裡', '哪裏', '哪邊', '在哪', '在哪裡', '在哪邊', '哪個', '哪位', '哪一個', '哪一位', '是']);

/**
 * Whether a word after "which" keeps it asking whose fact: a filler, "of them", "is", a place or homing, "where".
 * Anything else asks something other ("not sure who organized it", "no idea who else joins", 「不確定誰的網路比較好」).
 */
const asksWhose = (item: Item): boolean =>
  isFiller(item) || WHERE_WORDS.has(surfaceOf(item) ?? '') || ['party', 'place', 'sharedPlace', 'homed'].includes(kindOf(item) ?? '') || (item.kind === 'mention' && item.concept.kind === 'marker' && item.concept.marker === 'copula');

const idOf = (item: Item): string | undefined => (item.kind === 'mention' ? item.id : undefined);

/** Adds to `out` the facts of one kind, two or more of them differing, said in the sentence before "I forget which". */
export function forgottenWhich(items: readonly Item[], out: Set<number>): void {
  const forgot = classWords(items, 'forgotWhich');
  for (const at of forgot) {
    if (forgot.has(at - 1)) continue;
    let end = at;
    while (forgot.has(end)) end++;
    while (end < items.length && isFiller(items[end])) end++;
    if (!WHICH_WORDS.has(surfaceOf(items[end]) ?? '')) continue;
    let stop = end;
    while (stop < items.length && items[stop].kind !== 'break') stop++;
    if (!items.slice(end + 1, stop).every(asksWhose)) continue;
    let from = at;
    while (from > 0 && !endsSentence(items[from - 1])) from--;
    for (const kinds of GROUPS) {
      const facts = items.slice(from, at).flatMap((item, k) => (kinds.has(kindOf(item) ?? '') ? [from + k] : []));
      if (new Set(facts.map((k) => idOf(items[k]))).size >= 2) facts.forEach((k) => out.add(k));
    }
  }
}

// "Nina and Pablo are on a call. The former is at the office. Where does the latter's media go?", 「Jack 在機場，最後是
// Mike 接的 … 後者那通走哪？」: "the former" and "the latter" (前者, 後者) stand for the first and the second of the two
// people named last before them. Read as nobody, a place said of the former was the user's and the question about the
// latter answered with the other one's place (a wrong answer, pair-en-41).
import type { Item } from './analyzer';
import { surfaceOf } from './items';

/** English words after "the" that pick one of two people: 0 the first, 1 the second. */
const ENGLISH: ReadonlyMap<string, number> = new Map([['former', 0], ['latter', 1]]);
/** Kinds of mention that name a thing or a person: "former" before them is an adjective ("the former CFO"). */
const NOUN_KINDS: ReadonlySet<string> = new Set(['party', 'term', 'deployment', 'deploymentHint', 'callType', 'hostedMeeting', 'telephony', 'company']);
/** Chinese first characters before 者 (segmented apart) that pick one of two people. */
const CHINESE: ReadonlyMap<string, number> = new Map([['前', 0], ['後', 1]]);

/** Which of two people the word at `index` picks (0 the first, 1 the second), or undefined when it picks none. */
export function pickOfTwo(items: readonly Item[], index: number): number | undefined {
  const surface = surfaceOf(items[index]) ?? '';
  const before = surfaceOf(items[index - 1]) ?? '';
  // "the former CFO", "the former Lync pool": an adjective before a noun picks nobody.
  const next = items[index + 1];
  const noun = next?.kind === 'word' || (next?.kind === 'mention' && NOUN_KINDS.has(next.concept.kind));
  if (before === 'the' && ENGLISH.has(surface)) return noun ? undefined : ENGLISH.get(surface);
  return surface === '者' ? CHINESE.get(before) : undefined;
}

// Values the writer offers without knowing which holds: "no idea if she's coming in or staying home", "I can't tell
// whether he's one of our contractors or at the partner's office", "Whether it's Cloud Connector or Phone System I
// don't know", 「不確定她今天在公司還是在外面跑客戶」「他有沒有被搬過去我完全沒概念」. Neither value is said: the
// advisor asks rather than answer with one of them. A doubt that offers no value ("not sure why, but she's at home",
// 「不知道為什麼她今天在家」) or one of another clause ("no idea if it matters, she's at home") leaves the facts said.
import type { Item } from './analyzer';
import { EITHER_WORDS, endsClause, endsSentence, KNOW_WORDS, kindOf, surfaceOf } from './items';
import { classWords } from './wordClasses';

/**
 * The kinds of fact a doubt leaves unsaid: where someone is, who hosts or what company, how someone is homed, what we
 * run, and how the call is made ("haven't decided whether to Skype her or ring her landline", 「還沒決定要直接 Skype
 * 她還是撥她公司的市話」: no call type is said, see slots.ts).
 */
const DOUBTED_KINDS: ReadonlySet<string> = new Set(['place', 'sharedPlace', 'datacenter', 'homed', 'hostedMeeting', 'company', 'deployment', 'deploymentHint', 'callType', 'call']);

/** Whether the item states a fact of a kind a doubt leaves unsaid. */
const isDoubted = (item: Item): boolean => DOUBTED_KINDS.has(kindOf(item) ?? '');

/** 「進不進公司」「在不在家」: one word asked with and without a negation between, as written. */
const A_NOT_A = /([\u3400-\u9fff])[不沒]\1/;

/** The doubts, as [start, end) of their words: a word of the `unsure` class, or a negation and a word of knowing ("don't know"). */
export function doubts(items: readonly Item[]): [number, number][] {
  const unsure = classWords(items, 'unsure');
  const found: [number, number][] = [];
  for (let k = 0; k < items.length; k++) {
    if (unsure.has(k)) {
      let end = k;
      while (unsure.has(end)) end++;
      found.push([k, end]);
      k = end - 1;
    } else if (kindOf(items[k]) === 'negation' && KNOW_WORDS.has(surfaceOf(items[k + 1]) ?? '')) {
      found.push([k, k + 2]);
      k++;
    }
  }
  return found;
}

/** Whether the items from `from` to `to` offer values: a word of the `offered` class, or a Chinese A-not-A. */
function offers(items: readonly Item[], from: number, to: number, offered: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) if (offered.has(k)) return true;
  return A_NOT_A.test(items.slice(from, to).map((item) => surfaceOf(item) ?? '').join(''));
}

/**
 * The end of what a doubt at `from` asks: up to a pause or a clause's boundary that offers nothing ("but", "so"),
 * and on past a pause the other value opens ("…外包，還是合作公司的員工").
 */
function askedEnd(items: readonly Item[], from: number, offered: ReadonlySet<number>): number {
  let end = from;
  while (end < items.length) {
    const item = items[end];
    if (item.kind === 'break') {
      if (item.strong || !EITHER_WORDS.has(surfaceOf(items[end + 1]) ?? '')) break;
    } else if (endsClause(item) && !offered.has(end)) break;
    end++;
  }
  return lastValueEnd(items, from, end);
}

/**
 * The end of the value the last "or" of [from, to) offers, the facts right after it ("…還是在外面跑客戶"): a text
 * whose pause the analyzer does not keep (「…還是混合…王姐在辦公室」) goes on past it with facts of its own.
 */
function lastValueEnd(items: readonly Item[], from: number, to: number): number {
  let or = to - 1;
  while (or >= from && !EITHER_WORDS.has(surfaceOf(items[or]) ?? '')) or--;
  if (or < from) return to;
  let value = or + 1;
  while (value < to && !isDoubted(items[value])) value++;
  while (value < to && isDoubted(items[value])) value++;
  return value;
}

/** The start of the stretch that ends at `to`: right after the pause before it, or the text's start. */
function pieceStart(items: readonly Item[], to: number): number {
  let start = to;
  while (start > 0 && items[start - 1].kind !== 'break') start--;
  return start;
}

/** Adds to `out` the indexes of the facts offered as values the writer says they do not know (see above). */
export function doubtedAlternatives(items: readonly Item[], out: Set<number>): void {
  const offered = classWords(items, 'offered');
  const unsay = (from: number, to: number) => {
    if (!offers(items, from, to, offered)) return;
    for (let k = from; k < to; k++) if (isDoubted(items[k])) out.add(k);
  };
  for (const [start, end] of doubts(items)) {
    unsay(end, askedEnd(items, end, offered));
    // Said last ("Whether A or B I don't know", 「他有沒有被搬過去我完全沒概念」): the values before it in its stretch;
    // when that holds only its subject ("Online or on-prem, I couldn't tell you", 「…，我不確定」), the stretch before.
    const own = pieceStart(items, start);
    if (offers(items, own, start, offered) || items.slice(own, start).some(isDoubted)) unsay(own, start);
    else if (own > 0 && !endsSentence(items[own - 1])) unsay(pieceStart(items, own - 1), own - 1);
  }
}

/**
 * The places offered as values the writer does not know ("not sure if I'll call from the branch or the hotel"): where
 * that person is for the call is the question, whatever looser place another clause gives them (a city they travel
 * to this week).
 */
export function doubtedPlaces(items: readonly Item[]): number[] {
  const out = new Set<number>();
  doubtedAlternatives(items, out);
  return [...out].filter((index) => kindOf(items[index]) === 'place');
}

/**
 * Calls made in a message: who is called after a call word, whether a call is made at a place, and a joining denied
 * ("didn't join").
 */
import type { Item } from './analyzer';
import type { Anchor } from './anchors';
import { endsSentence, kindOf, previousIndex, isFiller, isNameWord, nextIndex, surfaceOf } from './items';
import { ABOUT_WORDS } from './askedSides';
import { People } from './people';
import { isStatement } from './statements';

/** "我不會加入", "I won't join": a join word after a negation is no joining (a call word may be: "打不通"). */
export function joinDenied(items: readonly Item[], k: number): boolean {
  const item = items[k];
  return item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join' && kindOf(items[previousIndex(items, k, isFiller)]) === 'negation';
}

/** Articles between "about" and the call talked about ("a question about the phones"), as surfaces. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'these', 'those']);

/** Words before what is talked of: "about" and its kin, also as the stemmed key "regarding" is read as. */
const TOPIC_WORDS: ReadonlySet<string> = new Set([...ABOUT_WORDS, 'regard']);

/**
 * "I asked before about the phones", "I have a question about calls", "I'm asking about calling": a call word after
 * "about" is what the writer talks of, not a call anyone makes ("about my call to Ana" is the writer's call).
 */
function talkedAbout(items: readonly Item[], k: number): boolean {
  const before = previousIndex(items, k, (item) => isFiller(item) && ARTICLES.has(surfaceOf(item) ?? ''));
  return TOPIC_WORDS.has(surfaceOf(items[before]) ?? '');
}

/** Whether the item at `k` calls or joins: a call word, "join", or a call named by its type ("撥外線", "一對一"). */
export function callsAt(items: readonly Item[], k: number): boolean {
  const item = items[k];
  if (talkedAbout(items, k)) return false;
  if (kindOf(item) === 'call' || (item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join')) return true;
  // A meeting word alone may name someone else's meeting.
  return item?.kind === 'mention' && item.concept.kind === 'callType' && (item.concept.value === 'pstn' || item.concept.value === 'peerToPeer');
}

export function callsNext(items: readonly Item[], people: People, index: number): boolean {
  // "跟客戶那邊（他們是另一個租戶）點對點通話": past an aside on the ones called.
  const next = items[nextIndex(items, people.afterAside(index), (i) => isFiller(i) || isStatement(i))];
  return next?.kind === 'mention' && (next.concept.kind === 'call' || (next.concept.kind === 'callType' && next.concept.value === 'peerToPeer'));
}

/** Whether the call itself comes right after `index` ("跟 Online 帳號互打", "with an on-prem user 1:1"). */
/** Whether the statement at `index` describes a person named right after it whom the call is with ("與同棟 5 樓另一位同仁一對一"). */
export function personCalledAfter(items: readonly Item[], people: People, index: number): boolean {
  // "5 樓", "12 樓", "B 棟": numbers, letters and single characters of a floor or a building.
  const describing = (x: Item) => isFiller(x) || isStatement(x) || kindOf(x) === 'number' || (x.kind === 'word' && (x.key.length === 1 || /^\d/.test(x.key)));
  let person = nextIndex(items, index, describing);
  if (people.anchors.get(person)?.kind !== 'person') return false;
  // "另一位 同仁": past the words naming the one person.
  while (people.anchors.get(nextIndex(items, person, isFiller))?.kind === 'person') person = nextIndex(items, person, isFiller);
  // "…同仁進行一對一視訊通話": past a verb of doing ("進行") the lexicon may leave as single characters.
  return callsNext(items, people, nextIndex(items, person, (x) => x.kind === 'word' && x.script === 'han' && x.key.length === 1) - 1);
}

/**
 * The person who calls the one called at `callee`: the last person named before the call word in the sentence
 * ("Keanu, on-prem homed, called Leilani"), undefined when nobody is ("calling a coworker": the writer).
 */
export function callerBefore(items: readonly Item[], people: People, callee: number): Anchor | undefined {
  let k = callee - 1;
  while (k >= 0 && !endsSentence(items[k]) && !callsAt(items, k)) k--;
  if (k < 0 || !callsAt(items, k)) return undefined;
  for (let j = k - 1; j >= 0 && !endsSentence(items[j]); j--) {
    const anchor = people.anchors.get(j);
    if (anchor?.kind === 'person' && !people.callees.has(j)) return anchor;
  }
  return undefined;
}

/**
 * Whether only words of the call lie between the one called at `callee` and `index` ("calls Sam on Skype 1:1 from
 * the hotel"): the call goes on; "calls Sam, who works from home" says something of Sam.
 */
export function callGoesOn(items: readonly Item[], callee: number, index: number): boolean {
  // "calling my colleague Rita from the office": the rest of the callee's name first (round 30, dev27: the office was
  // given to Rita).
  let start = callee + 1;
  while (start < index && isNameWord(items[start])) start++;
  return items.slice(start, index).every((x) => isFiller(x) || kindOf(x) === 'call' || kindOf(x) === 'callType' || (x.kind === 'word' && x.key === 'from'));
}

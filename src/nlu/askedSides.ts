/**
 * Whose side a message asks about: a call described or made before, one's own calls' traffic, a sentence that asks, a
 * side set aside or quantified, a chat line that calls "you", a quiet row.
 */
import type { Item } from './analyzer';
import { kindOf, endsSentence, surfaceOf, nextIndex, isFiller, previousIndex } from './items';
import { isStatement } from './statements';
import { isFunctionWord } from './english';

/** Words that set what follows against what came before ("... but not mine"). */
const BUT_WORDS: ReadonlySet<string> = new Set(['but', 'and']);
/** Words before someone's side that make it what is asked about ("my question is about Ben's leg"). */
export const ABOUT_WORDS: ReadonlySet<string> = new Set(['about', 'regarding', 're']);
/** Words for a path, which after someone's name ask about their side ("小琪的路徑", "Meera's path"). */
export const PATH_NOUNS: ReadonlySet<string> = new Set(['路徑', '路由', '走法', 'path', 'paths', 'route', 'routes', 'routing']);
/** How many words a call word may stand before the one called ("打給樓下的財務"). */
const CALL_REACH = 4;

/** "You", the one a message is written to. */
const YOU: ReadonlySet<string> = new Set(['you', '你', '妳', '您']);
/** "for the office user", "for me": the person a question is asked for. */
export const FOR_WORDS = new Set(['for', '對於', '針對']);
/** Words for part of a group ("for some users"): after "for" they name no one person. */
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'few', 'several', 'other', 'all', '一些', '部分', '有些']);

const isPstn = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'pstn';
export const isQuestion = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'question';
export const asks = (item: Item): boolean => ['traffic', 'path'].includes(kindOf(item) ?? '') || isQuestion(item);

/** Whether the line from `index` ends a line of the text, with no call or joining in it. */
export function quietRow(items: readonly Item[], index: number): boolean {
  for (let k = index; k < items.length; k++) {
    const item = items[k];
    if (item.kind === 'break' && item.line === true) return true;
    if (endsSentence(item)) return false;
    if (kindOf(item) === 'call' || kindOf(item) === 'callType' || (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join')) return false;
  }
  return false;
}

/** Whether the line from `index` to its end states where or how someone is, or how they are homed. */
export function lineStates(items: readonly Item[], index: number): boolean {
  for (let k = index; k < items.length && !endsSentence(items[k]); k++) if (isStatement(items[k])) return true;
  return false;
}

/** Whether the items from `start` to `end` call "you" ("打給妳", "Skype 你"). */
export function callsYou(items: readonly Item[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (kindOf(items[k]) === 'call' && YOU.has(surfaceOf(items[nextIndex(items, k, isFiller)]) ?? '')) return true;
  return false;
}

/**
 * "打給樓下的財務", "calls the site manager": a call word a few words before, with only words the vocabulary does not
 * know between (no name, no function word).
 */
export function calledPast(items: readonly Item[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - CALL_REACH; k--) {
    const item = items[k];
    // "打外線回局裡總機": a word for a phone call reaches the one called too.
    if (kindOf(item) === 'call' || isPstn(item)) return true;
    const unknown = item.kind === 'word' && (item.script === 'han' || (item.name !== true && !isFunctionWord(item.key)));
    if (!(isFiller(item) || isStatement(item) || unknown)) return false;
  }
  return false;
}

export function describesCall(items: readonly Item[]): boolean {
  return items.some((item) => kindOf(item) === 'call' || (item.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'peerToPeer'));
}

/**
 * "Fred 加入的訊號和媒體", "Queena 撥外線的路徑": right after someone, their own joining or call, "的", then traffic or
 * a path: the traffic of their part in the call, their side.
 */
export function ownCallsTraffic(items: readonly Item[], verb: number): boolean {
  const item = items[verb];
  const acts = kindOf(item) === 'call' || (item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join');
  if (!acts || surfaceOf(items[verb + 1]) !== '的') return false;
  return namesTraffic(items[verb + 2]);
}

/** Whether `item` names traffic or a path ("media", "signaling", "path", 「路徑」): what someone's side is asked by. */
export function namesTraffic(item: Item | undefined): boolean {
  return kindOf(item) === 'traffic' || kindOf(item) === 'path' || (kindOf(item) === 'cue' && PATH_NOUNS.has(surfaceOf(item) ?? ''));
}

/** Concepts a thing of the network is read as ("NAT blocks", "firewall", "UDP"), which a side word may qualify. */
const THING_KINDS: ReadonlySet<string> = new Set(['firewall', 'term']);
const THING_CUES: ReadonlySet<string> = new Set(['firewall', 'block', 'allow', 'direct', 'task']);

/**
 * "the client-side firewall blocks the direct path", "server side logs", "customer side router": a bare side word
 * ("side", not "'s side") right before a thing it qualifies names where the thing sits, not the side of the call
 * asked about.
 */
export function qualifiesThing(items: readonly Item[], side: number): boolean {
  if (surfaceOf(items[side]) !== 'side') return false;
  const next = items[side + 1];
  if (next?.kind === 'word') return next.name !== true && !isFunctionWord(next.key);
  if (next?.kind !== 'mention') return false;
  return THING_KINDS.has(next.concept.kind) || (next.concept.kind === 'cue' && THING_CUES.has(next.concept.cue));
}

/** Auxiliaries a question puts before its subject ("which path does Min-jun take", "how will Ji-woo join"). */
const INVERTED_AUXILIARIES: ReadonlySet<string> = new Set(['does', 'do', 'did', 'will', 'would', 'should']);
/** Words before such an auxiliary that ask a way ("which path", "what route", "which way", "how"). */
const WAY_WORDS: ReadonlySet<string> = new Set([...PATH_NOUNS, 'way']);
/**
 * Verbs after the subject that ask how it travels or connects ("take", "go", "use", "connect", "join"), or which way it
 * is given ("what path does she get"), as matching keys.
 */
const TRAVEL_VERBS: ReadonlySet<string> = new Set(['take', 'go', 'use', 'connect', 'travel', 'join', 'reach', 'rout', 'route', 'flow', 'get']);

/**
 * "Which path does Min-jun take?", "How does Neha connect?", "What route would the callee use?": the subject of a
 * question that asks a way, between its auxiliary (`index` the subject's first word, `end()` its last) and a verb of
 * travelling, is the one asked about. `end` is asked only once the auxiliary and the question before it are found
 * (most people are named in no such question), as finding where a name ends walks its later words.
 */
export function askedAsSubject(items: readonly Item[], index: number, end: () => number): boolean {
  // "what path did my stuff take": only "the" may stand before the subject; what someone owns is no one asked about.
  const aux = surfaceOf(items[index - 1]) === 'the' ? index - 2 : index - 1;
  if (!INVERTED_AUXILIARIES.has(surfaceOf(items[aux]) ?? '')) return false;
  const opener = items[aux - 1];
  if (opener === undefined || !(isQuestion(opener) || WAY_WORDS.has(surfaceOf(opener) ?? ''))) return false;
  return TRAVEL_VERBS.has(surfaceOf(items[end() + 1]) ?? '');
}

/** Whether the sentence of `index` asks about traffic or a path. */
export function sentenceAsks(items: readonly Item[], index: number, asking: (item: Item) => boolean = asks): boolean {
  for (const step of [-1, 1]) {
    for (let k = index; k >= 0 && k < items.length && !endsSentence(items[k]); k += step) if (asking(items[k])) return true;
  }
  return false;
}

/**
 * "..., not Anna's", "not for me", "I don't care about my side": someone's side set aside, which the question is
 * not about.
 */
export function setAside(items: readonly Item[], index: number): boolean {
  const k = previousIndex(items, index, (x) => isFiller(x) || ABOUT_WORDS.has(surfaceOf(x) ?? '') || FOR_WORDS.has(surfaceOf(x) ?? ''));
  const before = items[k];
  if (surfaceOf(before) === 'care') return kindOf(items[previousIndex(items, k, isFiller)]) === 'negation';
  // "not" opening its clause ("..., not Anna's", "but not mine"); "why doesn't her traffic ..." asks about her.
  const opener = items[k - 1];
  return surfaceOf(before) === 'not' && (opener === undefined || opener.kind === 'break' || BUT_WORDS.has(surfaceOf(opener) ?? ''));
}

/** "the on-prem pool for some users", "hybrid for most people": a part of the organization, not whom the question is about. */
export function quantified(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (QUANTIFIERS.has(surfaceOf(items[k]) ?? '')) return true;
  return false;
}

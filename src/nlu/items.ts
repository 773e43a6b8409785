// Small questions about the analyzer's items that the rules of who-is-who ask again and again.
import type { Item, Mention } from './analyzer';
import type { Concept, MarkerKind } from './concepts';
import { isFunctionWord } from './english';

/**
 * `compute` remembered for the last item list it was asked of. Every stage of one message reads the same list (slots,
 * topics and parties ask again of it), and a message's items are never changed once analyzed, so one slot is enough:
 * it costs a comparison, where a WeakMap cost a hash of the list on every message.
 */
export function perItems<T>(compute: (items: readonly Item[]) => T): (items: readonly Item[]) => T {
  let last: readonly Item[] | undefined;
  let value: T;
  return (items) => {
    if (items !== last) {
      value = compute(items);
      last = items;
    }
    return value;
  };
}

export const kindOf = (item: Item | undefined): Concept['kind'] | undefined => (item?.kind === 'mention' ? item.concept.kind : undefined);

export function isMarker(item: Item | undefined, marker: MarkerKind): boolean {
  return item?.kind === 'mention' && item.concept.kind === 'marker' && item.concept.marker === marker;
}

export const isFiller = (item: Item | undefined): boolean => kindOf(item) === 'filler';

/** The Cloud Connector deployment named ("CCE", "Cloud Connector Edition", 「雲端連接器」). */
export const isCloudConnector = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'deployment' && item.concept.value === 'cloudConnector';

/** Words that set what follows against what came before ("in the office but on my hotspot", 「在辦公室但是用手機熱點」). */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'however', 'though', '但', '但是', '可是', '不過']);
/** A word written as a name (capitalized where a sentence does not start, not a known word): "Funmi", "Grace". */
export const isNameWord = (item: Item | undefined): boolean => item?.kind === 'word' && item.name === true;

/** Words for talking over video or voice ("跟我視訊", "a video with her"): the call itself, not its traffic. */
const CALLING_MEDIA: ReadonlySet<string> = new Set(['視訊', '視頻', '語音', 'video', 'voice']);

export const isCallingMedia = (item: Item | undefined): boolean => kindOf(item) === 'traffic' && CALLING_MEDIA.has(surfaceOf(item) ?? '');

/** The possessive "'s" or "的" ("the CFO's meeting", "主管的會議"), or its written form "之" ("未連線 VPN 之王經理"). */
export function isPossessive(item: Item | undefined): boolean {
  return isFiller(item) && item?.kind === 'mention' && (item.surface === "'s" || item.surface === '的' || item.surface === '之');
}

/** How many words the vocabulary does not know may describe a title ("ICU 的專科護理師", "總部的資深工程師"). */
const TITLE_WORDS = 2;

/** A word that may describe a title: one the vocabulary does not know ("專 科"), or carries nothing for ("值班"). */
const describesTitle = (item: Item | undefined): boolean => item?.kind === 'word' || (isFiller(item) && !isPossessive(item));

/** The index of the title a description starting at `index` names, past words that describe it ("專 科", "值班"). */
export function titleAt(items: readonly Item[], index: number): number {
  let k = index;
  while (k < index + TITLE_WORDS && describesTitle(items[k])) k++;
  return k;
}

/** The index of the "的" (or other item) before a title at `index`, past words that describe it ("ICU 的專科護理師"). */
export function beforeTitle(items: readonly Item[], index: number): number {
  let k = index - 1;
  while (k >= index - TITLE_WORDS && describesTitle(items[k])) k--;
  return k;
}

export function endsClause(item: Item): boolean {
  return item.kind === 'break' || kindOf(item) === 'boundary';
}

export function endsSentence(item: Item): boolean {
  return item.kind === 'break' && item.strong;
}

/** A colon, as after a field's label ("User: Pablo") or a chat line's writer. */
export const isColon = (item: Item | undefined): boolean => item?.kind === 'break' && item.colon === true;

export function surfaceOf(item: Item | undefined): string | undefined {
  if (item?.kind === 'word') return item.key;
  return item?.kind === 'mention' ? item.surface : undefined;
}

/**
 * The items with each span `spanEnd` finds made one mention: the one that ends it, written as the whole span ("機場" +
 * "辦公室" as the office at the airport). `spanEnd` gives the index of a span's last item, a mention, or -1 where none
 * starts.
 */
export function joinedSpans(items: readonly Item[], spanEnd: (items: readonly Item[], start: number) => number): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const end = spanEnd(items, i);
    if (end < 0) {
      out.push(items[i]);
      continue;
    }
    out.push({ ...(items[end] as Mention), surface: items.slice(i, end + 1).map(surfaceOf).join('') });
    i = end;
  }
  return out;
}

/** The index of the first item after `index` that `skip` does not pass over (items.length when none). */
export function nextIndex(items: readonly Item[], index: number, skip: (item: Item, index: number) => boolean): number {
  let j = index + 1;
  while (j < items.length && skip(items[j], j)) j++;
  return j;
}

/** The index of the first item before `index` that `skip` does not pass over (-1 when none). */
export function previousIndex(items: readonly Item[], index: number, skip: (item: Item, index: number) => boolean): number {
  let j = index - 1;
  while (j >= 0 && skip(items[j], j)) j--;
  return j;
}

/** The first index of the clause `index` is in. */
export function clauseStart(items: readonly Item[], index: number): number {
  let start = index;
  while (start > 0 && !endsClause(items[start - 1])) start--;
  return start;
}

/** The end (exclusive) of the clause `index` is in. */
export function clauseEnd(items: readonly Item[], index: number): number {
  let end = index;
  while (end < items.length && !endsClause(items[end])) end++;
  return end;
}

/** The index of the break that ends the sentence of `index`, or the text's length when none does. */
export function sentenceEnd(items: readonly Item[], index: number): number {
  let end = index;
  while (end < items.length && !endsSentence(items[end])) end++;
  return end;
}

/** The index where the sentence of `index` starts. */
export function sentenceStart(items: readonly Item[], index: number): number {
  let start = index;
  while (start > 0 && !endsSentence(items[start - 1])) start--;
  return start;
}

/** What names a call or a meeting: a call word, a call type, someone's meeting ("calls", "1:1", "開的會議"). */
const CALL_KINDS: ReadonlySet<string> = new Set(['call', 'callType', 'hostedMeeting']);
export const namesCall = (item: Item): boolean => CALL_KINDS.has(kindOf(item) ?? '');
/** A call or a meeting named, or joining one ("joins"). */
export const namesCallOrJoining = (item: Item): boolean => namesCall(item) || (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join');

/** How many words of its own a place may have before what goes on about it ("the kitchen table at home", "the gate at Heathrow T5"). */
const PLACE_OWN_WORDS = 3;
const MOTION_WORDS: ReadonlySet<string> = new Set(['from', 'to', 'into', 'toward', 'towards']);

/**
 * The place that the place at `index` goes on from, or -1: the one right before it, past fillers, at most one pause
 * (a comma, a dash, an opening bracket or the end of a sentence: "at HQ, on the guest wifi", "in Lisbon. No VPN.")
 * and the earlier place's own words ("the kitchen table at home", "the departure gate at Heathrow"), with nobody
 * `named` among them.
 */
export function placeGoneOn(items: readonly Item[], index: number, named: (k: number) => boolean): number {
  let k = previousIndex(items, index, isFiller);
  const pause = items[k];
  if (pause?.kind === 'break') {
    if (pause.paren === 'close' || pause.quote || pause.list) return -1;
    k = previousIndex(items, k, isFiller);
  }
  // Not past where a call comes from or goes to: "rings Sam at HQ from the gate".
  for (let words = 0; items[k]?.kind === 'word' && !named(k) && !MOTION_WORDS.has(surfaceOf(items[k]) ?? '') && words < PLACE_OWN_WORDS; words++) k = previousIndex(items, k, isFiller);
  const place = items[k];
  return place?.kind === 'mention' && place.concept.kind === 'place' && place.concept.value !== 'federated' ? k : -1;
}

/**
 * Pairs of surfaces (or keys: "sorri" is "sorry") by which a writer takes back what they just wrote ("no wait", "scratch
 * that", "no sorry", "from the office... sorry, I meant from the lounge").
 */
export const CORRECTION_PAIRS: readonly (readonly [string, string])[] = [
  ['no', 'wait'],
  ['sorri', 'i meant'],
  ['wait', 'no'],
  ['scratch', 'that'],
  ['actually', 'no'],
  ['my', 'bad'],
  ['no', 'sorri'],
  ['不對', '不對'],
];
/**
 * Words of a guess, as keys ("may", "might", "maybe", "perhaps", "possibly", 「可能」「也許」「或許」): the one list each
 * reader of guesses starts from (placesInDoubt.ts GUESSES, supposed.ts GUESSED, turnedBeliefs.ts GUESSES), adding
 * the words that hedge what it reads and only that.
 */
export const GUESS_WORDS: readonly string[] = ['可能', '也許', '或許', 'may', 'might', 'mayb', 'perhap', 'possibl'];
/** Words that join two alternatives ("or", "還是"), as surfaces or keys. */
export const EITHER_WORDS: ReadonlySet<string> = new Set(['or', '還是', '或', '或是', '或者']);
/** What follows a negation to say the writer does not know ("不知道", "不確定", "not sure"), or has not asked ("I didn't ask", 「沒問」). */
export const KNOW_WORDS: ReadonlySet<string> = new Set(['知道', '確定', '清楚', '曉得', '記得', '確認', '問', '問過', 'sure', 'know', 'certain', 'rememb', 'remember', 'ask']);
/** Words that take back what came before on their own ("Correction:", "更正：", "啊不對，"). */
export const CORRECTION_WORDS: ReadonlySet<string> = new Set(['correction', '更正', '說錯', '講錯', '搞錯', '不對']);

/** Interjections a writer opens a correction with ("喔不是，", "啊不是——"). */
const CORRECTION_INTERJECTIONS: ReadonlySet<string> = new Set(['喔', '啊', '阿', '呃', '欸', '噢', '哦']);

/**
 * Whether the item at `index` is "不是" taking back what was just written: right after an interjection, right before
 * a pause, and the writer says again who or where ("我在公司——喔不是，我這週在家", "喔不是，他在家"; a dash or dots
 * leave no pause of their own). "不是" alone is only "is not" ("喔不是在公司喔": no pause after it), and what is said
 * again may be only a part of what came before ("我在家連 VPN……啊不是，VPN 斷了": the home stays), so nothing looser.
 */
export function interjectedNo(items: readonly Item[], index: number): boolean {
  if (surfaceOf(items[index]) !== '不是' || items[index + 1]?.kind !== 'break' || !CORRECTION_INTERJECTIONS.has(surfaceOf(items[index - 1]) ?? '')) return false;
  // "啊不是，小張今天請假在家": a name said again is someone too.
  const again = items[nextIndex(items, index + 1, isFiller)];
  return kindOf(again) === 'party' || kindOf(again) === 'place' || isNameWord(again);
}

/** Whether the words right before `index` (past pauses) take back what came before ("..., no wait, she", "Correction: he"). */
export function takenBackBefore(items: readonly Item[], index: number): boolean {
  const last = previousIndex(items, index, (item) => item.kind === 'break');
  const surface = surfaceOf(items[last]) ?? '';
  // "wait, no, she": a pause inside the pair too.
  const before = surfaceOf(items[previousIndex(items, last, (item) => item.kind === 'break' && !item.strong)]);
  // "這樣對不對？他…": "不對" after "對" asks, it takes nothing back.
  const alone = CORRECTION_WORDS.has(surface) && !(surface === '不對' && surfaceOf(items[last - 1]) === '對');
  // "…——啊不是，他今天請假在家": an interjected "不是" takes back too.
  return alone || interjectedNo(items, last) || CORRECTION_PAIRS.some(([first, second]) => second === surface && before === first);
}

/** An English word the vocabulary does not know, no name nor function word: one that may describe a noun. */
export const isDescribingWord = (item: Item | undefined): boolean => item?.kind === 'word' && item.script === 'latin' && item.name !== true && !isFunctionWord(item.key);

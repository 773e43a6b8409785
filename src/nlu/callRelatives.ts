// Someone described by their part in the call with the speaker: "the person I'm calling", "the guy I rang", "the one
// who called me", "打來的那個人", "打給我的人", "我要打的那位": the other party of the call. The speaker's word inside
// the description ("I", "me", "我") is part of it, not the speaker said to be somewhere: "the person I'm calling is at
// home" puts the one called at home, not "I".
import type { Item } from './analyzer';
import { isPossessive, kindOf, previousIndex, surfaceOf } from './items';

export interface CallRelatives {
  /** The person words so described: the other party. */
  heads: Set<number>;
  /** The speaker's words inside the descriptions: nobody of their own. */
  inner: Set<number>;
}

/** Relative pronouns an English description may start with ("the one who called me", "the colleague that I ring"). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'that']);
/** The speaker as the subject of a description ("the person I call", "the colleague we ring"). */
const SPEAKER_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we']);
/** The speaker as the one called ("the person calling me", "who rang us"). */
const SPEAKER_OBJECTS: ReadonlySet<string> = new Set(['me', 'us']);
/** Words between the speaker and the call word, as keys ("I'm calling", "I was going to ring", "I keep calling"). */
const VERB_HELPERS: ReadonlySet<string> = new Set(['am', 'is', 'are', 'was', 'were', 'will', 'would', 'have', 'has', 'had', 'ha', 'just', 'need', 'want', 'to', 'go', 'going', 'keep', 'usual', 'usually', 'often', 'alwai', 'always', 'tri', 'try', 'trying', 'about', 'plan', 'also']);
/** How many such words may stand there. */
const HELPER_REACH = 3;
/** The English words for one person that a description may follow ("the one I'm calling"). */
const ONE_WORDS: ReadonlySet<string> = new Set(['one']);

/** The bare Chinese verbs of calling, plain words the vocabulary leaves unread ("我要打的", 「在家打呢」). */
export const BARE_CALL_VERBS: ReadonlySet<string> = new Set(['打', '撥']);
/** Chinese call words written as plain words ("我要打的那個人", "打來的人", "撥來的"). */
const CHINESE_CALL_WORDS: ReadonlySet<string> = new Set([...BARE_CALL_VERBS, '打來', '撥來', '來']);
/** Chinese words between "的" and the person ("的那個人", "的那位同事"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['那個', '那位', '這個', '這位', '那', '這', '位', '個']);
/** Chinese words between the speaker and the call word ("我要打的", "我剛剛打給的"). */
const CHINESE_HELPERS: ReadonlySet<string> = new Set(['要', '會', '想', '剛', '剛剛', '剛才', '等下', '等一下', '正在', '在']);
/** "我的" read as one filler ("打給我的人"): the speaker called. */
const MY = '我的';

const isSpeaker = (item: Item | undefined, words: ReadonlySet<string>): boolean =>
  item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'user' && words.has(item.surface);

/** A word for someone other than the speaker: a role noun, a word for the other party, "the one". */
function isHead(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind === 'mention' && item.concept.kind === 'party') return item.concept.role === 'generic' || item.concept.role === 'peer';
  return ONE_WORDS.has(surfaceOf(item) ?? '') && surfaceOf(items[index - 1]) === 'the';
}

/** The index past the helper words from `index` on. */
function pastHelpers(items: readonly Item[], index: number, helpers: ReadonlySet<string>): number {
  let k = index;
  while (k < items.length && k < index + HELPER_REACH && (helpers.has(surfaceOf(items[k]) ?? '') || kindOf(items[k]) === 'marker')) k++;
  return k;
}

const isCall = (item: Item | undefined): boolean => kindOf(item) === 'call';

/** "the person I'm calling", "the one who called me": the speaker's word inside, or undefined when `head` is not so described. */
function englishDescription(items: readonly Item[], head: number): number | undefined {
  const relative = RELATIVES.has(surfaceOf(items[head + 1]) ?? '');
  const j = relative ? head + 2 : head + 1;
  // "the colleague I'm calling": the speaker, helpers, the call word.
  if (isSpeaker(items[j], SPEAKER_SUBJECTS) && isCall(items[pastHelpers(items, j + 1, VERB_HELPERS)])) return j;
  // "the person calling me", "the one who was calling me" (without "who", "the CFO is calling me" is a sentence of its own).
  const call = relative ? pastHelpers(items, j, VERB_HELPERS) : j;
  return isCall(items[call]) && isSpeaker(items[call + 1], SPEAKER_OBJECTS) ? call + 1 : undefined;
}

/** "打來的那個人", "打給我的人", "我要打的那位": the speaker's words inside (none when the speaker is not named), or undefined. */
function chineseDescription(items: readonly Item[], head: number): number[] | undefined {
  const of = previousIndex(items, head, (item) => DEMONSTRATIVES.has(surfaceOf(item) ?? ''));
  const ofWord = surfaceOf(items[of]);
  if (!(isPossessive(items[of]) && ofWord === '的') && ofWord !== MY) return undefined;
  let call = of - 1;
  const inner: number[] = [];
  // "打給我的人": the speaker called, right before "的".
  if (ofWord !== MY && isSpeaker(items[call], new Set(['我']))) inner.push(call--);
  const callWord = items[call];
  if (!(isCall(callWord) || (callWord?.kind === 'word' && CHINESE_CALL_WORDS.has(callWord.key)))) return undefined;
  // "打來": the call word before "來".
  if (surfaceOf(callWord) === '來' && !(items[call - 1]?.kind === 'word' && CHINESE_CALL_WORDS.has(surfaceOf(items[call - 1]) ?? ''))) return undefined;
  // "我要打的", "我剛剛打給的": the speaker who calls.
  let k = call - 1;
  while (k >= 0 && k >= call - HELPER_REACH && CHINESE_HELPERS.has(surfaceOf(items[k]) ?? '')) k--;
  if (isSpeaker(items[k], new Set(['我']))) inner.push(k);
  return inner;
}

export function callRelatives(items: readonly Item[]): CallRelatives {
  const found: CallRelatives = { heads: new Set(), inner: new Set() };
  items.forEach((_item, index) => {
    if (!isHead(items, index)) return;
    const english = englishDescription(items, index);
    const inner = english !== undefined ? [english] : chineseDescription(items, index);
    if (inner === undefined) return;
    found.heads.add(index);
    for (const k of inner) found.inner.add(k);
  });
  return found;
}

// "Who decides where a meeting is hosted?", 「會議是辦在雲端還是辦在我們機房，是誰決定的？」: a question that asks what
// decides a fact asks how the fact is set, not about a call. The fact is what it asks about, and the values it offers
// as alternatives ("in the cloud or in our datacenter", "雲端還是機房") are what it weighs: neither is said of a call.
// Weighing them is asking it too: 「會議是辦在雲端還是辦在我們機房？」 asks where meetings are hosted, and 「是看參加的人
// 在哪，還是看誰發的會議」 what it goes by.
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, EITHER_WORDS, sentenceEnd, isFiller, isNameWord, kindOf, sentenceStart, surfaceOf } from './items';

/** The asking words that ask what decides ("who decides", "what determines", "does it depend on", "是誰決定", "怎麼決定"), as written. */
const DECIDING = /decid|determin|depend|決定/;


/** The word that opens one alternative and leaves the other unsaid ("whether I'm on the VPN"). */
const WHETHER = 'whether';

/** What says where someone or something is, is homed or hosted, or how we are deployed: the facts one weighs. */
const WHERE_KINDS: ReadonlySet<string> = new Set(['homed', 'datacenter', 'place', 'sharedPlace', 'company', 'deployment', 'deploymentHint', 'vpn']);

/** Whether the item asks what decides something. */
export const isDeciding = (item: Item | undefined): boolean =>
  item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'explain' && DECIDING.test(item.surface);

/** Verbs of choosing, as keys ("decide", "determines", "choose", "picks"). */
const CHOOSING = /^(?:decid|determin|choos|chose|pick)/;
/** The openings of a question about how something works ("how does", "how do"). */
const HOW_DOES: ReadonlySet<string> = new Set(['does', 'do']);

/**
 * "How does a Skype client decide whether peer-to-peer media goes direct or through an Edge server?", "how does the
 * client pick which path": how a thing chooses is the mechanism asked about, not a call. Asked of a person ("how do I
 * decide whether to call from home", "how does Ken decide") it is their choice, and stays a question about a call.
 */
function choosesHow(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item?.kind !== 'word' || !CHOOSING.test(item.key)) return false;
  const opening = items.slice(sentenceStart(items, index), index).filter((x) => !isFiller(x));
  if (surfaceOf(opening[0]) !== 'how' || !HOW_DOES.has(surfaceOf(opening[1]) ?? '')) return false;
  const chooser = opening.slice(2);
  return chooser.length > 0 && !chooser.some((x) => isNameWord(x) || (x.kind === 'mention' && x.concept.kind === 'party' && x.concept.role !== 'generic'));
}

/** What says where a meeting is hosted: a homing ("辦在雲端", "in the cloud") or our own servers ("我們機房"). */
const HOSTING_KINDS: ReadonlySet<string> = new Set(['homed', 'datacenter']);

/** A meeting named ("會議", "the meeting") or someone's meeting ("'s meeting", "開的會"). */
export const namesMeeting = (item: Item): boolean =>
  item.kind === 'mention' && (item.concept.kind === 'hostedMeeting' || (item.concept.kind === 'callType' && item.concept.value === 'conference'));

/** The sentence of `index`, as [start, end): end is its closing break or the end of the text. */
function sentenceOf(items: readonly Item[], index: number): [number, number] {
  return [sentenceStart(items, index), sentenceEnd(items, index)];
}

const some = (items: readonly Item[], [from, to]: readonly [number, number], test: (item: Item) => boolean): boolean => items.slice(from, to).some(test);

/** Whether the sentence [start, end) asks: a question mark closes it, or a question word is in it ("is it ... or ..."). */
function asks(items: readonly Item[], [start, end]: readonly [number, number]): boolean {
  const closing = items[end];
  return (closing?.kind === 'break' && closing.question === true) || some(items, [start, end], (item) => item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'question');
}

/**
 * "會議是辦在雲端還是辦在我們機房？", "is the meeting hosted in the cloud or in our datacenter?": "or", "還是" at `index`
 * joining two places a meeting named in the question may be hosted, each in its own clause. (「會議辦在雲端，他帳號還是
 * 在地端」 says "still": nothing is weighed, the question asks nothing.)
 */
export function weighsHosting(items: readonly Item[], index: number): boolean {
  if (!EITHER_WORDS.has(surfaceOf(items[index]) ?? '') || index === 0) return false;
  const sentence = sentenceOf(items, index);
  const hosting = (item: Item) => HOSTING_KINDS.has(kindOf(item) ?? '');
  const before: [number, number] = [Math.max(sentence[0], clauseStart(items, index - 1)), index];
  const after: [number, number] = [index + 1, Math.min(sentence[1], clauseEnd(items, index + 1))];
  return some(items, before, hosting) && some(items, after, hosting) && some(items, sentence, namesMeeting) && asks(items, sentence);
}

/** Someone named: a person, a pronoun or a name ("Ana's meeting", "她的會議"); "我們" is the organization, "host" anyone's role. */
const namesSomeone = (item: Item): boolean =>
  isNameWord(item) || (item.kind === 'mention' && item.concept.kind === 'party' && !['party.all', 'party.organizer'].includes(item.id));

/** The word that says what a choice goes by when it opens each alternative (「是看 A，還是看 B」: "by A, or by B?"). */
const GOES_BY = '看';

/** 「是看參加的人在哪，還是看誰發的會議」: "還是", "或是" at `index` between two alternatives each opened by "看". */
function weighsWhatItGoesBy(items: readonly Item[], index: number): boolean {
  // 「還是看召集人」: the vocabulary may hold "看" with what it goes by as one phrase.
  const opens = (item: Item | undefined) => surfaceOf(item)?.startsWith(GOES_BY) === true;
  if (!EITHER_WORDS.has(surfaceOf(items[index]) ?? '') || !opens(items[index + 1])) return false;
  const [start] = sentenceOf(items, index);
  return items.slice(start, index).some(opens);
}

/**
 * Whether the item at `index` asks what decides a fact: a word of deciding, or alternatives weighed. A meeting of
 * someone's weighed ("is Ana's meeting hosted in the cloud or on-prem?") asks about that meeting: its alternatives are
 * still no facts (see withoutDecidedAlternatives), but the advisor asks who organized it rather than explaining.
 */
export function asksWhatDecides(items: readonly Item[], index: number): boolean {
  if (isDeciding(items[index]) || choosesHow(items, index) || weighsWhatItGoesBy(items, index)) return true;
  return weighsHosting(items, index) && !some(items, sentenceOf(items, index), namesSomeone);
}

/** Fillers and copulas that may open a sentence before what decides ("So who decides?", 「是誰決定的？」). */
const isLeading = (item: Item): boolean => item.kind === 'break' || ['filler', 'marker'].includes(kindOf(item) ?? '');

/**
 * The items a deciding question at `index` is about, as [start, end): its sentence, and the sentence before when it
 * opens with the question ("會議辦在雲端還是機房？是誰決定的？").
 */
export function decidedSpan(items: readonly Item[], index: number): [number, number] {
  let start = sentenceStart(items, index);
  const end = sentenceEnd(items, index);
  const opens = items.slice(start, index).every(isLeading);
  if (opens && start > 0) start = sentenceStart(items, start - 1);
  return [start, end];
}

/**
 * The items with each fact offered as an alternative in a deciding question (in the clause before or after "or",
 * "還是") turned into a plain word: the same indexes, nothing stated. The items themselves when there is none.
 */
export function withoutDecidedAlternatives(items: readonly Item[]): readonly Item[] {
  const offered = new Set<number>();
  items.forEach((item, index) => {
    if (!isDeciding(item) && !choosesHow(items, index) && !weighsHosting(items, index) && !weighsWhatItGoesBy(items, index)) return;
    const [start, end] = decidedSpan(items, index);
    for (let e = start; e < end; e++) {
      // "does it depend on whether I'm on the VPN?": what "whether" opens is weighed too, not said.
      const whether = surfaceOf(items[e]) === WHETHER;
      if (!EITHER_WORDS.has(surfaceOf(items[e]) ?? '') && !whether) continue;
      const from = e > start && !whether ? Math.max(start, clauseStart(items, e - 1)) : e;
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

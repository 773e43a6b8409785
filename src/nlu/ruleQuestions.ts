// A rule asked as a yes or no question: "Does a federated call ever go over ExpressRoute?", "is a meeting always hosted
// where its organizer is homed?", 「同盟通話會不會走 ExpressRoute？」, 「會議是不是都在召集人帳號所在的地方託管？」. It names
// facts of a call (federation, a meeting, a homing) but of nobody in particular: no one is placed anywhere, no one is
// named, and what is asked is whether something holds every time. The answer is the principle, not a path for a call
// nobody made, and asking back where "you" are would answer a question nobody asked. So is a why asked of such a rule,
// true or not ("Why would federated calls never use ExpressRoute? Someone on my team claimed that", 「為什麼同盟通話永遠
// 不走 ExpressRoute？」, round 34 en50-61, zh50-61): the explanation says what the article says, which answers the claim.
import type { Item } from './analyzer';
import { ANYONE } from './anyone';
import { endsSentence, perItems, sentenceStart, surfaceOf } from './items';

/** Words that open an English yes/no question. */
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['do', 'does', 'is', 'are', 'will', 'would', 'can', 'could', 'should', 'is it']);
/** Words that ask why: a why asked of what holds every time asks for the rule's reason ("why would ... never ..."). */
const WHY_WORDS: ReadonlySet<string> = new Set(['why', 'how come', '為什麼', '为什么', '為何', '为何', '怎麼會', '怎么会']);
/** Words that open a question asking what, not whether ("where does it go?"). */
const WH_WORDS: ReadonlySet<string> = new Set(['where', 'how', 'what', 'which', 'who', 'why', 'when', 'whose', 'what path', 'which path', 'which way', 'what way', 'what route', 'which route']);
const LATIN = /^[a-z]/;
/** What asks, in Chinese, whether something holds: a particle at the end or "會不會", "是不是" in the sentence. */
const CHINESE_YES_NO: ReadonlySet<string> = new Set(['嗎', '吗', '會不會', '会不会', '是不是', '是否', '是否會', '有沒有']);
/** Words that make a question about every such call ("ever", "always", 「一定」「都」): the rule, not a case of it. */
const GENERAL_WORDS: ReadonlySet<string> = new Set([
  'always', 'ever', 'never', 'every', 'whenever', 'generally', 'in general', 'by default', 'as a rule', 'regardless', 'no matter',
  '一定', '總是', '永遠', '一律', '都', '通常', '一般', '不管', '無論', '任何', '每次',
]);
/** "會不會": asked of a kind of call that opens the sentence ("同盟通話會不會走 ER"), whether it happens at all is the rule. */
const ASKS_WHETHER: ReadonlySet<string> = new Set(['會不會', '会不会', '是否會']);
/** What a sentence asking a rule of a kind of call opens with: the kind ("同盟通話", "會議", "PSTN 通話"). */
const KINDS_OF_CALL: ReadonlySet<string> = new Set(['place', 'call', 'callType', 'company']);
/** People words that name nobody in particular: the role a rule speaks of ("its organizer", "everyone"). */
const ANYONE_ROLES: ReadonlySet<string> = new Set(['organizer', 'all']);
/** Concepts that put someone somewhere or name them: then the question is about that call. */
const SOMEONE_KINDS: ReadonlySet<string> = new Set(['sharedPlace', 'vpn']);
/** Concepts that state a fact of a call: beside them the writer speaks of their own call ("I'm Online, do I always ..."). */
const FACT_KINDS: ReadonlySet<string> = new Set(['place', 'sharedPlace', 'vpn', 'homed', 'deployment', 'callType', 'call', 'company', 'path', 'traffic', 'firewall']);

const firstWord = (items: readonly Item[], start: number, end: number): Item | undefined =>
  items.slice(start, end).find((item) => item.kind === 'word' || (item.kind === 'mention' && item.concept.kind !== 'filler' && item.concept.kind !== 'boundary'));

/**
 * Whether the person at `index` only asks, or told the writer ("I'd like the reasoning", "A colleague told me so",
 * 「我同事說的」): their sentence states no fact of a call, so they are in no call the rule is asked of.
 */
function inNoCall(items: readonly Item[], index: number): boolean {
  for (let k = sentenceStart(items, index); k < items.length; k++) {
    const item = items[k];
    if (item.kind === 'mention' && FACT_KINDS.has(item.concept.kind)) return false;
    if (endsSentence(item)) break;
  }
  return true;
}

/** Whether the text tells of someone in particular: a name, a person other than anyone, or a place someone is in. */
function namesSomeone(items: readonly Item[]): boolean {
  return items.some((item, index) => {
    if (item.kind === 'word') return item.name === true;
    if (item.kind !== 'mention') return false;
    const { concept } = item;
    if (concept.kind === 'party' && inNoCall(items, index)) return false;
    if (concept.kind === 'party') return !ANYONE_ROLES.has(concept.role) && !(concept.role === 'generic' && ANYONE.has(item.surface));
    if (concept.kind === 'place') return concept.value !== 'federated';
    return SOMEONE_KINDS.has(concept.kind);
  });
}

/** Whether the sentence from `start` to `end` (exclusive) asks, yes or no, whether something holds of every such call. */
function asksRuleIn(items: readonly Item[], start: number, end: number): boolean {
  const surfaces = items.slice(start, end).map(surfaceOf);
  const first = firstWord(items, start, end);
  const opener = surfaceOf(first);
  // "so meetings always follow the organizer?": a statement with a question mark asks whether it holds.
  const last = items[end - 1];
  const marked = last?.kind === 'break' && last.question === true && opener !== undefined && LATIN.test(opener) && !WH_WORDS.has(opener);
  const english = (opener !== undefined && YES_NO_OPENERS.has(opener)) || marked;
  const chinese = surfaces.some((surface) => surface !== undefined && CHINESE_YES_NO.has(surface));
  // "Why would federated calls never use ExpressRoute?": why a rule holds, asked of every such call.
  const why = surfaces.some((surface) => surface !== undefined && WHY_WORDS.has(surface));
  if (why) return surfaces.some((surface) => surface !== undefined && saysEveryTime(surface));
  if (!english && !chinese) return false;
  const ofAKind = first?.kind === 'mention' && KINDS_OF_CALL.has(first.concept.kind) && surfaces.some((surface) => surface !== undefined && ASKS_WHETHER.has(surface));
  return ofAKind || surfaces.some((surface) => surface !== undefined && saysEveryTime(surface));
}

/** Whether a word or phrase says every time: "always", or a phrase holding it ("always go over the internet", 「一定走網際網路」). */
function saysEveryTime(surface: string): boolean {
  if (GENERAL_WORDS.has(surface)) return true;
  return LATIN.test(surface) ? surface.split(' ').some((word) => GENERAL_WORDS.has(word)) : CHINESE_EVERY_TIME.test(surface);
}
/** The Chinese words of every time that a longer phrase may hold ("都" is left out: 「首都」 holds it too). */
const CHINESE_EVERY_TIME = /一定|總是|永遠|一律/;

/**
 * The span [start, end) of the first sentence that asks a rule, when the text tells of nobody in particular. Read once
 * per message: the topic and the intent both ask it.
 */
export const ruleSentence: (items: readonly Item[]) => readonly [number, number] | undefined = perItems(findRuleSentence);

function findRuleSentence(items: readonly Item[]): readonly [number, number] | undefined {
  if (namesSomeone(items)) return undefined;
  let start = 0;
  for (let k = 0; k <= items.length; k++) {
    if (k < items.length && !endsSentence(items[k])) continue;
    if (asksRuleIn(items, start, k + 1)) return [start, k + 1];
    start = k + 1;
  }
  return undefined;
}

/** A why word, alone or as the analyzer's cue ("why do", 「為什麼」). */
const asksWhy = (item: Item): boolean => WHY_WORDS.has(surfaceOf(item) ?? '') || (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'why');

/**
 * Whether the rule asked is asked why ("Why would federated calls never use ExpressRoute?"), rather than whether it
 * holds ("so signaling never uses the Internet?", which may be asked of the answer on screen, with its path).
 */
export function asksWhyOfRule(items: readonly Item[]): boolean {
  const span = ruleSentence(items);
  return span !== undefined && items.slice(span[0], span[1]).some(asksWhy);
}

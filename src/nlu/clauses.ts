/**
 * The shape of a clause around a place or a person: its opening subject, a relative clause, an aside, what the writer
 * is, who manages or runs something, and an alternative offered ("X or Y").
 */
import type { Item } from './analyzer';
import { HOMING_VERBS, People, isHonorific } from './people';
import { surfaceOf, previousIndex, isFiller, isMarker, nextIndex, clauseStart, kindOf, isPossessive, endsSentence, isNameWord } from './items';
import { isStatement } from './statements';
import type { Anchor } from './anchors';
import { runsProduct } from './hostingShapes';
import { RELATIONS } from './titles';

export const WITH_WORDS: ReadonlySet<string> = new Set(['with', '跟', '和', '與']);
/** Words that offer another way in a question ("走 ER 還是直接出外網", "via ER or straight out"). */
export const OR_WORDS: ReadonlySet<string> = new Set(['還是', '或是', '或', 'or', '直接']);
/** Words that ask whether something is so ("會不會上雲", "有沒有上雲", "是不是在內網"). */
const WHETHER_WORDS: ReadonlySet<string> = new Set(['會不會', '有沒有', '是否', '是否會', '是不是', '要不要', '能不能']);
/** Verbs of going between the traffic or a word asking whether and where it goes ("會不會出去 cloud", "會跑到雲端嗎"). */
const GOING_WORDS: ReadonlySet<string> = new Set(['出', '去', '出去', '跑', '跑去', '到', '跑到', '繞', '繞到', '進', '進去']);
const isGoing = (item: Item): boolean => (isFiller(item) && !WHETHER_WORDS.has(surfaceOf(item) ?? '')) || (item.kind === 'word' && GOING_WORDS.has(item.key));
/** The particle that ends a yes-or-no question ("還會上雲嗎"). */
const ASKS = '嗎';
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whose', 'whom']);

/** Said of no party of the call. */
export const NOBODY = 'nobody';

/**
 * "副院長帳號在地端（本院 hybrid），週六在家": the organization said in an aside that has closed before `index` ("本院",
 * "our company") describes the deployment; a place after the aside goes on about the person before it.
 */
export function organizationAside(items: readonly Item[], anchor: Anchor, index: number): boolean {
  if (anchor.kind !== 'person' || anchor.role !== 'all' || !ORGANIZATION.test(surfaceOf(items[anchor.index]) ?? '')) return false;
  for (let k = anchor.index + 1; k < index; k++) {
    const item = items[k];
    if (item.kind === 'break' && (item.paren === 'close' || item.strong)) return item.paren === 'close';
  }
  return false;
}

/** Whether the item at `index` follows "是" said of the writer ("我們是", "我們公司是", "我是"). */
export function writerIs(items: readonly Item[], index: number): boolean {
  const copula = previousIndex(items, index, isFiller);
  if (!isMarker(items[copula], 'copula')) return false;
  const subject = items[previousIndex(items, copula, isFiller)];
  return subject?.kind === 'mention' && subject.concept.kind === 'party' && (subject.concept.role === 'user' || subject.concept.role === 'all');
}

/** Whether a place is said right after the person at `index` ("teammate at his desk", "Priya on the LAN"). */
export function placedRightAfter(items: readonly Item[], index: number): boolean {
  const next = items[nextIndex(items, index, isFiller)];
  return next?.kind === 'mention' && next.concept.kind === 'place' && next.concept.value !== 'federated';
}

export function isParen(items: readonly Item[], k: number, side: 'open' | 'close'): boolean {
  const item = items[k];
  return item?.kind === 'break' && item.paren === side;
}

export function isComma(items: readonly Item[], k: number): boolean {
  const item = items[k];
  return item?.kind === 'break' && !item.strong && item.paren === undefined && !item.quote;
}

/** Whether the place at `index` is the object of a verb of running it ("run the office", "look after the site"). */
export function managed(items: readonly Item[], index: number): boolean {
  const verb = previousIndex(items, index, isFiller);
  const word = surfaceOf(items[verb]) ?? '';
  // "in charge of the office", "look after the branch": the verb's last word and the one before it.
  const phrase = `${surfaceOf(items[previousIndex(items, verb, isFiller)]) ?? ''} ${word}`;
  return MANAGING.has(word) || MANAGING.has(phrase);
}

/**
 * Whether the item at `k` names another company as what its clause is about ("廠商是 Online 帳號", "供應商在他們公司"):
 * the company opens its clause and what follows it is said of it. `index` is the statement asking, not counted.
 */
export function companyTopic(items: readonly Item[], k: number, index: number): boolean {
  const item = items[k];
  if (item?.kind !== 'mention' || item.concept.kind !== 'company') return false;
  const opens = nextIndex(items, clauseStart(items, k) - 1, isFiller) === k;
  const said = nextIndex(items, k, isFiller);
  return opens && (said === index || isMarker(items[said], 'copula') || isStatement(items[said]));
}

/** Words that join the one before them to "我" as a pair ("Eric 和我都在家"). */
const PAIRED_BEFORE: ReadonlySet<string> = new Set(['和', '跟', '與']);

/**
 * "我都在公司", "我人都在辦公室": 都 after oneself alone says always, not both of two (a place both share comes after
 * a pair or a plural: "我們都在公司", "我跟同事都在公司").
 */
export function saidOfOneself(items: readonly Item[], index: number): boolean {
  let k = previousIndex(items, index, isFiller);
  if (surfaceOf(items[k]) === '人') k = previousIndex(items, k, isFiller);
  // "Eric 和我都在家": "我" as the second of a pair is both of them.
  return surfaceOf(items[k]) === '我' && !PAIRED_BEFORE.has(surfaceOf(items[previousIndex(items, k, isFiller)]) ?? '');
}

/**
 * "我在家沒 vpn 對方在公司": a Chinese verb phrase (在…, 沒…, 不…) right before a person, without "的", ends what is
 * said of the one before; it describes the person after only with "的" or "之" ("在家沒 VPN 的對方", "未連線 VPN 之王經理"),
 * or right after a call word or "with", where no one before it is its subject ("打給在家同事", "跟在家使用者 1:1").
 */
export function predicateBefore(items: readonly Item[], index: number, target: number): boolean {
  const surface = surfaceOf(items[index]) ?? '';
  const before = items[previousIndex(items, index, isFiller)];
  if (kindOf(before) === 'call' || WITH_WORDS.has(surfaceOf(before) ?? '')) return false;
  return /^[在從於沒不未]/.test(surface) && !items.slice(index + 1, target).some(isPossessive);
}

/**
 * Whether the place at `index` is a way a question offers for the traffic: right after "還是", "or" or "直接", with
 * traffic and a question about its way before it in the sentence ("media 會走 ER 還是直接出外網"), or right after a
 * word asking whether.
 */
export function offeredWay(items: readonly Item[], index: number): boolean {
  // "地端帳號打外線，會不會上雲", "信令有沒有上雲", "會不會出去 cloud": right after a word asking whether (and a verb of
  // going), what follows is asked, not said.
  if ([index - 1, previousIndex(items, index, isGoing)].some((k) => WHETHER_WORDS.has(surfaceOf(items[k]) ?? ''))) return true;
  const before = items[previousIndex(items, index, isFiller)];
  // "P2P 的 signaling 還會上雲嗎", "媒體也會出去 cloud 嗎": right after the traffic, asked with "嗎".
  if (kindOf(items[previousIndex(items, index, isGoing)]) === 'traffic' && surfaceOf(items[nextIndex(items, index, (x) => isFiller(x) && surfaceOf(x) !== ASKS)]) === ASKS) return true;
  // "signaling 會不會上雲": right after the question itself, too.
  const asking = before?.kind === 'mention' && before.concept.kind === 'cue' && before.concept.cue === 'question';
  if (!OR_WORDS.has(surfaceOf(before) ?? '') && !asking) return false;
  let traffic = false;
  let question = false;
  for (let k = index - 1; k >= 0 && !endsSentence(items[k]); k--) {
    const item = items[k];
    if (kindOf(item) === 'traffic') traffic = true;
    if (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'question') question = true;
  }
  return traffic && question;
}

/**
 * "the meeting is on-prem": only linking words between a meeting and a statement. Further away, a statement is
 * about a person ("an online meeting from home with an on-prem account" is the user's account).
 */
export function onlyLinks(items: readonly Item[], from: number, to: number): boolean {
  // "the meeting lives on our on-prem pool": said of a meeting, where it lives is where it is hosted.
  const lives = (item: Item) => isMarker(item, 'hosted') && HOMING_VERBS.has(surfaceOf(item) ?? '');
  return items.slice(from + 1, to).every((item) => isFiller(item) || isMarker(item, 'copula') || kindOf(item) === 'negation' || lives(item));
}

/**
 * The person named right before "runs" and the product at `index` ("Contoso runs Skype Online"), if any; NOBODY
 * for an organization named by a word alone ("Northwind runs Skype for Business Server"): no party of the call.
 */
export function productRunner(items: readonly Item[], people: People, index: number): Anchor | typeof NOBODY | undefined {
  // "runs Lync on-prem": the product may be said in more than one mention.
  let verb = index - 1;
  while (verb > 0 && ['homed', 'deploymentHint'].includes(kindOf(items[verb]) ?? '')) verb--;
  if (verb < 0 || !runsProduct(items, verb)) return undefined;
  // "Priya (runs SfB Online)": past the bracket that opens an aside.
  const at = previousIndex(items, verb, (x) => isFiller(x) || (x.kind === 'break' && x.paren === 'open'));
  const runner = people.anchors.get(at);
  if (runner === undefined) return items[at]?.kind === 'word' && !RELATIVE_WORDS.has(surfaceOf(items[at]) ?? '') ? NOBODY : undefined;
  return runner.kind === 'person' && runner.role !== 'all' && runner.role !== 'user' && runner.role !== 'pronoun' ? runner : undefined;
}

/** The person right after the comma that closes a place opening its sentence ("At home, my user rings ..."). */
export function openingSubject(items: readonly Item[], people: People, index: number): Anchor | undefined {
  const start = previousIndex(items, index, isFiller);
  if (start >= 0 && !endsSentence(items[start])) return undefined;
  // "At home, not on the VPN, the affected user ...": past what else the opening says, with its commas.
  const said = (item: Item) => isFiller(item) || isStatement(item) || kindOf(item) === 'negation';
  let comma = nextIndex(items, index, said);
  if (!isComma(items, comma)) return undefined;
  for (let next = nextIndex(items, comma, said); isComma(items, next); next = nextIndex(items, comma, said)) comma = next;
  // Past a title or a word that says which user ("At home, Ms. Okafor ...", "the affected user").
  let k = nextIndex(items, comma, isFiller);
  if (!people.anchors.has(k) && (isHonorific(items[k]) || surfaceOf(items[k]) === 'affected')) k += 1;
  const anchor = people.anchors.get(k);
  return anchor?.kind === 'person' ? anchor : undefined;
}

/** "a meeting set up by Ravi, who sits in the London office": `index` is in a relative clause right after the person at `k`. */
export function relativeAbout(items: readonly Item[], people: People, k: number, index: number): boolean {
  const relative = nextIndex(items, k, (item) => isFiller(item) || isNameWord(item) || (item.kind === 'break' && !item.strong));
  if (relative >= index || !RELATIVE_WORDS.has(surfaceOf(items[relative]) ?? '')) return false;
  for (let j = relative + 1; j < index; j++) if (endsSentence(items[j]) || people.anchors.has(j)) return false;
  return true;
}

/**
 * "Klaus's manager, who asked me, is in the garage": the person at `k` is inside a relative clause set off by commas
 * that closes before `index`; what is said after the clause is about the one the clause follows, not about `k`.
 */
export function inClosedRelative(items: readonly Item[], k: number, index: number): boolean {
  const start = clauseStart(items, k);
  const relative = RELATIVE_WORDS.has(surfaceOf(items[start]) ?? '') ? start : start - 1;
  if (!RELATIVE_WORDS.has(surfaceOf(items[relative]) ?? '') || !isComma(items, relative - 1)) return false;
  for (let j = k + 1; j < index; j++) {
    if (endsSentence(items[j])) return false;
    if (isComma(items, j)) return true;
  }
  return false;
}

/**
 * "the head of treasury, who we moved to Online", "users we've moved to Online": "we" acts in the clause; what it
 * says is about "who", or the people it follows right after.
 */
export function inRelativeClause(items: readonly Item[], people: People, anchor: Anchor): boolean {
  if (anchor.role !== 'all') return false;
  const before = items[anchor.index - 1];
  if (people.anchors.get(anchor.index - 1)?.role === 'generic') return true;
  return kindOf(before) === 'boundary' && ['who', 'whom', 'that', 'which'].includes(surfaceOf(before) ?? '');
}

/** "我的秘書", "Kevin 的主管": a person word for someone's own people, right after whose they are. */
export function someonesRelation(items: readonly Item[], people: People, index: number): boolean {
  if (!RELATIONS.has(surfaceOf(items[index]) ?? '')) return false;
  const before = surfaceOf(items[index - 1]) ?? '';
  return before.endsWith('的') && (before !== '的' || people.anchors.get(previousIndex(items, index - 1, isFiller))?.kind === 'person');
}

/** Verbs of running a place, as surfaces or matching keys ("I run the office", "manages the branch", "in charge of HQ"). */
const MANAGING: ReadonlySet<string> = new Set([
  'run', 'runs', 'running', 'manage', 'manages', 'managing', 'manag', 'overse', 'oversee', 'oversees', 'administ',
  'administer', 'administers', 'head', 'heads', 'look after', 'looks after', 'looking after',
  'charg', 'care of', 'responsible for', 'support', 'supports', 'maintain', 'maintains',
]);
/** Words for our organization as a whole ("本院", "本公司", "我們公司"). */
const ORGANIZATION = /^(本|我們)/;

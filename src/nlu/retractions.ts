// Facts the writer takes back without saying what holds instead, or offers with a second guess: "I'll be in the office
// - actually not sure where I'll be", 「她在家，喔不是，我其實也不確定她今天在哪」, "會議是 Online 使用者開的，喔等等，
// 我其實不確定是誰開的", "We're Online - hmm, or maybe hybrid". A bare place doubted right after a pause needs no cue ("Deniz is
// travelling, not sure where", 「阿明出差，不確定會在分公司還是飯店」). The first value is no longer said: the advisor asks
// rather than answer with what the writer took back. A correction that says what holds instead ("no wait, she was at
// the hotel") is read where facts give way to later ones (withoutEarlier in slots.ts); this file reads what a
// correction leaves unknown. A doubt of something else ("actually, not sure what ICE is", 「其實不確定 ExpressRoute 是
// 什麼」) or a question ("actually, where does media go?") takes nothing back.
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, CORRECTION_PAIRS, CORRECTION_WORDS, EITHER_WORDS, endsSentence, interjectedNo, isFiller, isNameWord, KNOW_WORDS, kindOf, nextIndex, surfaceOf } from './items';
import { doubtedAlternatives } from './doubtedAlternatives';
import { doubtedSetup } from './doubtedSetup';
import { forgottenWhich } from './forgottenWhich';
import { GUESSES, placesInDoubt } from './placesInDoubt';
import { classWords } from './wordClasses';

/** The kinds of fact a doubt may take back, by what it asks: where someone is, who (hosts, is homed), or what we run. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['place', 'sharedPlace', 'vpn', 'datacenter']);
const WHO_KINDS: ReadonlySet<string> = new Set(['homed', 'hostedMeeting', 'company']);
const SETUP_KINDS: ReadonlySet<string> = new Set(['deployment', 'deploymentHint', 'homed']);
/** What we run, said of the whole organization. */
const DEPLOYMENT_KINDS: ReadonlySet<string> = new Set(['deployment', 'deploymentHint']);
const FACT_KINDS: ReadonlySet<string> = new Set([...PLACE_KINDS, ...WHO_KINDS, ...SETUP_KINDS]);

/** Words that ask where or who, as surfaces or keys ("not sure where I'll be", 「不確定她在哪」「不確定是誰開的」). */
const WHERE_WORDS: ReadonlySet<string> = new Set(['where', '哪', '哪裡', '哪裏', '哪邊', '哪兒', '在哪', '在哪裡', '在哪邊']);
const WHO_WORDS: ReadonlySet<string> = new Set(['who', 'whom', '誰']);

/** Words that may stand between the pause and a doubt without being what is doubted ("I'm", "我其實也", "明天還"). */
const leadWord = (item: Item, takeBack: ReadonlySet<number>, index: number): boolean =>
  isFiller(item) || takeBack.has(index) || ['party', 'marker', 'answer', 'negation'].includes(kindOf(item) ?? '') || (item.kind === 'mention' && item.concept.kind === 'cue' && !WHERE_WORDS.has(item.surface));

/** Whether the item at `index` is a correction word of its own or the end of a pair ("correction", "不對", "no wait"). */
function correctionWord(items: readonly Item[], index: number): boolean {
  const surface = surfaceOf(items[index]) ?? '';
  return CORRECTION_WORDS.has(surface) || interjectedNo(items, index) || CORRECTION_PAIRS.some(([first, second]) => second === surface && surfaceOf(items[index - 1]) === first);
}

/** What a doubt about where someone is never names: a meeting, a hosting, a path, traffic, a term ("not sure where media goes"). */
const NOT_OF_A_PLACE: ReadonlySet<string> = new Set(['deployment', 'deploymentHint', 'callType', 'homed', 'hostedMeeting', 'telephony', 'tenant', 'company', 'datacenter', 'firewall', 'traffic', 'path', 'segment', 'term', 'topic', 'caveat', 'noise']);
/** What a doubt about who hosts never names either: it may name the meeting and its hosting ("不確定是誰開的會"). */
const NOT_OF_A_HOST: ReadonlySet<string> = new Set([...NOT_OF_A_PLACE].filter((kind) => kind !== 'callType' && kind !== 'hostedMeeting'));

const names = (item: Item, not: ReadonlySet<string>): boolean =>
  not.has(kindOf(item) ?? '') || (not === NOT_OF_A_PLACE && item.kind === 'mention' && item.concept.kind === 'marker' && item.concept.marker === 'hosted');

/**
 * The kinds a doubt's own words ask about, up to the next pause: where someone is, who hosts, or (said alone: "not
 * sure.", 「我也不確定」, "not sure anymore", see `turnedDoubt`) any; none when it names something else ("not sure what ICE
 * is", "not sure where media goes", "not sure if the old pool still has users"). `turned(k)`: whether the asked word
 * at `k` only turns the doubt against what came before.
 */
function doubtedKinds(asked: readonly Item[], turned: (k: number) => boolean): ReadonlySet<string> | undefined {
  if (asked.some((item) => WHERE_WORDS.has(surfaceOf(item) ?? ''))) return asked.some((item) => names(item, NOT_OF_A_PLACE)) ? undefined : PLACE_KINDS;
  if (asked.some((item) => WHO_WORDS.has(surfaceOf(item) ?? ''))) return asked.some((item) => names(item, NOT_OF_A_HOST)) ? undefined : WHO_KINDS;
  // 「不知道會在飯店還是在分公司打」: places offered one against another ask where as well.
  if (asked.some((item) => EITHER_WORDS.has(surfaceOf(item) ?? '')) && asked.some((item) => kindOf(item) === 'place')) return asked.some((item) => names(item, NOT_OF_A_PLACE)) ? undefined : PLACE_KINDS;
  return asked.every((item, k) => isFiller(item) || kindOf(item) === 'party' || kindOf(item) === 'marker' || turned(k)) ? FACT_KINDS : undefined;
}

/** Whether a clause says who hosts a meeting ("會議是 Online 使用者開的", "the organizer is on-prem", "hosted by"). */
const saysHost = (clause: readonly Item[]): boolean =>
  clause.some((item) => kindOf(item) === 'hostedMeeting' || (item.kind === 'mention' && ((item.concept.kind === 'marker' && item.concept.marker !== 'copula') || (item.concept.kind === 'party' && item.concept.role === 'organizer'))));

/** The items from `from` up to the next pause (a clause's boundary words, "if", "or", stay in). */
function untilPause(items: readonly Item[], from: number): readonly Item[] {
  let end = from;
  while (end < items.length && items[end].kind !== 'break') end++;
  return items.slice(from, end);
}

/** The start of the first clause before `start` that says more than interjections ("hmm,", "喔不是，"): -1 when none. */
function clauseBefore(items: readonly Item[], start: number, cue: (k: number) => boolean): number {
  for (let end = start - 1; end > 0; ) {
    const from = clauseStart(items, end - 1);
    if (!items.slice(from, end).every((item, k) => isFiller(item) || cue(from + k))) return from;
    end = from - 1;
  }
  return -1;
}

/** Who a clause names: its person words and names, the writer by any of their words; the writer when it names nobody. */
function people(items: readonly Item[], nobody: string[]): string[] {
  const named = items.flatMap((item) => (item.kind === 'mention' && item.concept.kind === 'party' ? [item.concept.role === 'user' ? 'user' : item.surface] : isNameWord(item) ? [surfaceOf(item) ?? ''] : []));
  return named.length > 0 ? named : nobody;
}

/**
 * Whether `clause` names someone else than `named` does (the writer when it names nobody: `nobody`). A third person's
 * pronoun is the one person `named` holds when that is not the writer: "小美在總部，抱歉，她在家", "Dana is at HQ -
 * sorry, she's at home" correct Dana; after "I'm at my desk calling Dana", "she" is not the one whose place was said.
 */
function namesOthers(clause: readonly Item[], named: readonly string[], nobody: string[]): boolean {
  const onlyOther = named.length === 1 && named[0] !== 'user';
  const pronoun = (who: string) => clause.some((item) => item.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'pronoun' && item.surface === who);
  return people(clause, nobody).some((who) => !named.includes(who) && !(onlyOther && pronoun(who)));
}

/**
 * "Deniz – travelling, not sure where", 「Ben：外出，還不知道會在哪」: a doubt of where, opening its clause right after a
 * pause, of a place said in a clause that says nothing else (no call, no one else: "on a call with a colleague, not
 * sure where the colleague's sitting" doubts the colleague's place only), needs no cue to take that place back.
 */
function bareWhere(items: readonly Item[], own: number, d: number, kinds: ReadonlySet<string>): boolean {
  if (kinds !== PLACE_KINDS || own < 2 || items[own - 1].kind !== 'break' || endsSentence(items[own - 1]) || !items.slice(own, d).every(isFiller)) return false;
  const said = items.slice(clauseStart(items, own - 2), own - 1);
  return said.some((item) => PLACE_KINDS.has(kindOf(item) ?? '')) && said.every((item) => isFiller(item) || isNameWord(item) || ['marker', ...PLACE_KINDS].includes(kindOf(item) ?? ''));
}

/**
 * A doubt right after a correction or a word that takes back ("actually", "其實", "等等"), the clause before stating a
 * fact: the facts of that clause of the kinds the doubt asks about, when the doubt names nobody else than that clause
 * does ("她在家，喔不是，我其實也不確定她今天在哪"). Where the doubt asks where, a place said after it in its sentence
 * of nobody named ("not sure where I'll be, depends on the trains") is no more said either.
 */
function takenBack(items: readonly Item[], out: Set<number>): void {
  const takeBack = classWords(items, 'takeBack');
  const turnedDoubt = classWords(items, 'turnedDoubt');
  const cue = (k: number) => takeBack.has(k) || correctionWord(items, k);
  items.forEach((item, d) => {
    if (kindOf(item) !== 'negation' || !KNOW_WORDS.has(surfaceOf(items[d + 1]) ?? '')) return;
    const own = clauseStart(items, d);
    if (!items.slice(own, d).every((x, k) => leadWord(x, takeBack, own + k))) return;
    const asked = untilPause(items, d + 2);
    const turned = (k: number) => turnedDoubt.has(d + 2 + k);
    const kinds = doubtedKinds(asked, turned);
    if (kinds === undefined) return;
    // The cue: in the doubt's own clause ("- actually not sure"), or a clause of its own right before ("喔不是，"), or
    // a word after the doubt that turns it ("not sure anymore", "not sure though").
    const previous = own >= 2 ? clauseStart(items, own - 2) : own;
    const cueBefore = previous < own && items.slice(previous, own - 1).every((x, k) => isFiller(x) || cue(previous + k)) && items.slice(previous, own - 1).some((_, k) => cue(previous + k));
    const cueAfter = asked.some((_, k) => turned(k));
    if (!cueBefore && !cueAfter && !bareWhere(items, own, d, kinds) && !items.slice(own, d).some((_, k) => cue(own + k))) return;
    const from = clauseBefore(items, own, cue);
    if (from < 0) return;
    const taken = items.slice(from, clauseEnd(items, from));
    // "From the office. Hmm, not sure where he is": a doubt of someone else's place takes back nobody's.
    const named = people(taken, ['user']);
    if (namesOthers(asked, named, [])) return;
    // Who hosts is doubted of a clause that says who hosts, not of one that says where everyone is homed.
    if (kinds === WHO_KINDS && !saysHost(taken)) return;
    taken.forEach((x, k) => kinds.has(kindOf(x) ?? '') && out.add(from + k));
    if (kinds !== PLACE_KINDS) return;
    for (let k = d + 2; k < items.length && !endsSentence(items[k]); k++) {
      if (PLACE_KINDS.has(kindOf(items[k]) ?? '') && !items.slice(clauseStart(items, k), clauseEnd(items, k)).some((x) => kindOf(x) === 'party')) out.add(k);
    }
  });
}

/**
 * "We're Online - hmm, or maybe hybrid", 「我在家，或是在公司吧」: a second value offered as a guess right after a pause
 * leaves the first in doubt as much as itself, for the same kind of fact (a place against a place, the deployment
 * against what everyone is homed on).
 */
function hedged(items: readonly Item[], out: Set<number>): void {
  const hedges = classWords(items, 'hedge');
  for (const at of hedges) {
    // The first word of a hedge, right after a pause (past interjections: "- hmm, or maybe").
    if (hedges.has(at - 1)) continue;
    let before = at - 1;
    while (before >= 0 && (isFiller(items[before]) || items[before].kind === 'break')) before--;
    // A pause between, no sentence's end: "我自己也還是地端使用者" ("still") offers nothing.
    const between = items.slice(before + 1, at);
    if (before < 0 || !between.some((item) => item.kind === 'break') || between.some(endsSentence)) continue;
    // "訊號是留在地端，還是先去雲端再繞回 CCE？": values weighed in a question are asked, none said.
    let stop = at;
    while (stop < items.length && !endsSentence(items[stop])) stop++;
    if ((items[stop] as { question?: boolean } | undefined)?.question === true) continue;
    const end = clauseEnd(items, at + 1);
    const offered = items.slice(at, end).flatMap((item) => [PLACE_KINDS, SETUP_KINDS].filter((kinds) => kinds.has(kindOf(item) ?? '')));
    // The value offered against is the one said last before the pause ("Online - hmm, or maybe hybrid"), not one said
    // earlier in a question ("在辦公室互call 那聲音有走ER嗎 還是內網就解決了": the paths are asked).
    if (!offered.some((kinds) => kinds.has(kindOf(items[before]) ?? ''))) continue;
    out.add(before);
    for (let k = at; k < end; k++) if (offered.some((kinds) => kinds.has(kindOf(items[k]) ?? ''))) out.add(k);
  }
}

/** Words that open a place said again after a word that restates ("sorry, from the tower", 「應該說在塔台」). */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['from', '在']);

/** The groups of kinds one fact may be said again in: a place for a place, a homing or deployment for either. */
const GROUPS: readonly ReadonlySet<string>[] = [PLACE_KINDS, SETUP_KINDS, WHO_KINDS];

/**
 * The words of corrections ("correction", 「不對」, "no wait", 「喔不是」), each pair's and interjection's first word
 * too.
 */
function correctionWords(items: readonly Item[]): ReadonlySet<number> {
  const out = new Set<number>();
  items.forEach((item, k) => {
    if (!correctionWord(items, k)) return;
    out.add(k);
    if (!CORRECTION_WORDS.has(surfaceOf(item) ?? '')) out.add(k - 1);
  });
  return out;
}

/**
 * "I'm in the Lisbon branch - sorry, I'm in the hotel", "Online, I mean hybrid", 「我在公司，應該說在家」: a word that
 * restates (classes.*.json) with a fact said right after it, of the one the clause before speaks of (or of nobody
 * named), takes back the fact of that kind in the clause before. Only that clause: "Omid: from the Tehran... sorry,
 * Dubai office" corrects Omid's line, not what Leila said before. A correction restates what we run the same way
 * ("we're Hybrid, no wait, Online", 「我們是 Hybrid，不對，是 Online」): said again as everyone's homing, the deployment
 * is of a kind later facts do not replace (withoutEarlier in slots.ts replaces places and homings of the same one).
 */
function restated(items: readonly Item[], out: Set<number>): void {
  const restates = classWords(items, 'restate');
  const corrections = correctionWords(items);
  const opens = (k: number) => restates.has(k) || corrections.has(k);
  for (const at of [...restates, ...corrections]) {
    if (opens(at + 1)) continue;
    // "sorry, no, from the tower PC": a "no" after the word restates too.
    const again = nextIndex(items, at, (x) => (x.kind === 'break' && !x.strong) || kindOf(x) === 'negation');
    const said = items.slice(again, clauseEnd(items, again));
    let first = at;
    while (opens(first - 1)) first--;
    const restating = items.slice(first, at + 1).some((_, k) => restates.has(first + k));
    const groups = GROUPS.filter((kinds) => (restating || kinds === SETUP_KINDS) && said.some((item) => kinds.has(kindOf(item) ?? '')));
    // "from home - sorry, no, from the control tower PC": a place said again in words not known is still another
    // place; the one before is taken back rather than answered.
    if (groups.length === 0 && restating && PLACE_OPENERS.has(surfaceOf(said[0]) ?? '')) groups.push(PLACE_KINDS);
    if (groups.length === 0) continue;
    // Right after a pause: "如果我沒記錯，他在家" ("if I remember right") restates nothing.
    if (items[first - 1]?.kind !== 'break') continue;
    const from = clauseBefore(items, first, opens);
    if (from < 0 || items.slice(from, first).some(endsSentence)) continue;
    const taken = items.slice(from, clauseEnd(items, from));
    const named = people(taken, ['user']);
    // "our setup is hybrid - correction: we're fully Online": the deployment said again is the organization's,
    // whoever says it.
    const deployment = said.some((item) => DEPLOYMENT_KINDS.has(kindOf(item) ?? ''));
    if (!deployment && namesOthers(said, named, named)) continue;
    taken.forEach((item, k) => groups.some((kinds) => kinds.has(kindOf(item) ?? '')) && out.add(from + k));
  }
}

/**
 * "from the office... actually scratch that, I might do it from home instead", 「在公司打，喔不對，可能在家打」: a
 * place taken back by a correction whose own place is only a guess (placesInDoubt.ts) leaves neither said. A word that
 * takes back opening its clause, a guess right after it ("in the office... actually maybe from home"), corrects as one does.
 */
function correctedIntoGuess(items: readonly Item[], out: Set<number>): void {
  const takeBack = classWords(items, 'takeBack');
  const cue = (k: number) => takeBack.has(k) || correctionWord(items, k);
  const opensClause = (k: number) => takeBack.has(k) && k > 0 && items[k - 1].kind === 'break' && GUESSES.has(surfaceOf(items[k + 1]) ?? '');
  let doubtful: Set<number> | undefined;
  items.forEach((_, c) => {
    if (!correctionWord(items, c) && !opensClause(c)) return;
    let after = c + 1;
    while (after < items.length && !endsSentence(items[after]) && !PLACE_KINDS.has(kindOf(items[after]) ?? '')) after++;
    if (after === items.length || endsSentence(items[after])) return;
    // Corrections are rare: the places in doubt are read only once one is found.
    if (doubtful === undefined) placesInDoubt(items, (doubtful = new Set()));
    if (!doubtful.has(after)) return;
    const from = clauseBefore(items, clauseStart(items, c), cue);
    if (from < 0) return;
    // 「我在公司打給小美，啊不對，小美可能在家」: a guess of the place of someone else than the one the clause before
    // speaks of first corrects nobody's.
    const [first] = people(items.slice(from, clauseEnd(items, from)), ['user']);
    if (namesOthers(items.slice(clauseStart(items, after), clauseEnd(items, after)), [first], [first])) return;
    for (let k = from; k < clauseEnd(items, from); k++) if (PLACE_KINDS.has(kindOf(items[k]) ?? '')) out.add(k);
  });
}

/**
 * The indexes of the facts the writer took back, offered with a second guess (see above), as values not known
 * (doubtedAlternatives.ts), or the deployment when they say they do not know what ours is (doubtedSetup.ts).
 */
export function retractedItems(items: readonly Item[]): ReadonlySet<number> {
  const out = new Set<number>();
  takenBack(items, out);
  hedged(items, out);
  restated(items, out);
  correctedIntoGuess(items, out);
  doubtedAlternatives(items, out);
  doubtedSetup(items, out);
  forgottenWhich(items, out);
  return out;
}

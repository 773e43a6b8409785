// A supposed clause: a place or fact put as a supposition the question weighs, not as what is so ("does it matter if
// she's at home?", "if he were working from home, would it change anything?", "如果她在家會不一樣嗎", "假如他在家上班
// 的話有差嗎"). What it says is asked about, never stated. A plain condition stays a statement: "if I'm at home, does
// my media go over the Internet?" describes the call asked about. A place said beside "could be anywhere" ("一直在出差，
// 人可能在任何地方") is no place either, nor a network traffic is asked to stay in, go through or back to ("媒體留內網嗎",
// "does the audio stay inside our network?", "聲音會回到公司機房嗎", "走 ER 還是外網"), nor a place someone has to be in
// ("do they need to be in the office?"), nor where the parts of a split group are ("half the committee will be in the
// room, a couple dialing in from home").
import type { Item } from './analyzer';
import { placesInDoubt } from './placesInDoubt';
import { turnedBelief, turnedBeliefs } from './turnedBeliefs';
import { offeredAsEither } from './eitherSetup';
import { clauseStart, EITHER_WORDS, GUESS_WORDS, endsClause, endsSentence, isFiller, isMarker, isNameWord, kindOf, nextIndex, perItems, previousIndex, surfaceOf } from './items';

/** Words that open a condition. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'whether', '如果', '假如', '假設', '萬一', '若是', '倘若']);
/** Condition words that put a case ("if", "what if", 「如果」); "whether" asks one. */
export const SUPPOSING_WORDS: ReadonlySet<string> = new Set([...CONDITION_WORDS].filter((word) => word !== 'whether'));

/** Words that ask whether a supposition changes anything ("does it matter", "有差嗎", "會不一樣嗎"), as surfaces or keys. */
const WEIGHING = /^(matters?|chang\w*|differ\w*|affects?|impact\w*|有差|有差嗎|一樣|一樣嗎|不一樣|不同|影響|有影響|差別|有關係)$/;

/**
 * Saying someone could be anywhere, or is somewhere only sometimes ("works from home sometimes, not sure where she
 * was", "calling from home, sometimes through VPN, sometimes not", "at the Leeds site, or maybe at home", "may or may
 * not be on the VPN"): the places of their sentence are guesses. Matched
 * on the sentence's words run together, since the segmentation lexicon does not hold every such phrase ("任何地方"
 * comes as single characters).
 */
const ANYWHERE = /anywhere|ormaybe?|mayormaynot|任何地方|哪裡都有可能|到處跑|不一定在哪/;

/**
 * "works from home sometimes, not sure where she was", "sometimes through VPN, sometimes not": a place said to hold
 * only sometimes is a guess, unless the call asked about is said to happen then ("sometimes sits in the lobby on the
 * guest Wi-Fi and rings customers' phones", "when she's sometimes at home and calls me"): a call word after the one
 * "sometimes" of the sentence places that call.
 */
function onlySometimes(items: readonly Item[], sentence: number, end: number): boolean {
  const times = items.slice(sentence, end).flatMap((item, k) => (surfaceOf(item) === 'sometimes' ? [sentence + k] : []));
  if (times.length !== 1) return times.length > 1;
  return !items.slice(times[0] + 1, end).some((item) => CALLING_KINDS.has(kindOf(item) ?? '') || (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join'));
}

/** English subjects before a subjunctive "were" ("if he were", "if I were"): a supposition whatever follows. */
/** What says the call itself happens ("rings", "a PSTN call"; "joins" is a cue). */
const CALLING_KINDS: ReadonlySet<string> = new Set(['call', 'callType']);

const SINGULAR_SUBJECTS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'it']);

function subjunctive(items: readonly Item[], index: number): boolean {
  const before = items[index - 1];
  return surfaceOf(items[index]) === 'were' && (SINGULAR_SUBJECTS.has(surfaceOf(before) ?? '') || isNameWord(before));
}

/**
 * Verbs of where traffic goes ("stay", "over", "go back to", "留", "走"), as surfaces, also as the edge of a Chinese word
 * the lexicon does not hold ("繞回", "回公司"); staying local ("stays inside", "留在") too.
 */
const ROUTING = /^(?:stays?|stai|staying|remain\w*|over|through|via|across|into|to|留|走|經過|經由|透過|進|到)$|^[回到進]|[回到進]$/;
/** Whether the item is a verb of where traffic goes (see ROUTING). */
export const isRouting = (item: Item | undefined): boolean => ROUTING.test(surfaceOf(item) ?? '');

/** Verbs of going ("goes over", "travels through", "routed via"), before one of the way words. */
const GOES = /^(?:go|goes|going|gone|went|travel\w*|rout\w*|pass\w*|flow\w*|transit\w*)$/;
const WAY_WORDS: ReadonlySet<string> = new Set(['over', 'through', 'via', 'across']);

/**
 * What travels, as the subject of a verb of going ("it goes to cloud first", "the call goes to Online", "the media
 * routes via the cloud"): the way it takes, not where anyone is. Someone's own call ("her calls go through the on-prem
 * pool") says how that person is set up, so only "it" or a call or traffic with no owner.
 */
const UNOWNED_SUBJECTS: ReadonlySet<string> = new Set(['it', 'the', 'that', 'this', 'such']);
/** Words for what travels the vocabulary holds no concept for ("the traffic goes", "the stream goes"), as keys. */
const TRAVELLER_WORDS: ReadonlySet<string> = new Set(['it', 'traffic', 'stream', 'packet']);

/** Whether the way word at `at` follows a verb of going whose subject is the traffic itself ("it goes to", "the call went via"). */
function trafficGoes(items: readonly Item[], at: number): boolean {
  const verb = previousIndex(items, at, isFiller);
  if (!GOES.test(surfaceOf(items[verb]) ?? '')) return false;
  const subject = previousIndex(items, verb, (x) => isMarker(x, 'copula'));
  const kind = kindOf(items[subject]);
  if (kind !== 'call' && kind !== 'traffic') return items[subject]?.kind === 'word' && TRAVELLER_WORDS.has(items[subject].key);
  return UNOWNED_SUBJECTS.has(surfaceOf(items[subject - 1]) ?? '') || subject === 0 || endsClause(items[subject - 1]);
}

/**
 * "I read it go to cloud first", "the call goes to the on-prem pool": a homing word where the traffic goes is no one's
 * homing; "it goes to an Online user" still describes the one called.
 */
export function homingOfTraffic(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'homed') return false;
  return (trafficGoes(items, previousIndex(items, index, isFiller)) && kindOf(items[index + 1]) !== 'party') || offeredAgainstPath(items, index);
}

/** What may stand between an alternative word and the way offered: fillers, and 走 said again ("走本地還是走雲端"). */
const beforeWay = (item: Item): boolean => isFiller(item) || surfaceOf(item) === '走';

/**
 * 「走本地還是雲端」, 「走雲端還是 ER」: a homing word offered against a path is a way asked about, no one's homing
 * (雲端 read as Online put the one called in the cloud). 「地端還是雲端帳號」 offers two homings (see offersAlternative).
 */
function offeredAgainstPath(items: readonly Item[], index: number): boolean {
  const before = previousIndex(items, index, beforeWay);
  if (EITHER_WORDS.has(surfaceOf(items[before]) ?? '') && kindOf(items[previousIndex(items, before, beforeWay)]) === 'path') return true;
  const after = nextIndex(items, index, isFiller);
  return EITHER_WORDS.has(surfaceOf(items[after]) ?? '') && kindOf(items[nextIndex(items, after, beforeWay)]) === 'path';
}


/** Whose network a place is, said between a verb of routing and the place. */
const OWNERS: ReadonlySet<string> = new Set(['我們', '我們的', '公司', '公司的', 'our', 'the']);

/** "媒體留內網嗎", "does the audio stay inside our network?": a place right after a verb of routing, with traffic before it. */
function routedThrough(items: readonly Item[], index: number): boolean {
  // "why doesn't media go over the internet from home": where someone is, said with its own preposition.
  if (/^(?:from|at|在|從)/.test(surfaceOf(items[index]) ?? '')) return false;
  // "媒體會回到我們機房": whose network it is may stand between the verb and the place.
  const right = previousIndex(items, index, isFiller);
  const at = OWNERS.has(surfaceOf(items[right]) ?? '') ? previousIndex(items, right, isFiller) : right;
  const verb = items[at];
  // "走 ER 還是外網": a way offered against a path is a path too; so after chat's "還" (a filler elsewhere: "還在家").
  if (EITHER_WORDS.has(surfaceOf(verb) ?? '') && kindOf(items[previousIndex(items, at, isFiller)]) === 'path') return true;
  if (surfaceOf(items[index - 1]) === '還' && kindOf(items[index - 2]) === 'path') return true;
  const staysLocal = verb?.kind === 'mention' && verb.concept.kind === 'path' && verb.concept.value === 'local';
  if (verb === undefined || (!staysLocal && !isRouting(verb))) return false;
  // "whether anything goes over the public Internet": a verb of going right before the way, whatever goes.
  if (WAY_WORDS.has(surfaceOf(verb) ?? '') && GOES.test(surfaceOf(items[previousIndex(items, at, isFiller)]) ?? '')) return true;
  // "I read it goes to the office first": going to a place, said of the traffic.
  if (trafficGoes(items, at)) return true;
  for (let k = clauseStart(items, index); k < index; k++) if (kindOf(items[k]) === 'traffic') return true;
  return false;
}

/** Words that make being somewhere a requirement or an expectation ("need to be", "must be", "meant to be"), as surfaces or keys. */
const REQUIRED = /^(?:need|needs|have|has|must|should|meant|requir\w*|suppos\w*)$/;

/**
 * "Do they need to be in the office for it to use the private line?", "users must be on the LAN": a place someone
 * has to be in is a requirement weighed, not where anyone is.
 */
function required(items: readonly Item[], index: number): boolean {
  // "need to be at his desk in the office": past the places said before it in one breath.
  // "need to be plugged into the office network": past a verb the vocabulary does not know, too.
  // "need to be not on the corporate network": past a negation too.
  let be = previousIndex(items, index, (x) => isFiller(x) || kindOf(x) === 'place' || kindOf(x) === 'negation');
  if (items[be]?.kind === 'word' && surfaceOf(items[be - 1]) !== 'be') be = previousIndex(items, be, (x) => x.kind === 'word' || isFiller(x));
  if (surfaceOf(items[be]) !== 'be') return false;
  let verb = previousIndex(items, be, isFiller);
  if (surfaceOf(items[verb]) === 'to') verb -= 1;
  return REQUIRED.test(surfaceOf(items[verb]) ?? '');
}

/** How a question opens that asks someone where they are ("are u", "r you", "you"), as keys. */
const ASKING_YOU = /^(?:are|r|were)$/;
const YOU = /^(?:you|u|ya)$/;

/**
 * "are u in the office?", "you at HQ today?": a question put to someone in a chat (a clause opening with "are you" or
 * "you" right before a place, in a sentence closed by a question mark) says nothing of where anyone is; the reply
 * does ("no, at a hotel"). "Which path does your media take when you're at home?" states the place: "you" does not
 * open its clause.
 */
function askedOfYou(items: readonly Item[], sentence: number, end: number, supposed: Set<number>): void {
  const close = items[end];
  if (close?.kind !== 'break' || close.question !== true) return;
  const wordAt = (k: number) => surfaceOf(items[k]) ?? '';
  for (let start = sentence; start < end; start++) {
    if (start > sentence && !endsClause(items[start - 1])) continue;
    const first = isFiller(items[start]) ? nextIndex(items, start, isFiller) : start;
    const asking = ASKING_YOU.test(wordAt(first));
    const you = asking ? nextIndex(items, first, isFiller) : first;
    if (!YOU.test(wordAt(you))) continue;
    // "you not on the corporate network?": past a negation.
    const after = nextIndex(items, you, isFiller);
    const next = kindOf(items[kindOf(items[after]) === 'negation' ? nextIndex(items, after, isFiller) : after]);
    if (!asking && next !== 'place' && next !== 'vpn') continue;
    for (let i = you + 1; i < end; i++) if (kindOf(items[i]) === 'place' || kindOf(items[i]) === 'vpn') supposed.add(i);
  }
}

/** Words for some of a group ("half the committee", "a couple", "a few of them", "most attendees", "the rest", "some are …"), as keys. */
const SUBSET = /^(?:half|coupl\w*|few|most|several|rest|some)$/;

/**
 * "half the committee will be in the room, a couple dialing in from home": a sentence that splits a group into parts,
 * each in a clause of its own, says where those parts are, not where the user asked about is. One part alone ("half
 * the company will watch from home") is who the question is about, and its place stays.
 */
function splitGroup(items: readonly Item[], sentence: number, end: number, supposed: Set<number>): void {
  const parts: number[] = [];
  for (let k = sentence, first = sentence; k < end; k++) {
    if (k > sentence && endsClause(items[k - 1])) first = k;
    if (k <= first + 2 && SUBSET.test(surfaceOf(items[k]) ?? '') && parts[parts.length - 1] !== first) parts.push(first);
  }
  if (parts.length < 2) return;
  for (const first of parts) for (let k = first; k < end && !endsClause(items[k]); k++) if (kindOf(items[k]) === 'place') supposed.add(k);
}

/**
 * Guesses about where an account is homed or how we are deployed ("可能還在地端", "應該是雲端吧", "some users might still
 * be on the old pool", "we may be hybrid", "probably Online"), as keys: said of a place they hedge less ("應該整個都在內網吧"
 * is what the writer believes).
 */
const GUESSED: ReadonlySet<string> = new Set([...GUESS_WORDS, '應該', '大概', 'probabl']);
/**
 * Words that say the writer only heard or supposes what follows ("聽說他在家", "好像在飯店", "apparently"), or asks
 * whether it is so ("聲音是不是在公司裡面走", "會議是不是都開在地端", "他在不在公司").
 */
const HEARSAY_WORDS: ReadonlySet<string> = new Set(['聽說', '據說', '好像', '似乎', '聽人說', '聽他說', '聽她說', '是不是', '在不在']);

/** Whether a hearsay word stands before `index` in its clause ("聽說有些人還在地端"). */
export function isHeard(items: readonly Item[], index: number): boolean {
  for (let k = clauseStart(items, index); k < index; k++) if (HEARSAY_WORDS.has(surfaceOf(items[k]) ?? '')) return true;
  return false;
}
/** What a writer does not know, after a negation ("not sure", "no idea", "no clue"), as surfaces. */
const UNKNOWN_WORDS: ReadonlySet<string> = new Set(['sure', 'idea', 'clue', 'know']);
/** Words that open what is not known ("not sure whether ...", "no idea if ..."). */
const WHETHER_WORDS: ReadonlySet<string> = new Set(['whether', 'if']);
/**
 * Weighing a set-up, not having it: "we considered Cloud Connector", "evaluated CCE", "thinking about moving her to
 * Online", 「評估過 Cloud Connector」「考慮導入 CCE」「打算搬到雲端」. Matched on the clause's words run together (the
 * segmentation lexicon leaves "評估" as single characters; English keys are stemmed: "evalu", "deploi").
 */
const WEIGHED = /consid|evalu|thinkabout|thoughtabout|planto|lookinto|lookedinto|評估|评估|考慮|考虑|打算|規劃|规划|計畫|計劃|计划/;

/**
 * Whether the homing or deployment at `index` is a guess: a guess word before it in its clause, or in its sentence
 * after a doubt about whether ("not sure whether the phone side is Phone System in the cloud or the Cloud Connector
 * box", "no idea if we're hybrid"), or only weighed ("we considered Cloud Connector"): a hedged, either-or or
 * weighed fact is not stated; nor is one of two offered as either ("是 Online 還是 Hybrid 我不清楚", see eitherSetup.ts),
 * nor one believed and turned to a guess ("好像是透過 Cloud Connector，但也可能已經換成…", see turnedBeliefs.ts).
 */
export function isGuessed(items: readonly Item[], index: number): boolean {
  if (offeredAsEither(items, index) || turnedBelief(items, index)) return true;
  for (let k = clauseStart(items, index); k < index; k++) if (GUESSED.has(surfaceOf(items[k]) ?? '')) return true;
  if (WEIGHED.test(items.slice(clauseStart(items, index), index).map((item) => surfaceOf(item) ?? '').join(''))) return true;
  for (let k = index - 1; k >= 2 && !endsSentence(items[k]); k--) {
    if (WHETHER_WORDS.has(surfaceOf(items[k]) ?? '') && UNKNOWN_WORDS.has(surfaceOf(items[k - 1]) ?? '') && kindOf(items[k - 2]) === 'negation') return true;
  }
  return false;
}

/**
 * The indexes of the items in supposed clauses (see above). Slots and topics both ask for the same text's supposed
 * items: computed once per analysis.
 */
export const supposedItems: (items: readonly Item[]) => ReadonlySet<number> = perItems(findSupposed);

function findSupposed(items: readonly Item[]): Set<number> {
  const supposed = new Set<number>();
  let sentence = 0;
  for (let end = 0; end <= items.length; end++) {
    if (end < items.length && !endsSentence(items[end])) continue;
    // Whether the sentence weighs a supposition: looked at only where it says a condition (most sentences say none).
    let weighing: boolean | undefined;
    const weighs = (): boolean => (weighing ??= items.slice(sentence, end).some((item) => WEIGHING.test(surfaceOf(item) ?? '')));
    // "may or may not be on the VPN": a VPN is a place here too.
    const placed = items.slice(sentence, end).some((item) => kindOf(item) === 'place' || kindOf(item) === 'vpn');
    if (placed && (onlySometimes(items, sentence, end) || ANYWHERE.test(items.slice(sentence, end).map((item) => surfaceOf(item) ?? '').join('')))) {
      for (let k = sentence; k < end; k++) if (kindOf(items[k]) === 'place' || kindOf(items[k]) === 'vpn') supposed.add(k);
    }
    for (let k = sentence; k < end; k++) {
      if (kindOf(items[k]) !== 'boundary' || !CONDITION_WORDS.has(surfaceOf(items[k]) ?? '')) continue;
      let close = k + 1;
      // "if he were on site at a customer's plant, on their guest wifi": a place after a comma goes on with the clause.
      // "if my manager (homed on-prem) hosts the meeting": an aside in brackets goes on with it too.
      let aside = false;
      const goesOn = (item: Item): boolean => item.kind === 'break' && (item.paren === 'open' || kindOf(items[nextIndex(items, close, isFiller)]) === 'place');
      while (close < end && (aside || !endsClause(items[close]) || goesOn(items[close]))) {
        const item = items[close];
        if (item.kind === 'break' && item.paren !== undefined) aside = item.paren === 'open';
        close++;
      }
      const clause = Array.from({ length: close - k - 1 }, (_, i) => k + 1 + i);
      // "What if he were at home?" puts the case to answer, as "what if he was" does: only weighed is it asked about.
      // So does a condition that is the whole sentence ("and if he were back on site?", "so if I were at home?"):
      // no other clause weighs it.
      const whatIf = surfaceOf(items[previousIndex(items, k, isFiller)]) === 'what' || (close >= end && items.slice(sentence, k).every((item) => isFiller(item) || kindOf(item) === 'boundary'));
      if (weighs() || (!whatIf && clause.some((i) => subjunctive(items, i)))) for (const i of clause) supposed.add(i);
    }
    splitGroup(items, sentence, end, supposed);
    askedOfYou(items, sentence, end, supposed);
    // "他在家的話有差嗎": a clause closed by 的話 is a condition too.
    for (let k = sentence; k < end; k++) {
      if (surfaceOf(items[k]) !== '的話' || !weighs()) continue;
      for (let i = clauseStart(items, k); i < k; i++) supposed.add(i);
    }
    sentence = end + 1;
  }
  placesInDoubt(items, supposed);
  turnedBeliefs(items, supposed);
  items.forEach((item, index) => {
    const kind = kindOf(item);
    const placed = kind === 'place' || kind === 'datacenter';
    // "does she need to be on the VPN?" asks of a VPN too.
    if ((placed && routedThrough(items, index)) || ((placed || kind === 'vpn') && required(items, index))) supposed.add(index);
    if (homingOfTraffic(items, index)) supposed.add(index);
  });
  return supposed;
}

// What an explain question is about, tried from the most specific: a caveat, the Internet-only list, a principle, an
// example flow, a term named as such ("Edge Server", "ICE", "前端伺服器"), signaling against media, a term that is
// also a fact of a call ("hybrid", "PSTN", "召集人") when the text asks what it is, a traffic type, a network segment.
import type { ExampleId, PrincipleNumber, SegmentId } from '../engine/types';
import type { Item, Mention } from './analyzer';
import type { Concept } from './concepts';
import { asksWhatDecides, decidedSpan, namesMeeting } from './decided';
import { clauseEnd, clauseStart, endsSentence, isFiller, kindOf, sentenceStart, nextIndex, previousIndex } from './items';
import { ruleSentence } from './ruleQuestions';
import { supposedItems } from './supposed';
import type { ExplainTopic, TermId } from './types';
import { VOCABULARY } from './vocabulary';

interface Found {
  topic: ExplainTopic;
  /** Specific enough to explain even when the text also describes a scenario ("principle 3 for P2P calls"). */
  specific: boolean;
  /** The text asks what it is ("what does 'hybrid' mean", "Edge Server 是幹嘛的", "how is a broadcast different"). */
  asked?: boolean;
  /** A sentence asks how two terms differ and names no call or person ("what's the difference between Hybrid and Online?"). */
  compared?: boolean;
}

interface Context {
  items: readonly Item[];
  /** Indexes of the mentions not denied, in order. */
  indexes: readonly number[];
  ids: ReadonlySet<string>;
  /** Indexes of the items in supposed clauses ("如果她在家會不一樣嗎"): a place there is what may change the call. */
  supposed: ReadonlySet<number>;
}

type Rule = (context: Context) => Found | undefined;

const mentionAt = (context: Context, index: number): Mention => context.items[index] as Mention;

function first<T>(context: Context, pick: (concept: Concept) => T | undefined): T | undefined {
  for (const index of context.indexes) {
    const value = pick(mentionAt(context, index).concept);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Words that open a supposed scene ("Assume a user joins from a hotel: ..."), as against asking what is assumed. */
const SCENE_OPENERS: ReadonlySet<string> = new Set(['assume', 'assuming', 'suppose', 'supposing']);

/** "what does the ExpressRoute Premium add-on actually do for Skype meetings?": asked about like a term is. */
const caveat: Rule = (context) => {
  const index = context.indexes.find((i) => mentionAt(context, i).concept.kind === 'caveat');
  const concept = index === undefined ? undefined : mentionAt(context, index).concept;
  if (index === undefined || concept?.kind !== 'caveat') return undefined;
  // "Assume a user joins from a hotel: what is the Edge Server for there?": "assume" opening a sentence sets a scene
  // (for a term asked about, or a call); it asks nothing of the article's assumptions ("what do the tables assume?").
  const before = context.items[index - 1];
  const opens = before === undefined || endsSentence(before);
  if (concept.caveat === 'assumptions' && opens && SCENE_OPENERS.has(mentionAt(context, index).surface)) return undefined;
  // "I assumed everything would go over the private link", 「我們原本以為…」: what the writer took for granted is no
  // assumption of the article; the question is about what they were wrong about.
  if (concept.caveat === 'assumptions' && kindOf(context.items[previousIndex(context.items, index, isFiller)]) === 'party') return undefined;
  // 「要小心「非對稱路由」。可以白話解釋一下這是什麼嗎？」: a quoted caveat asked about in the clause right after it.
  return { topic: { kind: 'caveat', caveat: concept.caveat }, specific: true, asked: inSentence(context.items, index, isAsking) || asked(context.items, index) };
};

/**
 * "what always goes over the Internet", "DNS", "even with ExpressRoute ... still the Internet". A broadcast said to
 * never use ExpressRoute ("Someone said it never uses ExpressRoute, why?", 「為什麼廣播串流不能走 ExpressRoute」) is the
 * Internet-only thing asked about: the broadcast is explained.
 */
const internetOnly: Rule = (context) => {
  const { ids } = context;
  if (!ids.has('topic.internetOnly') && !(ids.has('cue.always') && ids.has('path.internet'))) return undefined;
  if (ids.has('callType.broadcast')) return { topic: { kind: 'term', term: 'broadcast' }, specific: true };
  // "Does a federated call ever go over ExpressRoute, or is federation always internet?": federation said to always
  // take the Internet is what is asked about, as a broadcast is, unless one of the article's services is named ("DNS").
  const servicesNamed = context.indexes.some((i) => mentionAt(context, i).id === 'topic.internetOnly' && !SAID_OF_SOMETHING.test(mentionAt(context, i).surface));
  if (ids.has('place.federated') && !servicesNamed) return { topic: { kind: 'term', term: 'federation' }, specific: true };
  return { topic: { kind: 'internetOnly' }, specific: true };
};
/** How the Internet-only words say something of what they follow ("always internet", "never uses expressroute"), as against naming a service ("DNS"). */
const SAID_OF_SOMETHING = /always|never|only|not|can|只|一律|總是|永遠|一定|不能|無法|仍|還是|照樣/;

const principle: Rule = (context) => {
  if (context.ids.has('topic.principles')) return { topic: { kind: 'principles' }, specific: true };
  if (!context.ids.has('topic.principle')) return undefined;
  const n = first(context, (c) => (c.kind === 'number' ? (c.value as PrincipleNumber) : undefined));
  return { topic: n === undefined ? { kind: 'principles' } : { kind: 'principle', principle: n }, specific: true };
};

/** How many items from the word for an example or figure its number may be ("figure 2", "第二個範例", "圖 5 的例子"). */
const NUMBER_REACH = 2;

/**
 * The concepts that may identify an example: a number only beside the word for an example or figure ("figure 2",
 * "範例二"); one elsewhere counts something else (「圖上它們好像畫成兩塊」: two boxes drawn, not figure 2).
 */
function exampleIds(context: Context): Set<string> {
  const { items, indexes } = context;
  const examples = indexes.filter((i) => mentionAt(context, i).id === 'topic.example');
  return new Set(indexes.flatMap((i) => {
    const mention = mentionAt(context, i);
    const near = mention.concept.kind !== 'number' || examples.some((e) => Math.abs(e - i) <= NUMBER_REACH && !between(items, e, i, endsSentence));
    return near ? [mention.id] : [];
  }));
}

/** Whether an item strictly between two indexes passes `test`. */
function between(items: readonly Item[], a: number, b: number, test: (item: Item) => boolean): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (test(items[k])) return true;
  return false;
}

/** The example whose identifying concepts match best (see locales/vocabulary/topics.json). */
const example: Rule = (context) => {
  if (!context.ids.has('topic.example')) return undefined;
  // "why would we need an Edge server if everyone's online? the article keeps drawing an Edge box in every meeting
  // picture": an example named in a sentence that asks nothing is where the writer saw the term they ask about.
  const examples = context.indexes.filter((i) => mentionAt(context, i).id === 'topic.example');
  if (!examples.some((i) => inSentence(context.items, i, isAsking)) && namedTerm(context)?.asked === true) return undefined;
  const ids = exampleIds(context);
  let best: { example: ExampleId; size: number } | undefined;
  for (const [id, alternatives] of Object.entries(VOCABULARY.examples) as [ExampleId, readonly (readonly string[])[]][]) {
    for (const concepts of alternatives) {
      if (concepts.every((c) => ids.has(c)) && concepts.length > (best?.size ?? 0)) best = { example: id, size: concepts.length };
    }
  }
  return best && { topic: { kind: 'example', example: best.example }, specific: true };
};

/** Terms that are the topic only when nothing else is asked about (their own rules, below). */
const LATE_TERMS: readonly TermId[] = ['performance', 'cdn'];

/** A term named as such: "Edge Server", "ICE", "the four segments", "QoS"; "the Internet segment" is that segment. */
const namedTerm: Rule = (context) => {
  const index = context.indexes.find((i) => mentionAt(context, i).concept.kind === 'term' && !LATE_TERMS.some((term) => sameTerm(mentionAt(context, i).concept, term)));
  if (index === undefined) return undefined;
  const concept = mentionAt(context, index).concept;
  if (concept.kind !== 'term') return undefined;
  // "the article keeps mentioning the Edge Server ... so what does the Edge Server actually do?": a term named again
  // later is asked about in whichever of its sentences asks.
  const asking =
    context.indexes.some((i) => sameTerm(mentionAt(context, i).concept, concept.term) && inSentence(context.items, i, isAsking)) ||
    // 「是看與會者還是看召集人？」: weighed as what a fact goes by, the term is asked about.
    context.items.some((_, i) => asksWhatDecides(context.items, i) && sentenceStart(context.items, i) === sentenceStart(context.items, index));
  if (concept.term === 'segments') {
    const named = segmentBeside(context, index);
    if (named !== undefined) return { topic: { kind: 'segment', segment: named }, specific: true, asked: asking };
  }
  return { topic: { kind: 'term', term: concept.term }, specific: true, asked: asking };
};

const sameTerm = (concept: Concept, term: TermId): boolean => concept.kind === 'term' && concept.term === term;

/** Words that name what follows, as typed or stemmed ("the segment called 'the Internet'", "叫做「網際網路」的網段"): the name is beside the word. */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named', 'name', 'labelled', 'labeled', 'label', '叫做', '稱為', '名為']);

/** Fillers, quotes and naming words between a segment's name and the word "segment" ("the 'Microsoft network' segment", "網際網路這個區段"). */
const besideSegment = (item: Item): boolean =>
  isFiller(item) || (item.kind === 'break' && item.quote === true) || NAMING_WORDS.has(surfaceOfItem(item));

/**
 * The segment named right beside the word "segment" ("the Internet segment", "Microsoft 網路區段"): that segment is the
 * topic. One named elsewhere ("the network segments the ExpressRoute article refers to", "四個網段…客戶網路、網際網路")
 * is one of the segments, or where they are written about; the topic is the segments.
 */
function segmentBeside(context: Context, index: number): SegmentId | undefined {
  for (const k of [previousIndex(context.items, index, besideSegment), nextIndex(context.items, index, besideSegment)]) {
    const item = context.items[k];
    if (item?.kind === 'mention' && context.indexes.includes(k)) {
      const named = segmentOf(item.concept);
      if (named !== undefined) return named;
    }
  }
  return undefined;
}

/** Whether the sentence of `index` has an item `test` accepts. */
function inSentence(items: readonly Item[], index: number, test: (item: Item) => boolean): boolean {
  for (const step of [-1, 1]) {
    for (let k = index; k >= 0 && k < items.length && !endsSentence(items[k]); k += step) if (test(items[k])) return true;
  }
  return false;
}

/** A fact of a call that is also a term, when the text asks what it is. */
function factTerm(concept: Concept): TermId | undefined {
  switch (concept.kind) {
    case 'deployment':
      return concept.value;
    case 'deploymentHint':
      return 'online';
    case 'callType':
      return concept.value === 'pstn' || concept.value === 'broadcast' ? concept.value : undefined;
    case 'telephony':
      return 'pstn';
    case 'place':
      return concept.value === 'federated' ? 'federation' : undefined;
    case 'company':
      return 'federation';
    case 'homed':
      return 'homing';
    case 'party':
      return concept.role === 'organizer' ? 'organizer' : undefined;
    case 'marker':
      return concept.marker === 'by' || concept.marker === 'hosted' ? 'organizer' : undefined;
    default:
      return undefined;
  }
}

const HOMED_WORDS = new Set(['homed', 'homing', '駐留']);
/** ExpressRoute's names, in English and as translated (「快速路由」): they hold "route" but ask about no path. */
const EXPRESSROUTE_NAMES = /express[ -]?route|快速路由/g;
const PATH_WORDS = /path|route|flow|路徑|路由|流向|走/;

/** How far (in words) an explain word may be from the term it asks about: "what does 'hybrid' mean", "PSTN 是什麼". */
const ASKING_DISTANCE = 3;

const isAsking = (item: Item | undefined): boolean =>
  item?.kind === 'mention' && item.concept.kind === 'cue' && ['explain', 'why', 'compare'].includes(item.concept.cue);

const isWhy = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'why';

const isComparing = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'compare';

/** Words that make a text a question about a path ("what is the media path for ..."), not about a term. */
const isPathWord = (item: Item): boolean =>
  item.kind === 'mention' && (item.concept.kind === 'traffic' || item.concept.kind === 'path' || (item.concept.kind === 'cue' && item.concept.cue === 'question'));

/** "the price of a Calling Plan", "授權": what a question about something else asks about instead of the term. */
const isNoise = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'noise';

/**
 * Whether an explain word stands next to the term at `index`, with no question about a path or about something else
 * ("what is the price of a Calling Plan") between them.
 */
function asked(items: readonly Item[], index: number): boolean {
  for (const step of [-1, 1]) {
    let words = 0;
    for (let k = index + step; k >= 0 && k < items.length && words < ASKING_DISTANCE; k += step) {
      const item = items[k];
      // "Cloud Connector 在我們撥電話出去的時候扮演什麼角色": a time clause opened right after the term, however long, is
      // said in passing too.
      const closer = step > 0 && k === index + 1 ? timeClauseEnd(items, k) : undefined;
      if (closer !== undefined) {
        k = closer;
        continue;
      }
      // Quotes and brackets set the term apart; any other break ends the clause it is asked in, unless the clause
      // beyond it only asks ("homing? what is that", "ELI5: federation", "I keep hearing about CCE, what is it?").
      if (item.kind === 'break' && !item.quote && item.paren === undefined) {
        // "\"federation\"??? what is that", 「"Edge" 是什麼？？」: marks repeated are one break.
        let beyond = k + step;
        while (items[beyond]?.kind === 'break') beyond += step;
        if (onlyAsks(items, beyond, step)) return true;
        break;
      }
      if (item.kind === 'break' || (item.kind === 'mention' && item.concept.kind === 'filler')) continue;
      if (isAsking(item)) return true;
      if (isPathWord(item) || isNoise(item)) break;
      // "Cloud Connector 在我們撥外線的時候扮演什麼角色": a time clause between the term and the question about it is
      // said in passing; the question still asks about the term.
      if (step > 0 && item.kind === 'mention' && TIME_CLOSERS.has(item.surface)) {
        words = 0;
        continue;
      }
      words += 1;
    }
  }
  return false;
}

/** Words that close a Chinese time clause ("在…的時候", "…時"). */
const TIME_CLOSERS: ReadonlySet<string> = new Set(['的時候', '時']);
/** Words that open one ("在…的時候", "當…時"). */
const TIME_OPENERS: ReadonlySet<string> = new Set(['在', '當']);
/** How many items a time clause may run. */
const TIME_CLAUSE_REACH = 10;

/** The index of the word that closes the time clause `start` opens, within its clause, or undefined. */
function timeClauseEnd(items: readonly Item[], start: number): number | undefined {
  if (!TIME_OPENERS.has(surfaceOfItem(items[start]))) return undefined;
  for (let k = start + 1; k < items.length && k <= start + TIME_CLAUSE_REACH && items[k].kind !== 'break'; k++) {
    const item = items[k];
    if (item.kind === 'mention' && TIME_CLOSERS.has(item.surface)) return k;
  }
  return undefined;
}

/** How many words beside the asking one a clause that only asks may hold ("what is it for", "what's that thing"). */
const BARE_WORDS = 2;

/** Whether the clause from `start` on, read in direction `step`, asks and says nothing else: no term, fact or path. */
function onlyAsks(items: readonly Item[], start: number, step: number): boolean {
  let asks = false;
  let words = 0;
  for (let k = start; k >= 0 && k < items.length; k += step) {
    const item = items[k];
    if (item.kind === 'break') break;
    if (isAsking(item)) asks = true;
    else if (item.kind === 'word') words += 1;
    else if (!['filler', 'boundary'].includes(item.concept.kind) && !(item.concept.kind === 'party' && item.concept.role === 'pronoun')) return false;
  }
  return asks && words <= BARE_WORDS;
}

/** "what does 'hybrid' mean", "召集人會影響什麼", "PSTN 是什麼的縮寫": the term nearest to the question about it. */
const askedTerm: Rule = (context) => {
  // "How is it different from reaching Office 365 over the internet?": what "it" is compared with is not asked about
  // (see comparison).
  const comparedWithIt = context.indexes.filter((i) => isComparing(context.items[i]) && pointsBack(context.items, i)).map((i) => sentenceStart(context.items, i));
  for (const index of context.indexes) {
    if (comparedWithIt.length > 0 && comparedWithIt.includes(sentenceStart(context.items, index))) continue;
    const mention = mentionAt(context, index);
    // "homed" alone carries nothing in a scenario ("meeting organizer homed onprem"), but asked about, it is the term;
    // with no value after it, anywhere in a sentence that asks ("why does it matter where a user is homed?", "who
    // decides where a user is homed", 「使用者 homed 在哪裡是誰決定的」), it is what the sentence asks about.
    const bare = HOMED_WORDS.has(mention.surface);
    const term = bare ? 'homing' : factTerm(mention.concept);
    // "what does an Online user licence cost?": a sentence that names something else asks about that; asked why,
    // the term is what it weighs ("為什麼廣播對延遲、抖動比較不敏感？").
    if (inSentence(context.items, index, isNoise) && !inSentence(context.items, index, isWhy)) continue;
    if (term !== undefined && (asked(context.items, index) || (bare && inSentence(context.items, index, isAsking)))) {
      return { topic: { kind: 'term', term }, specific: true, asked: true };
    }
  }
  return undefined;
};

/**
 * "who decides where a meeting is hosted?", 「會議是辦在雲端還是我們機房，是怎麼決定的？」, "what determines where a user is
 * homed": what decides a fact asks how the fact is set, whatever asks "where" around it. The fact is the first in the
 * question (see decided.ts); a homing or our own servers said of a meeting is where it is hosted: the organizer's.
 */
const decidedFact: Rule = (context) => {
  const { items } = context;
  const at = items.findIndex((_, i) => asksWhatDecides(items, i));
  if (at < 0) return undefined;
  const [start, end] = decidedSpan(items, at);
  for (const index of context.indexes) {
    if (index < start || index >= end) continue;
    const mention = mentionAt(context, index);
    const hosting = (mention.concept.kind === 'homed' || mention.concept.kind === 'datacenter') && clauseHas(items, index, namesMeeting);
    const term = HOMED_WORDS.has(mention.surface) ? 'homing' : hosting ? 'organizer' : factTerm(mention.concept);
    if (term !== undefined) return { topic: { kind: 'term', term }, specific: true, asked: true };
  }
  return undefined;
};

/** Whether the clause of `index` has an item `test` accepts. */
function clauseHas(items: readonly Item[], index: number, test: (item: Item) => boolean): boolean {
  for (let k = clauseStart(items, index); k < clauseEnd(items, index); k++) if (test(items[k])) return true;
  return false;
}

/**
 * "What is meant by 'the Microsoft network' in Skype Online call flows?", "「您的網路」是指什麼，包含分公司嗎": a term,
 * fact or segment set in quotes next to the question about it is what is asked, not a fact named around it ("Online").
 */
const askedQuoted: Rule = (context) => {
  const { items } = context;
  let inQuotes = false;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item.kind === 'break' && item.quote) inQuotes = !inQuotes;
    if (!inQuotes || item.kind !== 'mention' || !context.indexes.includes(k)) continue;
    const topic: ExplainTopic | undefined = item.concept.kind === 'traffic' ? { kind: 'traffic', traffic: item.concept.value } : topicNamed(item.concept);
    if (topic !== undefined && !context.supposed.has(k) && asked(items, k)) return { topic, specific: true, asked: true };
  }
  return undefined;
};

/** "what counts as 'your network'?", "「Microsoft 網路」這段指的是什麼", "what is signaling?": a segment or traffic asked about. */
const askedSegment: Rule = (context) => {
  for (const index of context.indexes) {
    const mention = mentionAt(context, index);
    const concept = mention.concept;
    // Only traffic or a segment can be the topic: the checks below are left for them (they cost a scan each).
    if (concept.kind !== 'traffic' && segmentOf(concept) === undefined) continue;
    // "what's the media path?", "what is the signaling route": a question about a path, not about the traffic.
    const next = context.items[nextIndex(context.items, index, (item) => item.kind === 'mention' && item.concept.kind === 'filler')];
    // "ExpressRoute 到底是什麼": the name holds "route" but asks about no path.
    const surface = mention.surface.replace(EXPRESSROUTE_NAMES, '');
    // "what does ExpressRoute actually do": a question word after it ("do") asks what it is, not its path.
    const pathNext = next !== undefined && isPathWord(next) && (next.kind !== 'mention' || next.concept.kind !== 'cue' || PATH_WORDS.test(next.surface));
    if (PATH_WORDS.test(surface) || pathNext || !asked(context.items, index)) continue;
    if (concept.kind === 'place' && context.supposed.has(index)) continue;
    if (concept.kind === 'traffic') return { topic: { kind: 'traffic', traffic: concept.value }, specific: true, asked: true };
    const segment = segmentOf(concept);
    if (segment !== undefined) return { topic: { kind: 'segment', segment }, specific: true, asked: true };
  }
  return undefined;
};

/** "the difference between signaling and media", "why do signaling and media take different routes". */
const trafficPair: Rule = (context) => {
  const kinds = new Set(context.indexes.flatMap((i) => { const c = mentionAt(context, i).concept; return c.kind === 'traffic' ? [c.value] : []; }));
  const asking = context.indexes.some((i) => mentionAt(context, i).concept.kind === 'traffic' && inSentence(context.items, i, isAsking));
  return kinds.size === 2 && asking ? { topic: { kind: 'term', term: 'signalingVsMedia' }, specific: true, asked: true } : undefined;
};

const traffic: Rule = (context) => {
  const found = first(context, (c) => (c.kind === 'traffic' ? c.value : undefined));
  return found && { topic: { kind: 'traffic', traffic: found }, specific: false };
};

function segmentOf(concept: Concept): SegmentId | undefined {
  if (concept.kind === 'segment') return concept.value;
  if (concept.kind === 'path') return concept.value === 'local' ? 'yourNetwork' : concept.value;
  if (concept.kind === 'place' && concept.value === 'customerNetwork') return 'yourNetwork';
  if (concept.kind === 'place' && concept.value === 'internet') return 'internet';
  return undefined;
}

const segment: Rule = (context) => {
  const found = first(context, segmentOf);
  return found && { topic: { kind: 'segment', segment: found }, specific: false };
};

/**
 * "what does 'homed on-premises' versus 'homed Online' mean?": two values of one fact set side by side in a question
 * about them. "What's the path ...?" asks about a path, not about what the values are ("What's the path for a phone
 * call? We use Phone System", "... Some users are in the cloud, some on the on-prem pool").
 */
const contrast: Rule = (context) => {
  const asksPath = (i: number) => {
    const next = context.items[nextIndex(context.items, i, isFiller)];
    return next !== undefined && isPathWord(next);
  };
  // "Online vs on-prem: which is cheaper to run?": what is compared there is something else.
  if (!context.indexes.some((i) => isAsking(context.items[i]) && !asksPath(i) && !inSentence(context.items, i, isNoise))) return undefined;
  const values = new Map<TermId, Set<string>>();
  for (const index of context.indexes) {
    const mention = mentionAt(context, index);
    const term = factTerm(mention.concept);
    if (term !== undefined) values.set(term, new Set([...(values.get(term) ?? []), mention.id]));
  }
  for (const [term, ids] of values) if (ids.size >= 2) return { topic: { kind: 'term', term }, specific: true, asked: true };
  return undefined;
};

/**
 * "how is a Skype Meeting Broadcast different from a normal meeting", "ExpressRoute 跟一般的網際網路出口差在哪":
 * the first term, fact or segment of the sentence that compares. One that names a single side ("ExpressRoute 到底是
 * 什麼？和普通公網有什麼區別？", "What is ER? How is it different from the internet?") compares what the sentence
 * before asked about.
 */
const comparison: Rule = (context) => {
  const at = context.indexes.find((i) => isComparing(context.items[i]));
  // "compare the cost of a Calling Plan vs Direct Routing": prices compared, not what the terms are.
  if (at === undefined || inSentence(context.items, at, isNoise)) return undefined;
  const compared: ExplainTopic[] = [];
  for (const index of context.indexes) {
    if (!inSentence(context.items, index, (item) => item === context.items[at])) continue;
    // "如果她在家會不一樣嗎": where someone is supposed to be is what may change the call, not a term compared.
    if (context.supposed.has(index) && mentionAt(context, index).concept.kind === 'place') continue;
    const topic = topicNamed(mentionAt(context, index).concept);
    if (topic) compared.push(topic);
  }
  // "Microsoft 網路 跟 ExpressRoute 是同一個東西嗎": a sentence opening with "and" / "跟" has its first side in the clause before.
  const joined = compared.length === 1 ? joinedSide(context, at) : undefined;
  if (joined !== undefined) return { topic: joined, specific: true, asked: true };
  // "What is ER? How is it different from reaching Office 365 over the internet?": a comparison whose one side is "it"
  // compares what the sentence before asked about, whatever else its own sentence names. So does one that names no
  // term ("為什麼廣播的串流不走 ER？跟一般會議哪裡不一樣": a meeting is no term of its own).
  const before = compared.length <= 1 || pointsBack(context.items, at) ? askedBefore(context, at) : undefined;
  const topic = before ?? compared[0];
  return topic && { topic, specific: true, asked: true };
};

/** Words that join two things compared ("A and B", "A 跟 B"), opening the clause of the second. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'vs', 'versus', '跟', '和', '與', '同']);

/**
 * The first term, fact or segment of the clause before the joining word that opens the one of `index` ("Is the
 * Microsoft network and ExpressRoute the same thing?"; a space between Chinese words may stand before the joining
 * word: "Microsoft 網路 跟 ExpressRoute 是同一個東西嗎").
 */
function joinedSide(context: Context, index: number): ExplainTopic | undefined {
  const { items } = context;
  const joining = sentenceStart(items, index) - 1;
  if (joining < 1 || !JOINING_WORDS.has(surfaceOfItem(items[joining]))) return undefined;
  let end = joining - 1;
  if (isGap(items[end])) end--;
  for (let k = sentenceStart(items, end); k <= end; k++) {
    if (!context.indexes.includes(k)) continue;
    const topic = topicNamed(mentionAt(context, k).concept);
    if (topic) return topic;
  }
  return undefined;
}

/** A break that only separates words (a space between Chinese words), not a sentence's end, a question or a quote. */
const isGap = (item: Item | undefined): boolean => item?.kind === 'break' && item.spaced === true && item.question !== true && item.quote !== true && item.paren === undefined;

/** Whether the comparing words at `index` say "it" or stand right after it ("how is it different", "它跟…差在哪"). */
function pointsBack(items: readonly Item[], index: number): boolean {
  const words = surfaceOfItem(items[index]).split(/\s+/);
  const previous = items[previousIndex(items, index, isFiller)];
  return words.some((word) => POINTING_BACK.has(word)) || (previous !== undefined && POINTING_BACK.has(surfaceOfItem(previous)));
}
const POINTING_BACK: ReadonlySet<string> = new Set(['it', '它', '它們']);

/** The first term, fact or segment of the sentence before the one of `index`, if that sentence asks about something. */
function askedBefore(context: Context, index: number): ExplainTopic | undefined {
  const { items } = context;
  let end = sentenceStart(items, index) - 1;
  while (end >= 0 && items[end].kind === 'break') end--;
  const start = sentenceStart(items, end);
  let topic: ExplainTopic | undefined;
  let asks = false;
  for (let k = start; k <= end; k++) {
    asks ||= isAsking(items[k]);
    if (context.indexes.includes(k)) topic ??= topicNamed(mentionAt(context, k).concept);
  }
  return asks ? topic : undefined;
}

/** Words that point back at what was just named ("what does that mean", "那是什麼意思", "這是啥"). */
const BACK_REFERENCES: ReadonlySet<string> = new Set(['that', 'this', '那', '這', '那個', '這個']);
/** Asking words that weigh a supposition ("does it matter"), not what something is. */
const WEIGHING_CUES = /matter|affect|impact|影響/;
/** Words that only weigh a question pointing back ("that just means", 「那只是指」「那就是指」), as surfaces or keys. */
const ONLY_WORDS: ReadonlySet<string> = new Set(['只', '就']);
const passedOver = (item: Item): boolean =>
  (isFiller(item) && !BACK_REFERENCES.has(surfaceOfItem(item))) || ONLY_WORDS.has(surfaceOfItem(item));
/** How many items into its sentence the question that points back may start ("So what does that mean?"). */
const BACK_REACH = 3;

/** The term, fact or segment a mention names, as an explain topic. */
function topicNamed(concept: Concept): ExplainTopic | undefined {
  const term = concept.kind === 'term' ? concept.term : factTerm(concept);
  if (term !== undefined) return { kind: 'term', term };
  const named = segmentOf(concept);
  return named === undefined ? undefined : { kind: 'segment', segment: named };
}

/**
 * "My manager keeps bringing up 'CCE' since the circuit went live. What does that mean?", "主管一直提到「CCE」…，那是
 * 什麼意思？": a sentence that opens by asking what "that" is asks about what the sentence before named: its quoted
 * term first, else its first term.
 */
const askedBack: Rule = (context) => {
  const { items } = context;
  for (let start = 1; start < items.length; start++) {
    // A new sentence, or in Chinese a new clause ("…常聽到，那是什麼意思？").
    if (items[start - 1].kind !== 'break') continue;
    // "does that just mean ...", 「那只是指…」: a filler or "only" between "that" and the question leaves it pointing back.
    const window = items.slice(start, start + 2 * BACK_REACH + 1).filter((item) => !passedOver(item)).slice(0, BACK_REACH + 1);
    const asking = window.findIndex((item) => isAsking(item) && !WEIGHING_CUES.test(surfaceOfItem(item)));
    if (asking < 0 || !window.some((item, k) => Math.abs(k - asking) === 1 && BACK_REFERENCES.has(surfaceOfItem(item)))) continue;
    // What was named before: from the start of the sentence before (of this one, when a clause points back).
    let before = start - 2;
    while (before >= 0 && !endsSentence(items[before])) before--;
    let quoted: ExplainTopic | undefined;
    let term: ExplainTopic | undefined;
    let plain: ExplainTopic | undefined;
    let inQuotes = false;
    for (let k = before + 1; k < start - 1; k++) {
      const item = items[k];
      if (item.kind === 'break' && item.quote) inQuotes = !inQuotes;
      if (item.kind !== 'mention') continue;
      const topic = topicNamed(item.concept);
      if (topic && inQuotes) quoted ??= topic;
      // "ExpressRoute 'gives us QoS'", 「廠商說我們的 client 會用 ICE 去試好幾條路」: a term named as such is what the
      // writer heard about; a segment or fact before it (the vendor, ExpressRoute) is who or what said it.
      if (topic && item.concept.kind === 'term') term ??= topic;
      if (topic) plain ??= topic;
    }
    const topic = quoted ?? term ?? plain;
    if (topic) return { topic, specific: true, asked: true };
  }
  return undefined;
};

const surfaceOfItem = (item: Item): string => (item.kind === 'mention' ? item.surface : item.kind === 'word' ? item.key : '');

/**
 * "what latency do we need for Skype calls?", 「抖動跟封包遺失的標準是多少？」: performance targets, when nothing else is
 * asked about. Beside another topic they are what it weighs ("why is media more sensitive to latency than signaling?",
 * 「為什麼廣播對延遲、抖動比較不敏感？」), so the rules of terms come first; a segment or traffic named beside them
 * ("how much packet loss is acceptable over ExpressRoute?") is where the targets are asked of.
 */
const performance: Rule = (context) => {
  const index = context.indexes.find((i) => sameTerm(mentionAt(context, i).concept, 'performance'));
  if (index === undefined) return undefined;
  return { topic: { kind: 'term', term: 'performance' }, specific: true, asked: inSentence(context.items, index, isAsking) || asked(context.items, index) };
};

/**
 * "whats a CDN", 「CDN 是什麼？」: the content delivery network, when nothing else is asked about. Beside a broadcast
 * ("What's a CDN got to do with Skype Meeting Broadcasts?") the broadcast is the topic, which explains it.
 */
const cdn: Rule = (context) => {
  const index = context.indexes.find((i) => sameTerm(mentionAt(context, i).concept, 'cdn'));
  if (index === undefined) return undefined;
  return { topic: { kind: 'term', term: 'cdn' }, specific: true, asked: inSentence(context.items, index, isAsking) || asked(context.items, index) };
};

/**
 * "Do Hybrid on-prem users' meetings stay on the on-prem pool?", 「同盟通話會不會走 ExpressRoute？」: a rule asked of
 * nobody in particular (ruleQuestions.ts) is about the first term or fact it names that is also a term.
 */
const askedRule: Rule = (context) => {
  const span = ruleSentence(context.items);
  if (span === undefined) return undefined;
  const inSpan = context.indexes.filter((i) => i >= span[0] && i < span[1]);
  const term = inSpan.map((i) => mentionAt(context, i).concept).find((concept) => concept.kind === 'term');
  if (term?.kind === 'term') return { topic: { kind: 'term', term: term.term }, specific: true };
  const fact = inSpan.map((i) => factTerm(mentionAt(context, i).concept)).find((found) => found !== undefined);
  return fact && { topic: { kind: 'term', term: fact }, specific: true };
};

const RULES: readonly Rule[] = [
  caveat, internetOnly, principle, example, askedBack, namedTerm, trafficPair, askedQuoted, decidedFact, askedTerm, contrast, comparison, performance, askedRule, askedSegment, traffic, segment, cdn,
];

/**
 * "Quiz: where is a conference hosted when the organizer is homed on-premises?", "不是要問路徑，只想知道 ICE 的原理":
 * a question framed as about the concept asks what its topic is, whatever facts it names; when no rule finds one,
 * the topic is the first term, fact or segment it names.
 */
function framed(context: Context, found: Found | undefined): Found | undefined {
  if (!context.ids.has('cue.concept')) return found;
  // A segment, traffic, a figure or an Internet-only service named in passing ("only used for external users on the
  // internet", "(C) DNS 解析"): the term or fact the quiz names is what it asks about.
  const passing = found === undefined || PASSING_TOPICS.includes(found.topic.kind);
  const named = (kind: ExplainTopic['kind']) =>
    context.indexes.map((index) => topicNamed(mentionAt(context, index).concept)).find((topic) => topic?.kind === kind);
  const topic = (passing ? named('term') : undefined) ?? found?.topic ?? named('segment');
  return topic && { topic, specific: true, asked: true };
}
const PASSING_TOPICS: readonly ExplainTopic['kind'][] = ['segment', 'traffic', 'example', 'internetOnly'];

/** The topic of the text (for an explain question), and whether it is specific enough to explain over a scenario. */
export function topicOf(items: readonly Item[], negated: ReadonlySet<number>): Found | undefined {
  const indexes = items.flatMap((item, index) => (item.kind === 'mention' && !negated.has(index) ? [index] : []));
  const context: Context = { items, indexes, ids: new Set(indexes.map((i) => (items[i] as Mention).id)), supposed: supposedItems(items) };
  for (const rule of RULES) {
    const found = rule(context);
    if (!found) continue;
    const kept = framed(context, context.ids.has('cue.concept') || !asksOfNoise(context) ? found : { topic: found.topic, specific: false });
    return kept && comparesTerms(context) ? { ...kept, compared: true } : kept;
  }
  return framed(context, undefined);
}

/** Concept kinds that name a call or someone on it: a comparison that names one is about that call. */
const CALL_OR_PERSON: ReadonlySet<string> = new Set(['call', 'callType', 'party', 'hostedMeeting', 'place', 'sharedPlace', 'vpn']);

/**
 * "So, basic question: what's the actual difference between a Hybrid deployment and an Online one?", 「商務用 Skype
 * Online 跟 Skype Server 差在哪」: a sentence that compares two terms, facts or segments and names no call, person or
 * place asks what they are, whatever the sentences around it tell.
 */
function comparesTerms(context: Context): boolean {
  const { items } = context;
  return context.indexes.some((at) => {
    if (!isComparing(items[at])) return false;
    const start = sentenceStart(items, at);
    let sides = 0;
    for (let k = start; k < items.length && (k === start || !endsSentence(items[k - 1])); k++) {
      const item = items[k];
      if (item.kind !== 'mention' || !context.indexes.includes(k)) continue;
      if (CALL_OR_PERSON.has(item.concept.kind) && topicNamed(item.concept) === undefined) return false;
      if (topicNamed(item.concept) !== undefined) sides += 1;
    }
    return sides >= 2;
  });
}

/**
 * "What is the ExpressRoute SLA?", "What's the price of ExpressRoute Premium?", 「前端伺服器要裝在哪一版的 Windows？」:
 * every sentence that asks what something is also names what the domain does not cover (noise): that is what is
 * asked, the topic only names whose it is.
 */
function asksOfNoise(context: Context): boolean {
  let asking = false;
  for (const index of context.indexes) {
    const item = context.items[index];
    // Asked why, the topic is what the question weighs; compared with something else ("QoS vs bandwidth - same
    // thing?"), the term is one side of what is asked.
    if (isWhy(item) || isComparing(item)) return false;
    if (!isAsking(item)) continue;
    if (!inSentence(context.items, index, isNoise)) return false;
    asking = true;
  }
  return asking;
}

/**
 * The labelling contract's topic id for a topic (test/nlu/blind/: edgeServer, segments, hybrid, ...), so explain
 * questions can be scored against what their writers meant.
 */
export function topicId(topic: ExplainTopic): string {
  switch (topic.kind) {
    case 'term':
      return topic.term;
    case 'principle':
    case 'principles':
      return 'principles';
    case 'segment':
      return topic.segment;
    case 'traffic':
      return 'signalingVsMedia';
    case 'example':
      return { onPremEdge: 'edgeServer', cceePstn: 'cloudConnector', broadcast: 'broadcast', hybridConference: 'hybrid', p2p: 'other', onlineConference: 'other' }[topic.example];
    case 'internetOnly':
      return 'internet';
    case 'caveat':
      return topic.caveat === 'assumptions' ? 'other' : topic.caveat;
  }
}

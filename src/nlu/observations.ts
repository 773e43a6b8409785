// What a helpdesk ticket says was observed of a call: "the audio goes over the Internet", "signaling is on ER (fine)
// but the media goes out the internet", 「訊號沒有走 ER」, 「抓封包看到 media 從 Edge 繞出去」. Read clause by clause from
// phrases that are data (locales/vocabulary/observations.*.json): a clause that names a path (or denies one) for some
// traffic, and is not a question, an expectation or what a document says, is an observation. Apart from the
// recognizer, which it only decorates (index.ts), so either can change without the other.
import vocabularyEn from '../../locales/vocabulary/observations.en.json';
import vocabularyZh from '../../locales/vocabulary/observations.zh-TW.json';
import type { Observation } from '../engine/triage/types';
import { RELAYS, type PartyId, type PathKind, type Relay, type TrafficType } from '../engine/types';
import wordsZh from '../../locales/vocabulary/words.zh-TW.json';
import { colloquialRewriter, toTraditional } from './chinese';
import { emptyTrie, longestPhraseAt, phraseEnd, type PhraseNode } from './phraseTrie';
import { HAN } from './text';
import type { Intent, Locale, Recognition, Recognizer, TermId } from './types';

type Traffic = TrafficType | 'unspecified';
type Side = 'user' | 'peer' | 'attendees';

/** What a phrase of the observation vocabulary means. */
type Meaning =
  | { kind: 'traffic'; traffic: Traffic }
  /** Traffic that is no call's (DNS, CRLs, telemetry): what is said of its path is no observation of the call. */
  | { kind: 'otherTraffic' }
  /** `verb`: the phrase says the traffic went there ("stays local", 「留在內網」), as a verb of motion does. */
  | { kind: 'path'; path: PathKind; verb?: true }
  /** `verb`: the phrase says the traffic was relayed ("relayed", 「轉送」), as a verb of motion does. */
  | { kind: 'edge'; edge: Relay | true; verb?: true }
  /** A request to explain ("explain why…", 「…是什麼」): a question about the article, never an observation. */
  | { kind: 'explainRequest' }
  | { kind: 'negation' }
  /**
   * A denial that may come before the traffic it is said of: an auxiliary ("why doesn't my media go over ER?", "we
   * did not see the RTP on ER") or a quantifier ("none of her media touched ER").
   */
  | { kind: 'negationAcross' }
  | { kind: 'negationAfter' }
  | { kind: 'notObservation' }
  /**
   * Someone who tells how calls go without having looked at this one (a carrier, a vendor, a consultant), and a verb
   * of saying: together, a claim ("the telco guy says it stays local", 「電信商說媒體留在內網」), not what was seen.
   * A user's report ("the user says her audio goes over the internet") names no claimant and stays an observation.
   */
  | { kind: 'claimant' }
  | { kind: 'reporting' }
  /** An auxiliary that opens a yes/no question ("does it go over ER?") when it opens the clause. */
  | { kind: 'questionStart' }
  /** A question particle (「嗎」): a question, unless the clause also judges what it states (「走 ER 正常嗎」). */
  | { kind: 'questionParticle' }
  | { kind: 'evaluation' }
  /** "or", 「還是」: two paths offered as alternatives are a question, not something seen. */
  | { kind: 'alternative' }
  | { kind: 'presupposition' }
  | { kind: 'side'; side: Side }
  | { kind: 'person'; person: 'firstPerson' | 'thirdPronoun' | 'peer' }
  | { kind: 'clauseBreak' }
  /** A reason given for the call's path ("so it relays through our Edge", 「因為防火牆擋掉」): the call described, not observed. */
  | { kind: 'cause' }
  | { kind: 'motion' }
  | { kind: 'noise' };


/** A vocabulary key ("path.internet", "negation") as a meaning; undefined for keys the reader does not know. */
export function meaningOf(key: string): Meaning | undefined {
  const [head, rest] = key.split('.', 2) as [string, string | undefined];
  switch (head) {
    case 'traffic':
      if (rest === 'other') return { kind: 'otherTraffic' };
      return rest === 'media' || rest === 'signaling' || rest === 'unspecified' ? { kind: 'traffic', traffic: rest } : undefined;
    case 'path':
      if (rest === 'localVerb') return { kind: 'path', path: 'local', verb: true };
      return rest === 'local' || rest === 'expressRoute' || rest === 'internet' ? { kind: 'path', path: rest } : undefined;
    case 'edge':
      if (rest === 'any') return { kind: 'edge', edge: true };
      if (rest === 'relayed') return { kind: 'edge', edge: true, verb: true };
      return RELAYS.includes(rest as Relay) ? { kind: 'edge', edge: rest as Relay } : undefined;
    case 'side':
      return rest === 'user' || rest === 'peer' || rest === 'attendees' ? { kind: 'side', side: rest } : undefined;
    case 'person':
      return rest === 'firstPerson' || rest === 'thirdPronoun' || rest === 'peer' ? { kind: 'person', person: rest } : undefined;
    case 'negation':
    case 'negationAcross':
    case 'negationAfter':
    case 'notObservation':
    case 'claimant':
    case 'reporting':
    case 'explainRequest':
    case 'questionStart':
    case 'questionParticle':
    case 'evaluation':
    case 'alternative':
    case 'presupposition':
    case 'clauseBreak':
    case 'cause':
    case 'motion':
    case 'noise':
      return rest === undefined ? { kind: head } : undefined;
    default:
      return undefined;
  }
}

/**
 * The meaning with every kind's fields, in one order (undefined where its kind has none): the reader asks
 * `meaning.kind` of every mention, a slow (megamorphic) read in V8 over meanings of a dozen shapes.
 */
function inOneShape(meaning: Meaning): Meaning {
  const m = meaning as Partial<Record<string, unknown>>;
  return { kind: m.kind, traffic: m.traffic, path: m.path, edge: m.edge, verb: m.verb, side: m.side, person: m.person } as Meaning;
}

/** Latin words (with inner apostrophes, hyphens and slashes: "isn't", "on-prem", "a/v"), single Han characters, breaks. */
const TOKEN = /\d+:\d+|[a-z0-9]+(?:['\-/.][a-z0-9]+)*|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[.?!。？！;；\n]|[,，:：()（）、"「」]/g;
/** The tokens that are breaks (each a single character of TOKEN's last two classes): true for a strong one. */
const BREAKS: ReadonlyMap<string, boolean> = new Map([
  ...[...'.?!。？！;；\n'].map((c): [string, boolean] => [c, true]),
  ...[...',，:：()（）、"「」'].map((c): [string, boolean] => [c, false]),
]);

/** Written Cantonese and Taiwanese as the Mandarin the phrases are written in (「係咪」 asks as 「是不是」 does). */
const toMandarin = colloquialRewriter(wordsZh.colloquial);

function normalized(text: string): string {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'");
  return HAN.test(plain) ? toMandarin(toTraditional(plain)) : plain;
}

/** A dash between spaces separates the parts of a terse message ("PSTN from the office - signaling local?"). */
const SPACED_DASH = /\s[-–—]+\s/g;

function tokens(text: string): string[] {
  return normalized(text).replace(SPACED_DASH, ', ').match(TOKEN) ?? [];
}

export interface VocabularyProblem {
  key: string;
  phrase: string;
  problem: string;
}

/** The phrase table of both files, and what is wrong with them (an unknown key, a phrase with two meanings). */
export function buildPhraseTable(files: readonly Record<string, unknown>[]): { root: PhraseNode<Meaning>; problems: VocabularyProblem[] } {
  const root = emptyTrie<Meaning>();
  const problems: VocabularyProblem[] = [];
  for (const file of files) {
    for (const [key, phrases] of Object.entries(file)) {
      if (key.startsWith('_')) continue;
      const meaning = meaningOf(key);
      if (!meaning || !Array.isArray(phrases)) {
        problems.push({ key, phrase: '', problem: 'unknown key' });
        continue;
      }
      const shaped = inOneShape(meaning);
      for (const phrase of phrases as string[]) {
        const words = tokens(phrase);
        if (words.length === 0) {
          problems.push({ key, phrase, problem: 'no words' });
          continue;
        }
        const node = phraseEnd(root, words);
        if (node.value && JSON.stringify(node.value) !== JSON.stringify(shaped)) {
          problems.push({ key, phrase, problem: `also means ${JSON.stringify(node.value)}` });
        }
        node.value ??= shaped;
      }
    }
  }
  return { root, problems };
}

interface Mention {
  meaning: Meaning;
  /** Token positions: [start, end). */
  start: number;
  end: number;
}

type Piece = Mention | { kind: 'break'; strong: boolean; at: number };

/** Longest phrase first at each position, left to right; a break ends every phrase. */
function read(words: readonly string[], root: PhraseNode<Meaning>): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    const strong = BREAKS.get(word);
    if (strong !== undefined) {
      pieces.push({ kind: 'break', strong, at: i });
      i += 1;
      continue;
    }
    const longest = longestPhraseAt(root, words, i);
    const found: Mention | undefined = longest && { meaning: longest[1], start: i, end: longest[0] };
    if (found) {
      pieces.push(found);
      i = found.end;
    } else i += 1;
  }
  return pieces;
}

const isMention = (p: Piece): p is Mention => !('kind' in p);

interface Clause {
  mentions: Mention[];
  sentence: number;
  /** The position of its first token. */
  start: number;
}

/** A clause: the mentions between two breaks (a contrast word such as "but" or 「但是」 ends one too). */
function clauses(pieces: readonly Piece[]): Clause[] {
  const out: Clause[] = [{ mentions: [], sentence: 0, start: 0 }];
  let sentence = 0;
  for (const piece of pieces) {
    const isBreak = !isMention(piece) || piece.meaning.kind === 'clauseBreak';
    if (isBreak) {
      if (!isMention(piece) && piece.strong) sentence += 1;
      out.push({ mentions: [], sentence, start: isMention(piece) ? piece.end : piece.at + 1 });
    } else out[out.length - 1].mentions.push(piece);
  }
  return out.filter((c) => c.mentions.length > 0);
}

/**
 * The sentences that ask rather than say, and those that end in a question mark: asking, one that opens with an
 * auxiliary ("Does any part of that call, signaling or media, touch ER?") or offers paths as alternatives ("local or
 * ER?", 「留在內網，還是先上雲端」). A clause of its own asks with 「嗎」 (「走 ER 嗎？」, but 「SIP 走 ER，正常嗎？」 says what
 * was seen, and asks only whether it is normal).
 */
function askingSentences(words: readonly string[], pieces: readonly Piece[], all: readonly Clause[]): { asking: Set<number>; questioned: Set<number> } {
  const asking = new Set<number>();
  const ends = pieces.filter((p): p is Extract<Piece, { kind: 'break' }> => !isMention(p) && p.strong);
  const questioned = new Set(ends.flatMap((mark, sentence) => (/^[?？]$/.test(words[mark.at]) ? [sentence] : [])));
  for (const sentence of questioned) {
    const parts = all.filter((c) => c.sentence === sentence);
    if (parts.length === 0) continue;
    const kinds = new Set(parts.flatMap((c) => c.mentions.map((m) => m.meaning.kind)));
    if (kinds.has('presupposition')) continue;
    const [first] = parts;
    const opensWithAuxiliary = first.mentions[0].meaning.kind === 'questionStart' && first.mentions[0].start === first.start;
    const named = parts.flatMap((c) => c.mentions.filter((m) => m.meaning.kind === 'path' || m.meaning.kind === 'edge'));
    const offers = kinds.has('alternative') && named.length > 0;
    if (opensWithAuxiliary || offers) asking.add(sentence);
  }
  return { asking, questioned };
}

/** How far a negation reaches, in tokens between it and what it denies ("not via ER", 「沒有回總部走 ER」). */
const NEGATION_REACH = 5;
const NEGATION_AFTER_REACH = 4;

function negated(target: Mention, mentions: readonly Mention[]): boolean {
  const index = mentions.indexOf(target);
  // The traffic the path is said of is crossed once, by a denial that can stand before it ("doesn't my media go over
  // ER"); a plain one there denies the traffic ("not the media, the signaling goes over ER").
  let crossed = false;
  for (let k = index - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.meaning.kind === 'path' || m.meaning.kind === 'edge' || m.meaning.kind === 'clauseBreak') break;
    if (m.meaning.kind === 'traffic') {
      if (crossed) break;
      crossed = true;
      continue;
    }
    if (m.meaning.kind === 'negationAcross') return target.start - m.end <= NEGATION_REACH;
    if (m.meaning.kind === 'negation') {
      if (crossed) break;
      return target.start - m.end <= NEGATION_REACH;
    }
  }
  // "ER circuit graph is flat", 「ER 流量圖一條線」: a denial after the path, past words that only name what was looked at.
  for (let k = index + 1; k < mentions.length && mentions[k].start - target.end <= NEGATION_AFTER_REACH; k++) {
    const m = mentions[k];
    if (m.meaning.kind === 'negationAfter') return true;
    if (m.meaning.kind !== 'noise' && m.meaning.kind !== 'traffic') return false;
  }
  return false;
}

interface Said {
  traffic?: Traffic;
  party?: Side;
  /** The sentence it was said in. */
  sentence?: number;
}

/** What the whole text says about who takes part: the speaker and someone else on the call; people watching a broadcast. */
interface Cast {
  speakerOnCall: boolean;
  watching: boolean;
}

/**
 * Who a clause is about: an explicit side ("his side", 「那端」), else the first person named in it: the speaker is
 * the user; anyone else ("his", "her colleague") is the other party when the speaker is on the call; otherwise the
 * people the ticket is about: the attendees of a broadcast when it speaks of people watching, else the user.
 */
function sideOf(mentions: readonly Mention[], cast: Cast): Side | undefined {
  for (const m of mentions) {
    if (m.meaning.kind === 'side') return m.meaning.side;
  }
  const person = mentions.find((m) => m.meaning.kind === 'person');
  if (!person || person.meaning.kind !== 'person') return undefined;
  if (person.meaning.person === 'firstPerson') return 'user';
  return cast.speakerOnCall ? 'peer' : cast.watching ? 'attendees' : 'user';
}

/** The observations a text states, in the order it states them; empty when it states none. */
export function readObservations(text: string, root: PhraseNode<Meaning> = PHRASES.root): Observation[] {
  const words = tokens(text);
  const pieces = read(words, root);
  // Every observation names a path or an Edge (see below): a text that names none (most questions) states none.
  if (!pieces.some((p) => isMention(p) && (p.meaning.kind === 'path' || p.meaning.kind === 'edge'))) return [];
  const parts = clauses(pieces);
  const { asking, questioned } = askingSentences(words, pieces, parts);
  const all = pieces.filter(isMention);
  const has = (person: 'firstPerson' | 'peer') => all.some((m) => m.meaning.kind === 'person' && m.meaning.person === person);
  const cast: Cast = {
    // "I ... my colleague ... his media": the speaker is one party, so another's traffic is the other party's.
    speakerOnCall: has('firstPerson') && has('peer'),
    watching: all.some((m) => m.meaning.kind === 'side' && m.meaning.side === 'attendees'),
  };
  const fallback: Side = cast.watching ? 'attendees' : 'user';
  const found: Observation[] = [];
  let last: Said = {};
  for (const clause of parts) {
    const { mentions, sentence } = clause;
    const kinds = new Set(mentions.map((m) => m.meaning.kind));
    const paths = mentions.filter((m) => m.meaning.kind === 'path');
    const edges = mentions.filter((m) => m.meaning.kind === 'edge');
    const named = [...new Set(mentions.flatMap((m) => (m.meaning.kind === 'traffic' ? [m.meaning.traffic] : [])))];
    const specific = named.filter((t): t is TrafficType => t !== 'unspecified');
    // What is said of DNS or CRLs ("why is DNS always sent over the Internet?") is no observation of the call.
    const expectation =
      kinds.has('otherTraffic') ||
      kinds.has('explainRequest') ||
      (!kinds.has('presupposition') && (asking.has(sentence) || isQuestionOrExpectation(clause, kinds, questioned.has(sentence))));
    if (paths.length === 0 && edges.length === 0) {
      // "the media goes straight out her home broadband": no path this reader knows, but what follows is about it.
      if (specific.length > 0 && !expectation) last = { traffic: specific[specific.length - 1], party: sideOf(mentions, cast) ?? fallback, sentence };
      continue;
    }
    if (expectation) continue;
    const denies = [...paths, ...edges].some((m) => negated(m, mentions));
    const moves = kinds.has('motion') || [...edges, ...paths].some((m) => (m.meaning.kind === 'edge' || m.meaning.kind === 'path') && m.meaning.verb);
    const saysMore = moves || denies || kinds.has('side');
    // A clause that names no traffic continues the last one in its sentence ("relayed through the Online Edge, over
    // ER"), or one before it when it says how ("…. His stays local", 「…，沒有走 ER」).
    const continues = named.length === 0 && last.traffic !== undefined && (saysMore || sentence === last.sentence);
    // Traffic named only as "the call" or "it" needs a verb to be an observation ("calls from home over her broadband").
    if (specific.length === 0 && !continues && !moves && !denies) continue;
    // An Edge without a path, with a reason for it ("the firewall blocks it, so it relays through our Edge"), describes the call.
    if (paths.length === 0 && kinds.has('cause')) continue;
    const traffics: Traffic[] = specific.length > 0 ? specific : continues ? [last.traffic as Traffic] : ['unspecified'];
    const party: Side = sideOf(mentions, cast) ?? (continues ? (last.party ?? fallback) : fallback);
    const seen = paths.filter((m) => !negated(m, mentions)).map((m) => (m.meaning as { path: PathKind }).path);
    const denied = paths.filter((m) => negated(m, mentions)).map((m) => (m.meaning as { path: PathKind }).path);
    const edge = edgeOf(edges, mentions);
    for (const traffic of traffics) {
      const resolved: TrafficType = traffic === 'unspecified' ? 'media' : traffic;
      for (const path of seen.length > 0 ? [...new Set(seen)] : [undefined]) {
        add(found, { traffic: resolved, party, ...(path && { path }), ...(denied.length > 0 && { notPaths: [...new Set(denied)] }), ...(edge !== undefined && { edge }) });
      }
    }
    last = { traffic: traffics[traffics.length - 1], party, sentence };
  }
  return found;
}

/**
 * Whether a clause asks or expects rather than says what was seen: "does it go over ER?", "should it be on ER?",
 * "internet or ER?", 「會走 ER 嗎」, 「走 ER 還是網際網路」 (a "why" question says what was seen: "why is my audio on the
 * Internet?"). A statement with a question mark stays one: "signaling over ER - correct?", 「媒體走 ER？」.
 */
function isQuestionOrExpectation(clause: Clause, kinds: ReadonlySet<Meaning['kind']>, questionMark: boolean): boolean {
  const { mentions } = clause;
  if (kinds.has('notObservation') || (kinds.has('claimant') && kinds.has('reporting'))) return true;
  if (mentions[0]?.meaning.kind === 'questionStart' && mentions[0].start === clause.start) return true;
  // "with CCE do calls from home go over the internet?": an auxiliary before what it asks about, in a question.
  const first = mentions.findIndex((m) => m.meaning.kind === 'path' || m.meaning.kind === 'edge');
  if (questionMark && mentions.slice(0, first).some((m) => m.meaning.kind === 'questionStart')) return true;
  if (kinds.has('questionParticle') && !kinds.has('evaluation')) return true;
  const offered = new Set(mentions.flatMap((m) => (m.meaning.kind === 'path' ? [m.meaning.path] : [])));
  return kinds.has('alternative') && offered.size > 1;
}

/** The Edge a clause names (the most specific one), `false` when it says none relayed the traffic. */
function edgeOf(edges: readonly Mention[], mentions: readonly Mention[]): Observation['edge'] {
  if (edges.length === 0) return undefined;
  if (edges.every((m) => negated(m, mentions))) return false;
  const named = edges.flatMap((m) => (m.meaning.kind === 'edge' && m.meaning.edge !== true && !negated(m, mentions) ? [m.meaning.edge] : []));
  return named[0] ?? true;
}

/** Adds an observation, or what it adds to an earlier one of the same leg that named no path or the same one. */
function add(found: Observation[], o: Observation & { party: PartyId }): void {
  const earlier = found.find((e) => e.traffic === o.traffic && e.party === o.party && (e.path === undefined || o.path === undefined || e.path === o.path));
  if (!earlier) {
    found.push(o);
    return;
  }
  const index = found.indexOf(earlier);
  const notPaths = [...new Set([...(earlier.notPaths ?? []), ...(o.notPaths ?? [])])].filter((p) => p !== (earlier.path ?? o.path));
  found[index] = {
    ...earlier,
    ...((earlier.path ?? o.path) && { path: earlier.path ?? o.path }),
    ...(notPaths.length > 0 && { notPaths }),
    ...((earlier.edge ?? o.edge) !== undefined && { edge: earlier.edge === undefined || earlier.edge === true ? (o.edge ?? earlier.edge) : earlier.edge }),
  };
}

const PHRASES = buildPhraseTable([vocabularyEn, vocabularyZh]);

/** Problems in the observation vocabulary (the vocabulary test lists them). */
export const OBSERVATION_VOCABULARY_PROBLEMS: readonly VocabularyProblem[] = PHRASES.problems;

/** Whether the text names anyone on a call, by the vocabulary's words for the speaker and the other party ("my", 「對方」). */
function namesSomeoneOnACall(text: string): boolean {
  return read(tokens(text), PHRASES.root).some((p) => isMention(p) && p.meaning.kind === 'person');
}

/** Terms for a component or a kind of call, never a fact of the user's own call (as "hybrid" or "PSTN" can be). */
const COMPONENT_TERMS: readonly TermId[] = ['edgeServer', 'ice', 'frontEnd', 'conferencingServer', 'qos', 'signalingVsMedia', 'segments', 'broadcast'];

/** Intents that are commands, never a ticket: their text is not read for observations. */
const COMMANDS: readonly Intent[] = ['help', 'cancel', 'back', 'switchLanguage'];

/**
 * The recognizer with the observations a text states: such a text is a call-flow question whatever else the
 * recognizer made of it (a pasted ticket opens with a greeting; "why is my audio on the Internet?" asks why).
 */
export function withObservations(inner: Recognizer): Recognizer {
  return {
    recognize(text: string, locale?: Locale): Recognition {
      const recognition = inner.recognize(text, locale);
      if (COMMANDS.includes(recognition.intent) || typeof text !== 'string') return recognition;
      const observations = readObservations(text);
      if (observations.length === 0) return recognition;
      // "What exactly is an Edge Server doing? Why do people say it relays?", "會議廣播跟一般會議有什麼不一樣？為什麼它的
      // 串流不走 ER？": a question about what a component or a kind of call is stays one, whatever path it names.
      // So does a caveat of the article ("'asymmetric routing' ever since ER went in: what does that mean?").
      // "what actually is the Microsoft network segment vs ExpressRoute? isn't ER part of it?": a segment nobody sees a
      // call take, asked about, too.
      const segment = recognition.topic?.kind === 'segment' && recognition.topic.segment === 'microsoftNetwork';
      // "why does federation with Skype consumer always go over the internet and never ER?", 「為什麼廣播串流不能走
      // ExpressRoute？」, "ELI5 the general rule for when traffic crosses ExpressRoute": a rule of the article asked about.
      // Said of someone's call ("my call with a Skype consumer went over the internet - why?") it is what they saw.
      // So is any rule the recognizer read as asked of nobody in particular ("Why would federated calls never use
      // ExpressRoute? Someone on my team claimed that", round 34 en50-61).
      const rule = recognition.askedRule === true || (['internetOnly', 'principle', 'principles'].includes(recognition.topic?.kind ?? '') && !namesSomeoneOnACall(text));
      const component = segment || rule || recognition.topic?.kind === 'caveat' || (recognition.topic?.kind === 'term' && COMPONENT_TERMS.includes(recognition.topic.term));
      if (recognition.intent === 'explain' && component) return recognition;
      return { ...recognition, intent: 'ask', observations };
    },
  };
}

// What a helpdesk ticket says was observed of a call: "the audio goes over the Internet", "signaling is on ER (fine)
// but the media goes out the internet", 「訊號沒有走 ER」, 「抓封包看到 media 從 Edge 繞出去」. Read clause by clause from
// phrases that are data (locales/vocabulary/observations.*.json): a clause that names a path (or denies one) for some
// traffic, and is not a question, an expectation or what a document says, is an observation. Apart from the
// recognizer, which it only decorates (index.ts), so either can change without the other.
import vocabularyEn from '../../locales/vocabulary/observations.en.json';
import vocabularyZh from '../../locales/vocabulary/observations.zh-TW.json';
import type { Observation } from '../engine/triage/types';
import type { PartyId, PathKind, Relay, TrafficType } from '../engine/types';
import { toTraditional } from './chinese';
import { HAN } from './text';

type Traffic = TrafficType | 'unspecified';
type Side = 'user' | 'peer' | 'attendees';

/** What a phrase of the observation vocabulary means. */
type Meaning =
  | { kind: 'traffic'; traffic: Traffic }
  | { kind: 'path'; path: PathKind }
  | { kind: 'edge'; edge: Relay | true }
  | { kind: 'negation' }
  | { kind: 'negationAfter' }
  | { kind: 'notObservation' }
  | { kind: 'presupposition' }
  | { kind: 'side'; side: Side }
  | { kind: 'person'; person: 'firstPerson' | 'thirdPronoun' | 'peer' }
  | { kind: 'clauseBreak' }
  | { kind: 'motion' }
  | { kind: 'noise' };

const RELAYS: readonly Relay[] = ['onlineEdge', 'onPremEdge', 'cloudConnectorEdge'];

/** A vocabulary key ("path.internet", "negation") as a meaning; undefined for keys the reader does not know. */
export function meaningOf(key: string): Meaning | undefined {
  const [head, rest] = key.split('.', 2) as [string, string | undefined];
  switch (head) {
    case 'traffic':
      return rest === 'media' || rest === 'signaling' || rest === 'unspecified' ? { kind: 'traffic', traffic: rest } : undefined;
    case 'path':
      return rest === 'local' || rest === 'expressRoute' || rest === 'internet' ? { kind: 'path', path: rest } : undefined;
    case 'edge':
      if (rest === 'any') return { kind: 'edge', edge: true };
      return RELAYS.includes(rest as Relay) ? { kind: 'edge', edge: rest as Relay } : undefined;
    case 'side':
      return rest === 'user' || rest === 'peer' || rest === 'attendees' ? { kind: 'side', side: rest } : undefined;
    case 'person':
      return rest === 'firstPerson' || rest === 'thirdPronoun' || rest === 'peer' ? { kind: 'person', person: rest } : undefined;
    case 'negation':
    case 'negationAfter':
    case 'notObservation':
    case 'presupposition':
    case 'clauseBreak':
    case 'motion':
    case 'noise':
      return rest === undefined ? { kind: head } : undefined;
    default:
      return undefined;
  }
}

/** Latin words (with inner apostrophes, hyphens and slashes: "isn't", "on-prem", "a/v"), single Han characters, breaks. */
const TOKEN = /[a-z0-9]+(?:['\-/.][a-z0-9]+)*|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[.?!。？！;；\n]|[,，:：()（）、"「」]/g;
const STRONG_BREAK = /^[.?!。？！;；\n]$/;
const SOFT_BREAK = /^[,，:：()（）、"「」]$/;

function normalized(text: string): string {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'");
  return HAN.test(plain) ? toTraditional(plain) : plain;
}

function tokens(text: string): string[] {
  return normalized(text).match(TOKEN) ?? [];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  meaning?: Meaning;
}

export interface VocabularyProblem {
  key: string;
  phrase: string;
  problem: string;
}

/** The phrase table of both files, and what is wrong with them (an unknown key, a phrase with two meanings). */
export function buildPhraseTable(files: readonly Record<string, unknown>[]): { root: TrieNode; problems: VocabularyProblem[] } {
  const root: TrieNode = { next: new Map() };
  const problems: VocabularyProblem[] = [];
  for (const file of files) {
    for (const [key, phrases] of Object.entries(file)) {
      if (key.startsWith('_')) continue;
      const meaning = meaningOf(key);
      if (!meaning || !Array.isArray(phrases)) {
        problems.push({ key, phrase: '', problem: 'unknown key' });
        continue;
      }
      for (const phrase of phrases as string[]) {
        const words = tokens(phrase);
        if (words.length === 0) {
          problems.push({ key, phrase, problem: 'no words' });
          continue;
        }
        let node = root;
        for (const word of words) {
          let child = node.next.get(word);
          if (!child) {
            child = { next: new Map() };
            node.next.set(word, child);
          }
          node = child;
        }
        if (node.meaning && JSON.stringify(node.meaning) !== JSON.stringify(meaning)) {
          problems.push({ key, phrase, problem: `also means ${JSON.stringify(node.meaning)}` });
        }
        node.meaning ??= meaning;
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
function read(words: readonly string[], root: TrieNode): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (STRONG_BREAK.test(word) || SOFT_BREAK.test(word)) {
      pieces.push({ kind: 'break', strong: STRONG_BREAK.test(word), at: i });
      i += 1;
      continue;
    }
    let node: TrieNode | undefined = root;
    let found: Mention | undefined;
    for (let j = i; j < words.length && node; j++) {
      node = node.next.get(words[j]);
      if (node?.meaning) found = { meaning: node.meaning, start: i, end: j + 1 };
    }
    if (found) {
      pieces.push(found);
      i = found.end;
    } else i += 1;
  }
  return pieces;
}

const isMention = (p: Piece): p is Mention => !('kind' in p);

/** A clause: the mentions between two breaks (a contrast word such as "but" or 「但是」 ends one too). */
function clauses(pieces: readonly Piece[]): { mentions: Mention[]; sentence: number }[] {
  const out: { mentions: Mention[]; sentence: number }[] = [{ mentions: [], sentence: 0 }];
  let sentence = 0;
  for (const piece of pieces) {
    const isBreak = !isMention(piece) || piece.meaning.kind === 'clauseBreak';
    if (isBreak) {
      if (!isMention(piece) && piece.strong) sentence += 1;
      out.push({ mentions: [], sentence });
    } else out[out.length - 1].mentions.push(piece);
  }
  return out.filter((c) => c.mentions.length > 0);
}

/** How far a negation reaches, in tokens between it and what it denies ("not via ER", 「沒有回總部走 ER」). */
const NEGATION_REACH = 5;

function negated(target: Mention, mentions: readonly Mention[]): boolean {
  const index = mentions.indexOf(target);
  for (let k = index - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.meaning.kind === 'path' || m.meaning.kind === 'edge' || m.meaning.kind === 'traffic') break;
    if (m.meaning.kind === 'negation') return target.start - m.end <= NEGATION_REACH;
  }
  const next = mentions[index + 1];
  return next?.meaning.kind === 'negationAfter' && next.start - target.end <= 3;
}

interface Said {
  traffic?: Traffic;
  party?: Side;
}

/** Who a clause is about: an explicit side, else a pronoun naming the other party when the speaker is on the call. */
function sideOf(mentions: readonly Mention[], speakerOnCall: boolean): Side | undefined {
  const side = mentions.find((m) => m.meaning.kind === 'side');
  if (side && side.meaning.kind === 'side') return side.meaning.side;
  const traffic = mentions.findIndex((m) => m.meaning.kind === 'traffic');
  const before = traffic > 0 ? mentions[traffic - 1] : undefined;
  const possessive = before && before.end === mentions[traffic].start && before.meaning.kind === 'person';
  if (possessive && before.meaning.kind === 'person' && before.meaning.person !== 'firstPerson' && speakerOnCall) return 'peer';
  if (possessive && before.meaning.kind === 'person' && before.meaning.person === 'firstPerson') return 'user';
  return undefined;
}

/** The observations a text states, in the order it states them; empty when it states none. */
export function readObservations(text: string, root: TrieNode = PHRASES.root): Observation[] {
  const pieces = read(tokens(text), root);
  const all = pieces.filter(isMention);
  const has = (person: 'firstPerson' | 'peer') => all.some((m) => m.meaning.kind === 'person' && m.meaning.person === person);
  // "I ... my colleague ... his media": the speaker is one party, so another's traffic is the other party's.
  const speakerOnCall = has('firstPerson') && has('peer');
  const found: Observation[] = [];
  let last: Said = {};
  for (const { mentions } of clauses(pieces)) {
    const kinds = new Set(mentions.map((m) => m.meaning.kind));
    const paths = mentions.filter((m) => m.meaning.kind === 'path');
    const edges = mentions.filter((m) => m.meaning.kind === 'edge');
    if (paths.length === 0 && edges.length === 0) continue;
    if (kinds.has('notObservation') && !kinds.has('presupposition')) continue;
    const named = [...new Set(mentions.flatMap((m) => (m.meaning.kind === 'traffic' ? [m.meaning.traffic] : [])))];
    const specific = named.filter((t): t is TrafficType => t !== 'unspecified');
    // A clause that names no traffic continues the last one ("…, not via ER"; "his stays local") when it says more.
    const continues = named.length === 0 && last.traffic !== undefined;
    if (named.length === 0 && !continues && !kinds.has('motion')) continue;
    const traffics: Traffic[] = specific.length > 0 ? specific : continues ? [last.traffic as Traffic] : ['unspecified'];
    const party: Side = sideOf(mentions, speakerOnCall) ?? (continues ? (last.party ?? 'user') : 'user');
    const seen = paths.filter((m) => !negated(m, mentions)).map((m) => (m.meaning as { path: PathKind }).path);
    const denied = paths.filter((m) => negated(m, mentions)).map((m) => (m.meaning as { path: PathKind }).path);
    const edge = edgeOf(edges, mentions);
    for (const traffic of traffics) {
      const resolved: TrafficType = traffic === 'unspecified' ? 'media' : traffic;
      for (const path of seen.length > 0 ? [...new Set(seen)] : [undefined]) {
        add(found, { traffic: resolved, party, ...(path && { path }), ...(denied.length > 0 && { notPaths: [...new Set(denied)] }), ...(edge !== undefined && { edge }) });
      }
    }
    last = { traffic: traffics[traffics.length - 1], party };
  }
  return found.filter((o) => o.path !== undefined || (o.notPaths ?? []).length > 0 || o.edge !== undefined);
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

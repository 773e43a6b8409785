// The triage part of `npm run eval`: the blind triage tickets (test/triage/blind/, written by someone who never saw
// the code: slots, observed paths and whether they are what the article expects), run through the command line's
// batch path as a helpdesk would paste them. Per language: observation recognition precision and recall (traffic,
// party and path; the Edge apart), and how often `triage.matches` agrees with the label where one is given.
// The test part is only ever scored in aggregate.
import { readFileSync } from 'fs';
import { join } from 'path';
import { answerLine } from '../src/cli/batch';
import type { Reply } from '../src/cli/request';
import type { PathKind, TrafficType } from '../src/engine/types';
import { createRecognizer } from '../src/nlu';
import type { Locale, Recognizer } from '../src/nlu/types';
import { projectRoot } from './project-root';
import { percent, ratio } from './slot-score';

export const TRIAGE_PARTS = ['dev', 'test'] as const;
export type TriagePart = (typeof TRIAGE_PARTS)[number];

/** An observation as the blind contract labels it (blind/prompt/triage-contract.md). */
export interface LabelledObservation {
  traffic: TrafficType;
  party: 'user' | 'peer';
  path: PathKind | null;
  notPath?: PathKind;
  edge?: true;
}

export interface Ticket {
  id: string;
  lang: Locale;
  text: string;
  observed: LabelledObservation[];
  expectedSame?: boolean;
  attendee?: true;
}

export function loadTickets(part: TriagePart): Ticket[] {
  const file = join(projectRoot(__dirname), 'test', 'triage', 'blind', `${part}.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Ticket);
}

/** An observation of the triage JSON, as far as scoring goes. */
interface GotObservation {
  text?: string;
  traffic: TrafficType;
  party: string;
  path?: PathKind | null;
  notPaths?: PathKind[];
  paths?: PathKind[];
  edge?: boolean | string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface TriageScore {
  tickets: number;
  observations: Counts;
  edge: Counts;
  /** Tickets labelled with expectedSame: how many the triage agrees with, how many it asked a question about instead. */
  matches: { labelled: number; agree: number; asked: number };
}

export interface TriageMiss {
  id: string;
  text: string;
  want: LabelledObservation[];
  got: GotObservation[];
  expectedSame?: boolean;
  matches?: boolean | null;
  slots: object;
}

/** The broadcast's attendees are the user of a ticket about them (the contract labels them `user`, with `attendee`). */
const partyOf = (party: string) => (party === 'attendees' ? 'user' : party);

/** Whether an observation read from the text says what a labelled one says (traffic, party and path or path denied). */
function same(want: LabelledObservation, got: GotObservation): boolean {
  if (want.traffic !== got.traffic || want.party !== partyOf(got.party)) return false;
  if (want.path !== null) return got.path === want.path || (!got.path && got.paths?.length === 1 && got.paths[0] === want.path);
  return !got.path && want.notPath !== undefined && (got.notPaths ?? []).includes(want.notPath);
}

function count(wants: readonly LabelledObservation[], gots: readonly GotObservation[], counts: Counts, edges: Counts): void {
  const unmatched = [...gots];
  for (const want of wants) {
    const index = unmatched.findIndex((got) => same(want, got));
    if (index < 0) {
      counts.fn += 1;
      if (want.edge) edges.fn += 1;
      continue;
    }
    const [got] = unmatched.splice(index, 1);
    counts.tp += 1;
    const gotEdge = got.edge !== undefined && got.edge !== false;
    if (want.edge && gotEdge) edges.tp += 1;
    else if (want.edge) edges.fn += 1;
    else if (gotEdge) edges.fp += 1;
  }
  counts.fp += unmatched.length;
  edges.fp += unmatched.filter((g) => g.edge !== undefined && g.edge !== false).length;
}

export type AskText = (text: string) => Reply;

/** The command line's batch path in this process: what `callflow ask --json -` prints for a line of text. */
export function inProcessAsk(recognizer: Recognizer = createRecognizer()): AskText {
  return (text) => JSON.parse(answerLine(JSON.stringify({ text }), recognizer, 'en')) as Reply;
}

interface TriageReply {
  status?: string;
  matches?: boolean | null;
  observed?: GotObservation[];
}

export function scoreTickets(tickets: readonly Ticket[], ask: AskText): { score: TriageScore; misses: TriageMiss[] } {
  const score: TriageScore = {
    tickets: tickets.length,
    observations: { tp: 0, fp: 0, fn: 0 },
    edge: { tp: 0, fp: 0, fn: 0 },
    matches: { labelled: 0, agree: 0, asked: 0 },
  };
  const misses: TriageMiss[] = [];
  for (const ticket of tickets) {
    const reply = ask(ticket.text) as Reply & { triage?: TriageReply };
    const triage = reply.triage;
    const got = triage?.observed ?? [];
    const before = { ...score.observations };
    count(ticket.observed, got, score.observations, score.edge);
    const matches = triage?.matches ?? null;
    let wrongMatch = false;
    if (ticket.expectedSame !== undefined) {
      score.matches.labelled += 1;
      if (matches === ticket.expectedSame) score.matches.agree += 1;
      else {
        wrongMatch = true;
        if (matches === null) score.matches.asked += 1;
      }
    }
    const wrongObservations = score.observations.fp !== before.fp || score.observations.fn !== before.fn;
    if (wrongObservations || wrongMatch) {
      misses.push({ id: ticket.id, text: ticket.text, want: ticket.observed, got, expectedSame: ticket.expectedSame, matches, slots: reply.slots });
    }
  }
  return { score, misses };
}

export function evaluateTriage(part: TriagePart, locale: Locale, ask: AskText): { score: TriageScore; misses: TriageMiss[] } {
  return scoreTickets(loadTickets(part).filter((t) => t.lang === locale), ask);
}

export const precision = (c: Counts): number => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts): number => ratio(c.tp, c.tp + c.fn);

export function formatTriageScore(title: string, s: TriageScore): string {
  return [
    `${title} (${s.tickets} tickets)`,
    `  observations   precision ${percent(precision(s.observations))}  recall ${percent(recall(s.observations))}  (${s.observations.tp + s.observations.fn} labelled)`,
    `  relayed (Edge) precision ${percent(precision(s.edge))}  recall ${percent(recall(s.edge))}  (${s.edge.tp + s.edge.fn} labelled)`,
    `  matches agrees with expectedSame ${s.matches.agree}/${s.matches.labelled} (${percent(ratio(s.matches.agree, s.matches.labelled)).trim()}; undecided, a fact missing: ${s.matches.asked})`,
  ].join('\n');
}

export function formatTriageMiss(miss: TriageMiss): string {
  return [
    `  ✗ ${miss.id}: ${miss.text.replace(/\s+/g, ' ')}`,
    `      want ${JSON.stringify(miss.want)}${miss.expectedSame === undefined ? '' : ` expectedSame=${miss.expectedSame}`}`,
    `      got  ${JSON.stringify(miss.got.map(({ text: _text, ...o }) => o))} matches=${String(miss.matches)} slots=${JSON.stringify(miss.slots)}`,
  ].join('\n');
}

const LOCALES: readonly Locale[] = ['en', 'zh-TW'];
const TITLES: Record<Locale, string> = { en: 'English', 'zh-TW': 'Chinese (zh-TW, Simplified and mixed)' };

/** The triage section of `npm run eval` (and its `--json`, `--errors`; misses of the test part are never printed). */
export function triageReport(args: readonly string[], recognizer: Recognizer = createRecognizer()): { text: string; json: object } {
  const ask = inProcessAsk(recognizer);
  // `--dev`: only the dev part (while working on the reader; the test part is scored at the start and at the end).
  const parts = args.includes('--dev') ? (['dev'] as const) : TRIAGE_PARTS;
  const results = LOCALES.map((locale) => ({ locale, parts: parts.map((part) => ({ part, ...evaluateTriage(part, locale, ask) })) }));
  const json = Object.fromEntries(results.map(({ locale, parts }) => [locale, Object.fromEntries(parts.map((p) => [p.part, p.score]))]));
  const text = results
    .flatMap(({ locale, parts }) =>
      parts.map(({ part, score, misses }) =>
        [
          formatTriageScore(`${TITLES[locale]}: triage tickets, blind ${part}`, score),
          ...(args.includes('--errors') && part !== 'test' ? misses.map(formatTriageMiss) : []),
        ].join('\n'),
      ),
    )
    .join('\n\n');
  return { text, json };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const report = triageReport(args);
  console.log(args.includes('--json') ? JSON.stringify(report.json, null, 2) : report.text);
}

// Round 14's blind lexicon of hosts and homing (lex14-hosts-en.json, lex14-hosts-zh.json, kept as written by helpers
// who never saw the recognizer): organizer phrases (online, onPremises, otherCompany), homing phrases by whose they are
// (the writer, another person, both, a group) and negatives that only look like them, each in a sentence of its own.
// A row is right when the recognizer reads what the phrase says of the one it is said of; wrong when it reads the
// opposite, or (negatives) any host or homing at all.
import type { Recognizer } from '../../../src/nlu';

export interface LexiconRow {
  fact: 'organizer' | 'homing' | 'none';
  label?: 'online' | 'onPremises' | 'otherCompany';
  whose?: 'writer' | 'other' | 'both' | 'group';
  phrase: string;
  sentence: string;
}

export type Outcome = 'right' | 'missed' | 'wrong';

const opposite = (value: string | undefined): string | undefined => (value === 'online' ? 'onPremises' : value === 'onPremises' ? 'online' : undefined);

/** How the recognizer reads one row. */
export function outcomeOf(recognizer: Recognizer, row: LexiconRow): Outcome {
  const s = recognizer.recognize(row.sentence).slots;
  const said = row.label;
  if (row.fact === 'none') return s.organizer || s.homing || s.peerHoming ? 'wrong' : 'right';
  if (row.fact === 'organizer') return s.organizer === said ? 'right' : s.organizer !== undefined ? 'wrong' : 'missed';
  // Every user of an Online deployment is homed Online: the deployment says it.
  const implied = said === 'online' && (s.deployment === 'online' || s.deployment === 'cloudConnector');
  const other = opposite(said);
  const others: (string | undefined)[] = [s.peerHoming, s.organizer];
  switch (row.whose) {
    case 'writer':
      return s.homing === said || (s.homing === undefined && implied) ? 'right' : s.homing !== undefined ? 'wrong' : 'missed';
    case 'other':
      return others.includes(said) || (implied && s.homing === undefined) ? 'right' : others.includes(other) ? 'wrong' : 'missed';
    case 'both':
      return (s.homing === said || implied) && (others.includes(said) || implied) ? 'right' : [s.homing, ...others].includes(other) ? 'wrong' : 'missed';
    default:
      // A group's homing is how the organization is split (Hybrid), or everyone's (Online).
      return [s.homing, ...others].includes(said) || (said === 'online' ? implied : s.deployment === 'hybrid') ? 'right' : [s.homing, ...others].includes(other) ? 'wrong' : 'missed';
  }
}

/** The rows' group: the fact and, for hosts, the label; for homing, whose. */
export const groupOf = (row: LexiconRow): string => (row.fact === 'organizer' ? `organizer:${row.label}` : row.fact === 'homing' ? `homing:${row.whose}` : 'none');

/** Right, missed and wrong rows per group, with the sentences of the wrong ones. */
export function scoreLexicon(recognizer: Recognizer, rows: readonly LexiconRow[]): Map<string, Record<Outcome, number> & { wrongs: string[] }> {
  const groups = new Map<string, Record<Outcome, number> & { wrongs: string[] }>();
  for (const row of rows) {
    const group = groups.get(groupOf(row)) ?? { right: 0, missed: 0, wrong: 0, wrongs: [] };
    const outcome = outcomeOf(recognizer, row);
    group[outcome]++;
    if (outcome === 'wrong') group.wrongs.push(row.sentence);
    groups.set(groupOf(row), group);
  }
  if (process.env.GRID_REPORT) for (const [name, g] of groups) console.log(`${name}: ${g.right} right, ${g.missed} missed, ${g.wrong} wrong`);
  return groups;
}

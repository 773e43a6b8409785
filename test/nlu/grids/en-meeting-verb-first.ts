// English grid of a meeting's host named after the verb of the meeting's relative clause, in the word order of
// Spanish, Portuguese or Italian (invented, after dev18: "a meeting that organize my colleague Javier"). Negatives:
// the host said first ("a meeting that Javier organizes") reads as before; a verb with nobody after it names no host
// ("a meeting that hosts 200 people").
import { product } from './en-grid';
import type { GridItem } from './grid';

const MEETINGS = ['a meeting', 'the weekly meeting', 'a Skype meeting', 'the review meeting'];
const VERBS = ['organize', 'organizes', 'organises', 'hosts', 'schedules', 'organized'];
const HOSTS = [
  { said: 'my colleague Javier, who is in Skype Online', organizer: 'online' },
  { said: 'my boss (homed on-prem)', organizer: 'onPremises' },
  { said: 'Maria, she is an on-prem user', organizer: 'onPremises' },
] as const;

/** "I join <meeting> that <verb> <host>": the one after the verb hosts. */
export function verbFirstGrid(): GridItem[] {
  return product({ meeting: MEETINGS, verb: VERBS, host: HOSTS }).map(({ meeting, verb, host }) => ({
    text: `We are hybrid. Tomorrow I join ${meeting} that ${verb} ${host.said}. I am on-prem, in the office. Which way?`,
    slots: { organizer: host.organizer, homing: 'onPremises', location: 'customerNetwork' },
    tags: [`verb:${verb}`],
  }));
}

/** The host said before the verb, as natives do, homed in a sentence of their own: read as before. */
export function hostFirstGrid(): GridItem[] {
  const hosts = [
    { name: 'Javier', homed: 'Javier is in Skype Online', organizer: 'online' },
    { name: 'my boss', homed: 'My boss is homed on-prem', organizer: 'onPremises' },
    { name: 'Maria', homed: 'Maria is an on-prem user', organizer: 'onPremises' },
  ] as const;
  return product({ meeting: MEETINGS, host: hosts }).map(({ meeting, host }) => ({
    text: `We are hybrid. Tomorrow I join ${meeting} that ${host.name} organizes. ${host.homed}. I am on-prem, in the office. Which way?`,
    slots: { organizer: host.organizer, homing: 'onPremises', location: 'customerNetwork' },
  }));
}

/**
 * A meeting's clause with nobody after its verb: someone else homed elsewhere is no host ("that hosts 200 people");
 * hosted on our pool, or by the writer, it is what the clause says.
 */
export function noHostGrid(): GridItem[] {
  const clauses = [
    { said: 'that is hosted on our pool', organizer: 'onPremises' },
    { said: 'that I organize', organizer: 'onPremises' },
    { said: 'which is organized every Monday' },
    { said: 'that hosts 200 people' },
  ] as const;
  return product({ meeting: MEETINGS, clause: clauses }).map(({ meeting, clause }) => ({
    text: `We are hybrid. My colleague Ana is homed Online. I join ${meeting} ${clause.said}. I am on-prem, in the office. Which way?`,
    slots: { homing: 'onPremises', location: 'customerNetwork', ...('organizer' in clause && { organizer: clause.organizer }) },
    tags: [`clause:${clause.said}`],
  }));
}

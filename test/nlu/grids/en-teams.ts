// Round 10's English team grid (invented; no blind text): where a team or department is homed ("Finance is still on
// the pool, everyone else is Online") is how the organization is split, not where anyone in the call is homed, unless
// the text puts them in that team ("Priya from finance"): then it is hers, and what is said of her herself decides.
import { nth, product } from './en-grid';
import type { GridItem } from './grid';

/** A team's homing, said as a clause of its own; `team` is how a member is said to be in it. */
const TEAMS = [
  { said: 'Finance is still on the on-prem pool', team: 'finance', value: 'onPremises' },
  { said: 'Only the Sales team is homed on-prem', team: 'sales', value: 'onPremises' },
  { said: 'Payroll is still on Lync', team: 'payroll', value: 'onPremises' },
  { said: 'Legal moved to SfB Online last year', team: 'legal', value: 'online' },
  { said: 'The finance team is already in Skype Online', team: 'finance', value: 'online' },
  { said: 'HR and Marketing are still on the on-prem servers', team: 'marketing', value: 'onPremises' },
  { said: 'Procurement was migrated to Online', team: 'procurement', value: 'online' },
] as const;

const RESTS = ['', ', everyone else is {other}', '; the rest of the company is {other}'];
const OTHER = { onPremises: 'Online', online: 'still on-prem' } as const;

/** The call: two people named, each placed; `member` puts the caller in the team. */
const CALLS = [
  { say: (caller: string) => `${caller} is at home and calls Tomasz, who is in the office.`, location: 'internet', peer: 'customerNetwork' },
  { say: (caller: string) => `${caller} calls Tomasz from her desk; he is working from home without VPN.`, location: 'customerNetwork', peer: 'internet' },
  { say: (caller: string) => `${caller}, on the hotel wifi, rings Tomasz in the office.`, location: 'internet', peer: 'customerNetwork' },
] as const;

const QUESTIONS = ['Path for Grace?', 'Which way does her call go?', 'What path does Grace\'s media take?'];

/** A team's homing beside a call between people nobody puts in it: nobody's homing, a Hybrid deployment. */
export function teamHomingGrid(): GridItem[] {
  return product({ team: TEAMS, rest: RESTS, call: CALLS }).map(({ team, rest, call }, n) => ({
    text: `${team.said}${rest.replace('{other}', OTHER[team.value])}. ${call.say('Grace')} ${nth(QUESTIONS, n)}`,
    slots: { deployment: 'hybrid', location: call.location, peer: call.peer },
    tags: [`team:${team.team}`, `rest:${rest ? 'said' : 'none'}`],
  }));
}

/** The same, with the caller said to be in the team ("Grace from finance"): its homing is hers. */
export function teamMemberGrid(): GridItem[] {
  const members = [(team: string) => `Grace from ${team}`, (team: string) => `Grace in ${team}`];
  return product({ team: TEAMS, rest: RESTS, call: CALLS, member: members }).map(({ team, rest, call, member }, n) => ({
    text: `${team.said}${rest.replace('{other}', OTHER[team.value])}. ${call.say(member(team.team))} ${nth(QUESTIONS, n)}`,
    slots: { deployment: 'hybrid', location: call.location, peer: call.peer, homing: team.value },
    tags: [`team:${team.team}`],
  }));
}

/** A group said against the rest ("only admin went Online"), beside both parties' own homing said together. */
export function groupContrastGrid(): GridItem[] {
  const groups = ['only admin went Online', 'only the nurses moved to SfB Online', 'only IT is on Skype Online so far', 'only the managers were migrated to Online', 'only the back-office staff are homed Online'];
  const boths = ['Both their accounts are still on our on-prem SfB pool', 'Both of them are still homed on-prem', 'They are both still on the Lync pool'];
  const separators = [' - ', '; ', '. '];
  return product({ group: groups, both: boths, separator: separators }).map(({ group, both, separator }, n) => ({
    text: `Hybrid. Mary (at the nurses' station) calls Dr. Feld (in the doctors' office) 1:1, same building. ${both}${separator}${separator === '. ' ? group.charAt(0).toUpperCase() + group.slice(1) : group}. ${nth(['Does this call touch ER?', 'Path?', 'Which way does her media go?'], n)}`,
    slots: { deployment: 'hybrid', homing: 'onPremises', peerHoming: 'onPremises', location: 'customerNetwork', peer: 'customerNetwork' },
    tags: [`group:${group.split(' ')[1]}`],
  }));
}

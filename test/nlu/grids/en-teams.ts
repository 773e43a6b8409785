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

/**
 * Any team, not only listed ones, said as the subject of its homing ("Radiology staff are still on the pool", "our
 * call centre is still on our own Skype servers"), with `team` the words a member is said with.
 */
const OPEN_TEAMS = [
  { said: 'Radiology staff are still on the on-prem pool', team: 'radiology', value: 'onPremises' },
  { said: 'Our call centre is still on our own Skype servers', team: 'call centre', value: 'onPremises' },
  { said: 'The warehouse team was moved to Skype Online', team: 'warehouse', value: 'online' },
  { said: 'The claims department has not been migrated yet', team: 'claims', value: 'onPremises' },
  { said: 'The dispatch desk is homed in O365 now', team: 'dispatch', value: 'online' },
  { said: 'Customer Support is still on Lync Server 2013 in our DC', team: 'customer support', value: 'onPremises' },
  { said: 'Finance is still on the on-prem pool', team: 'finance', value: 'onPremises' },
  { said: 'Procurement was migrated to Online', team: 'procurement', value: 'online' },
] as const;

/** Ways to say one person of the team, by its name; `pronoun`: "one of them", right after the team's sentence. */
const MEMBERS = [
  (team: string) => `A ${team} clerk`,
  (team: string) => `An agent from ${team}`,
  (team: string) => `One of the ${team} guys`,
  (team: string) => `A coordinator on the ${team} floor`,
  () => 'One of them',
];

/** A phone call out, placed; the member's homing is all that decides the answer beside where they are. */
const DIALS = [
  { say: (who: string) => `${who}, at her desk in HQ, dials a customer's mobile.`, location: 'customerNetwork' },
  { say: (who: string) => `${who} is working from home without VPN and calls a landline.`, location: 'internet' },
] as const;

/** A team's homing, then one of its people dialling out: the team's homing is theirs. */
export function openTeamMemberGrid(): GridItem[] {
  return product({ team: OPEN_TEAMS, member: MEMBERS, dial: DIALS }).map(({ team, member, dial }, n) => ({
    text: `Hybrid. ${team.said}. ${dial.say(member(team.team))} ${nth(['Path?', 'Which way do signaling and media go?', 'Does it use ExpressRoute?'], n)}`,
    slots: { deployment: 'hybrid', location: dial.location, homing: team.value },
    tags: [`team:${team.team}`, `member:${member('X').split(' ').slice(0, 2).join(' ')}`],
  }));
}

/** Two teams set against each other, one on each side of the split; `a` and `b` are how their people are said. */
const PAIRS = [
  { said: 'Radiology staff are still on the on-prem pool, the admin staff are in O365', a: 'radiology', b: 'admin', value: 'onPremises' },
  { said: 'The warehouse team is still on Lync, the office team moved to Skype Online', a: 'warehouse', b: 'office', value: 'onPremises' },
  { said: "Marketing's already in the cloud, sales is still on our own Skype servers", a: 'marketing', b: 'sales', value: 'online' },
  { said: 'Our juniors were moved to the cloud but the claims department is still on the on-premises server', a: 'junior', b: 'claims', value: 'online' },
] as const;
const OTHER_SIDE = { onPremises: 'online', online: 'onPremises' } as const;

/**
 * "Radiology staff are on the pool, the admin staff are in O365. A radiology clerk calls an admin clerk": each team's
 * homing is its own people's, whichever of them calls; a phone call out by one of either team.
 */
export function teamPairGrid(): GridItem[] {
  const calls = [
    { say: (caller: string, callee: string) => `A ${caller} clerk calls a ${callee} clerk 1:1; both are at their desks in the main building.`, peer: true },
    { say: (caller: string) => `A ${caller} clerk at her desk in the main building dials a customer's mobile.`, peer: false },
  ];
  const sides = [false, true];
  return product({ pair: PAIRS, call: calls, swapped: sides }).map(({ pair, call, swapped }, n) => {
    const [caller, callee] = swapped ? [pair.b, pair.a] : [pair.a, pair.b];
    const homing = swapped ? OTHER_SIDE[pair.value] : pair.value;
    return {
      text: `Hybrid. ${pair.said}. ${call.say(caller, callee)} ${nth(['Path for the caller?', 'Which way does her call go?'], n)}`,
      slots: { deployment: 'hybrid', location: 'customerNetwork', homing, ...(call.peer && { peer: 'customerNetwork', peerHoming: OTHER_SIDE[homing] }) },
      tags: [`pair:${pair.a}`, `call:${call.peer ? 'p2p' : 'pstn'}`],
    };
  });
}

/**
 * "they" said of someone else than a team right before: "Finance is still on the pool. They told me to ask you. I dial
 * a landline" is nobody's homing in the call (asked back). Listed teams only: an unlisted team's homing beside the
 * writer alone ("The warehouse team was moved to Online. I dial a landline") is read as the writer's, as before (most
 * writers name their own team; reading it as nobody's cost held sets 41 right answers).
 */
export function notTheTeamGrid(): GridItem[] {
  const asides = ['They keep complaining about it', 'They told me to ask you', 'I heard they will move next year', 'IT says they are fine'];
  const dials = [
    { say: "I'm at my desk in HQ and dial a customer's mobile.", location: 'customerNetwork' },
    { say: "I'm working from home without VPN and call a landline.", location: 'internet' },
  ] as const;
  const listed = OPEN_TEAMS.filter((team) => ['finance', 'procurement'].includes(team.team));
  return product({ team: listed, aside: asides, dial: dials }).map(({ team, aside, dial }, n) => ({
    text: `Hybrid. ${team.said}. ${aside}. ${dial.say} ${nth(['Path?', 'Which way do signaling and media go?'], n)}`,
    slots: { deployment: 'hybrid', location: dial.location },
    tags: [`team:${team.team}`],
  }));
}

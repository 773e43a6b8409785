// Homing of whom in a call between two of ours: the caller named by a role, a name or a gendered noun ("the new guy",
// "a lady from accounts") x both homings in brackets or in pronoun sentences after the call ("she's online-homed, he's
// on-prem homed") x the question asked of "the caller" or of the caller named again. Round 8 (nlu15): "the caller" is
// who calls, and a gendered noun tells two pronouns apart. Each probe states its slots exactly (grid.ts).
import type { PartialScenario } from '../../../src/engine/types';
import { product, type Probe } from './grid';

type Homing = 'online' | 'onPremises';

const HOMED: Readonly<Record<Homing, string>> = { online: 'online-homed', onPremises: 'on-prem homed' };
const PAIRS: readonly (readonly [Homing, Homing])[] = [
  ['online', 'onPremises'],
  ['onPremises', 'online'],
  ['online', 'online'],
  ['onPremises', 'onPremises'],
];

const CALLERS: readonly { name: string; pronoun?: 'he' | 'she' }[] = [
  { name: 'User' },
  { name: 'The user' },
  { name: 'Our agent' },
  { name: 'Ravi' },
  { name: 'The new guy', pronoun: 'he' },
  { name: 'A lady from accounts', pronoun: 'she' },
];

const ASKED = ["Does the caller's signalling go over ER?", "What are the caller's paths?"];

const slots = (homing: Homing, peerHoming: Homing): PartialScenario => ({
  deployment: 'hybrid',
  callType: 'peerToPeer',
  homing,
  peerHoming,
  location: 'customerNetwork',
  peer: 'customerNetwork',
});

/** Both homings in brackets after each person. */
function bracketed(): Probe[] {
  return product<unknown>([CALLERS, PAIRS, ASKED]).map((row) => {
    const [caller, [homing, peerHoming], asked] = row as [(typeof CALLERS)[number], readonly [Homing, Homing], string];
    const text = `Hybrid. ${caller.name} (${HOMED[homing]}) at the Leeds office calls a colleague (${HOMED[peerHoming]}) also at the Leeds office. ${asked}`;
    return { text, slots: slots(homing, peerHoming), intents: ['ask'] };
  });
}

/** Both homings in pronoun sentences after the call: a gendered caller, the one called the other gender. */
function pronouns(): Probe[] {
  const gendered = CALLERS.filter((caller) => caller.pronoun !== undefined);
  return product<unknown>([gendered, PAIRS, ASKED]).map((row) => {
    const [caller, [homing, peerHoming], asked] = row as [(typeof CALLERS)[number], readonly [Homing, Homing], string];
    const own = caller.pronoun === 'he' ? 'his' : 'her';
    const other = caller.pronoun === 'he' ? 'she' : 'he';
    const text =
      `hybrid. ${caller.name.toLowerCase()} is in the office, calling ${own} manager 1:1, who is upstairs at ${other === 'he' ? 'his' : 'her'} desk. ` +
      `${other}'s ${HOMED[peerHoming]}, ${caller.pronoun}'s ${HOMED[homing]}. ${asked}`;
    return { text, slots: slots(homing, peerHoming), intents: ['ask'] };
  });
}

export const callerGrid = (): Probe[] => [...bracketed(), ...pronouns()];

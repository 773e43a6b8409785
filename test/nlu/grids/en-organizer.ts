// The English organizer grid: who hosts a meeting (a role, a name, a title in the writer's own language) x how it is
// said (set up, scheduled, sent the invite, hosts, owns, chairs, "X's meeting", "the meeting of X", "the meeting is
// from X", "X is making the meeting", "invited by X", "on X's bridge"...) x where the host is homed and how that is
// said (a relative clause, an aside in brackets, a sentence of its own) x what the user says of themselves.
// Distractors name a person who does not host (only attends, only has a place, hosted a past meeting, hosts only in a
// supposition): they must read no organizer. Each probe states its slots exactly (grid.ts).
import type { PartialScenario } from '../../../src/engine/types';
import { product, type Probe } from './grid';

interface Host {
  name: string;
  pronoun: 'he' | 'she';
}

const HOSTS: readonly Host[] = [
  { name: 'my manager', pronoun: 'he' },
  { name: 'our CFO', pronoun: 'she' },
  { name: 'the plant manager', pronoun: 'he' },
  { name: 'our head of procurement', pronoun: 'she' },
  { name: 'my team lead', pronoun: 'he' },
  { name: 'Ravi', pronoun: 'he' },
  { name: 'Ms. Okafor', pronoun: 'she' },
  { name: 'Jürgen', pronoun: 'he' },
  { name: 'Mr. Yamamoto', pronoun: 'he' },
  // Titles in the writer's own language.
  { name: 'our Abteilungsleiter', pronoun: 'he' },
  { name: 'the gerente', pronoun: 'she' },
  { name: 'our directeur', pronoun: 'he' },
  { name: 'the kacho', pronoun: 'he' },
];

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Where the host is homed: right after the host's name (`after`), or in a sentence of its own (`alone`). */
interface Homing {
  value: 'online' | 'onPremises';
  after: string;
  alone: (pronoun: Host['pronoun']) => string;
}

const HOMINGS: readonly Homing[] = [
  { value: 'online', after: ', who is homed Online,', alone: (p) => `${cap(p)} is homed Online.` },
  { value: 'onPremises', after: ', who is still on the on-prem pool,', alone: (p) => `${cap(p)} is still on the on-prem pool.` },
  { value: 'onPremises', after: ' (homed on-prem)', alone: (p) => `${cap(p)} is an on-prem user.` },
  { value: 'online', after: ' (Online user)', alone: (p) => `${p === 'he' ? 'His' : 'Her'} account is in Skype Online.` },
];

/**
 * Ways to say who hosts: {H} is the host at a sentence start, {h} inside one; {M} puts the homing right after the
 * host's name, {A} in a sentence of its own.
 */
const WAYS: readonly string[] = [
  '{H}{M} set up the meeting and I join it.',
  'I join a meeting scheduled by {h}{M}.',
  '{H}{M} sent the invite for the weekly meeting, I join it.',
  '{H}{M} hosts the meeting and I join.',
  '{H}{M} owns the meeting, I just join.',
  '{H}{M} runs the weekly sync, I join it.',
  '{H}{M} chairs the review meeting and I join.',
  "I join {h}'s meeting. {A}",
  'I join the meeting of {h}{M}.',
  'I join the conference call {h}{M} opened.',
  'The meeting is from {h}{M}, I join it.',
  '{H}{M} is making the meeting and I join.',
  'I am invited by {h}{M} to a meeting.',
  "I dial in on {h}'s bridge. {A}",
  'I join a meeting organised by {h}{M}.',
  'The meeting belongs to {h}{M}, I join it.',
];

/** What the user says of themselves, and the slots it states. */
const FRAMES: readonly { text: string; slots: PartialScenario }[] = [
  { text: 'Hybrid. I am Online-homed and sit in the office.', slots: { deployment: 'hybrid', homing: 'online', location: 'customerNetwork' } },
  { text: "Hybrid env. I'm homed on-prem and working from home without VPN.", slots: { deployment: 'hybrid', homing: 'onPremises', location: 'internet' } },
];

function fill(form: string, host: Host, homing: Homing): string {
  return form
    .replace('{H}', cap(host.name))
    .replace('{h}', host.name)
    .replace('{M}', homing.after)
    .replace('{A}', homing.alone(host.pronoun))
    // A relative clause closes with a comma mid-sentence, not before a full stop or another comma.
    .replace(/,([.,])/g, '$1');
}

export function organizerGrid(): Probe[] {
  return product<unknown>([FRAMES, WAYS, HOSTS, HOMINGS]).map((row) => {
    const [frame, way, host, homing] = row as [(typeof FRAMES)[number], string, Host, Homing];
    return {
      text: `${frame.text} ${cap(fill(way, host, homing))} Which path does my media take?`,
      slots: { ...frame.slots, callType: 'conference', organizer: homing.value },
      intents: ['ask'],
    };
  });
}

/** A person who does not host the meeting asked about, by kind. */
export const DISTRACTORS = {
  attends: ['{H}{M} also joins the meeting.', 'I join the weekly meeting together with {h}{M}.'],
  place: ['{H}{M} is at home today; I join the meeting.'],
  past: ['Last month {h}{M} hosted a similar meeting without problems. Today I join the all-hands.'],
  supposed: ['Does it matter if {h}{M} hosts the meeting I join?'],
} as const;

export function organizerDistractors(kind: keyof typeof DISTRACTORS): Probe[] {
  const frame = FRAMES[0];
  return product<unknown>([DISTRACTORS[kind], HOSTS, HOMINGS]).map((row) => {
    const [form, host, homing] = row as [string, Host, Homing];
    return { text: `${frame.text} ${cap(fill(form, host, homing))} Media path?`, slots: { ...frame.slots, callType: 'conference' }, intents: ['ask'] };
  });
}

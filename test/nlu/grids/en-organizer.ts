// The English organizer grid: who hosts a meeting (a role, a name, a title in the writer's own language, a team,
// another company) x how it is said (set up, scheduled, sent the invite, hosts, owns, chairs, "X's meeting", "the
// meeting of X", "the meeting is from X", "X is making the meeting", "invited by X", "on X's bridge"...) x where the
// host is homed and how that is said (a relative clause, an aside in brackets, a sentence of its own) x the frame
// around it. Distractors name a person who does not host (only attends, only has a place, hosted a past meeting):
// they must read no organizer. Each item knows the slots it states; every other scored slot must stay empty.
import type { PartialScenario } from '../../../src/engine/types';

export const ORGANIZER_SLOTS = ['organizer', 'homing', 'location', 'peer', 'peerHoming'] as const;
export type OrganizerSlot = (typeof ORGANIZER_SLOTS)[number];

export interface OrganizerItem {
  text: string;
  slots: Partial<Record<OrganizerSlot, string>>;
  tags: readonly string[];
}

interface Host {
  tag: string;
  /** The host as the subject of a sentence and after a preposition. */
  name: string;
  /** The pronoun that refers back to them. */
  pronoun: 'he' | 'she';
}

const HOSTS: readonly Host[] = [
  { tag: 'role', name: 'my manager', pronoun: 'he' },
  { tag: 'role', name: 'our CFO', pronoun: 'she' },
  { tag: 'role', name: 'the plant manager', pronoun: 'he' },
  { tag: 'role', name: 'our head of procurement', pronoun: 'she' },
  { tag: 'role', name: 'my team lead', pronoun: 'he' },
  { tag: 'name', name: 'Ravi', pronoun: 'he' },
  { tag: 'name', name: 'Ms. Okafor', pronoun: 'she' },
  { tag: 'name', name: 'Jürgen', pronoun: 'he' },
  { tag: 'name', name: 'Mr. Yamamoto', pronoun: 'he' },
  { tag: 'foreign-title', name: 'our Abteilungsleiter', pronoun: 'he' },
  { tag: 'foreign-title', name: 'the gerente', pronoun: 'she' },
  { tag: 'foreign-title', name: 'our directeur', pronoun: 'he' },
  { tag: 'foreign-title', name: 'the kacho', pronoun: 'he' },
];

/** Where the host is homed, said in four ways; `value` is the organizer slot it gives. */
const HOMINGS = [
  { tag: 'relative', value: 'online', after: ', who is homed Online,', alone: (p: string) => `${cap(p)} is homed Online.` },
  { tag: 'relative', value: 'onPremises', after: ', who is still on the on-prem pool,', alone: (p: string) => `${cap(p)} is still on the on-prem pool.` },
  { tag: 'aside', value: 'onPremises', after: ' (homed on-prem)', alone: (p: string) => `${cap(p)} is an on-prem user.` },
  { tag: 'aside', value: 'online', after: ' (Online user)', alone: (p: string) => `${p === 'he' ? 'His' : 'Her'} account is in Skype Online.` },
] as const;

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Ways to say who hosts: `inline` puts the homing right after the host's name, `own` says the host and the meeting
 * and leaves the homing to a sentence of its own. {H} is the host (with {h} at a sentence start), {M} the homing.
 */
const WAYS: readonly { tag: string; form: string }[] = [
  { tag: 'set-up', form: '{H}{M} set up the meeting and I join it.' },
  { tag: 'scheduled', form: 'I join a meeting scheduled by {h}{M}.' },
  { tag: 'sent-invite', form: '{H}{M} sent the invite for the weekly meeting, I join it.' },
  { tag: 'hosts', form: '{H}{M} hosts the meeting and I join.' },
  { tag: 'owns', form: '{H}{M} owns the meeting, I just join.' },
  { tag: 'runs', form: '{H}{M} runs the weekly sync, I join it.' },
  { tag: 'chairs', form: '{H}{M} chairs the review meeting and I join.' },
  { tag: 'possessive', form: "I join {h}'s meeting. {A}" },
  { tag: 'meeting-of', form: 'I join the meeting of {h}{M}.' },
  { tag: 'call-opened', form: 'I join the conference call {h}{M} opened.' },
  { tag: 'is-from', form: 'The meeting is from {h}{M}, I join it.' },
  { tag: 'is-making', form: '{H}{M} is making the meeting and I join.' },
  { tag: 'invited-by', form: 'I am invited by {h}{M} to a meeting.' },
  { tag: 'bridge', form: "I dial in on {h}'s bridge. {A}" },
  { tag: 'organised-by', form: 'I join a meeting organised by {h}{M}.' },
  { tag: 'belongs', form: 'The meeting belongs to {h}{M}, I join it.' },
];

/** What the user says of themselves, and the slots it states. */
const FRAMES = [
  { tag: 'office', text: 'Hybrid. I am Online-homed and sit in the office.', slots: { homing: 'online', location: 'customerNetwork' } },
  { tag: 'home', text: "Hybrid env. I'm homed on-prem and working from home without VPN.", slots: { homing: 'onPremises', location: 'internet' } },
] as const;

function fill(form: string, host: Host, homing: (typeof HOMINGS)[number], inline: boolean): string {
  return form
    .replace('{H}', cap(host.name))
    .replace('{h}', host.name)
    .replace('{M}', inline ? homing.after : '')
    .replace('{A}', inline ? '' : homing.alone(host.pronoun))
    // A relative clause closes with a comma mid-sentence, not before a full stop or another comma.
    .replace(/,([.,])/g, '$1');
}

export function organizerGrid(): OrganizerItem[] {
  const items: OrganizerItem[] = [];
  for (const frame of FRAMES) {
    for (const way of WAYS) {
      const inline = way.form.includes('{M}');
      for (const host of HOSTS) {
        for (const homing of HOMINGS) {
          items.push({
            text: `${frame.text} ${cap(fill(way.form, host, homing, inline))} Which path does my media take?`.replace(/ {2,}/g, ' '),
            slots: { ...frame.slots, organizer: homing.value },
            tags: [`way:${way.tag}`, `host:${host.tag}`, `homing:${homing.tag}`, `frame:${frame.tag}`],
          });
        }
      }
    }
  }
  return items;
}

/** A person who does not host (only attends, has a place, hosted another meeting): no organizer is stated. */
const DISTRACTORS: readonly { tag: string; form: string }[] = [
  { tag: 'attends', form: '{H}{M} also joins the meeting.' },
  { tag: 'attends', form: 'I join the weekly meeting together with {h}{M}.' },
  { tag: 'place', form: '{H}{M} is at home today; I join the meeting.' },
  { tag: 'past', form: 'Last month {h}{M} hosted a similar meeting without problems. Today I join the all-hands.' },
  { tag: 'asked', form: 'Does it matter if {h}{M} hosts the meeting I join?' },
];

export function organizerDistractors(): OrganizerItem[] {
  const frame = FRAMES[0];
  const items: OrganizerItem[] = [];
  for (const distractor of DISTRACTORS) {
    for (const host of HOSTS) {
      for (const homing of HOMINGS) {
        items.push({
          text: `${frame.text} ${cap(fill(distractor.form, host, homing, true))} Media path?`,
          slots: { ...frame.slots },
          tags: [`distractor:${distractor.tag}`, `host:${host.tag}`],
        });
      }
    }
  }
  return items;
}

export interface OrganizerScore {
  items: number;
  recall: Record<OrganizerSlot, { stated: number; right: number }>;
  wrong: { text: string; slot: OrganizerSlot; got: string; expected?: string }[];
  byTag: Map<string, { all: number; right: number }>;
  tagsOf: Map<string, readonly string[]>;
}

export function scoreOrganizers(items: readonly OrganizerItem[], read: (text: string) => PartialScenario): OrganizerScore {
  const recall = Object.fromEntries(ORGANIZER_SLOTS.map((slot) => [slot, { stated: 0, right: 0 }])) as OrganizerScore['recall'];
  const wrong: OrganizerScore['wrong'] = [];
  const byTag = new Map<string, { all: number; right: number }>();
  for (const item of items) {
    const got = read(item.text) as Partial<Record<OrganizerSlot, string>>;
    let allRight = true;
    for (const slot of ORGANIZER_SLOTS) {
      const expected = item.slots[slot];
      if (expected !== undefined) {
        recall[slot].stated += 1;
        if (got[slot] === expected) recall[slot].right += 1;
        else allRight = false;
      }
      if (got[slot] !== undefined && got[slot] !== expected) wrong.push({ text: item.text, slot, got: got[slot] as string, expected });
    }
    for (const tag of item.tags) {
      const entry = byTag.get(tag) ?? { all: 0, right: 0 };
      entry.all += 1;
      if (allRight) entry.right += 1;
      byTag.set(tag, entry);
    }
  }
  return { items: items.length, recall, wrong, byTag, tagsOf: new Map(items.map((item) => [item.text, item.tags])) };
}

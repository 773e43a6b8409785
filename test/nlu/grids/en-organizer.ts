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
  attends: [
    '{H}{M} also joins the meeting.',
    'I join the weekly meeting together with {h}{M}.',
    // "X's meeting traffic" is X's part in the meeting, not a meeting X hosts.
    "{H}{M} joins it too, and {h}'s meeting audio is fine.",
  ],
  place: ['{H}{M} is at home today; I join the meeting.'],
  past: ['Last month {h}{M} hosted a similar meeting without problems. Today I join the all-hands.'],
  supposed: ['Does it matter if {h}{M} hosts the meeting I join?'],
  // "OP" as part of another abbreviation or a forum's original poster is no on-premises host.
  abbreviation: ['Same question as the OP. {H}{M} also joins the S&OP meeting.', 'I join the S&OP review with {h}{M}.'],
} as const;

export function organizerDistractors(kind: keyof typeof DISTRACTORS): Probe[] {
  const frame = FRAMES[0];
  return product<unknown>([DISTRACTORS[kind], HOSTS, HOMINGS]).map((row) => {
    const [form, host, homing] = row as [string, Host, Homing];
    return { text: `${frame.text} ${cap(fill(form, host, homing))} Media path?`, slots: { ...frame.slots, callType: 'conference' }, intents: ['ask'] };
  });
}

// Voices the grid above does not have (round 7): ticket fields ("Meeting organiser: X, homed on-prem"), hosts named by
// abbreviated roles, honorifics and names of two words ("my TL", "Dr. Mensah", "Frau Weber", "Tanaka-san", "our US
// colleague"), where the host is homed said of them in non-native and forum English ("(he's on-prem too)", "whose
// account still sits on the on-prem pool", "(not migrated yet)", "(same tenant, online)", "moved to Online last year")
// and hosting said as "sends a meeting invite", "runs the call", "is the organizer", "the weekly call X scheduled".

/** A host of the voices grid; `again`: how a later sentence names them again ("the chief of staff ... The chief"). */
interface VoiceHost extends Host {
  again?: string;
}

const VOICE_HOSTS: readonly VoiceHost[] = [
  { name: 'the Ops Director', pronoun: 'he' },
  { name: 'our Sales Ops manager', pronoun: 'he' },
  { name: 'a colleague', pronoun: 'she', again: 'the colleague' },
  { name: 'my TL', pronoun: 'he' },
  { name: 'the head nurse', pronoun: 'she' },
  { name: 'Dr. Mensah', pronoun: 'she' },
  { name: 'our US colleague', pronoun: 'he' },
  { name: 'Tanaka-san', pronoun: 'he' },
  { name: 'Frau Weber', pronoun: 'she' },
  { name: 'J.K.', pronoun: 'he' },
  // A role noun the vocabulary does not know.
  { name: 'the dean', pronoun: 'she' },
  // Titles "X of Y", named again by X alone.
  { name: 'the chief of staff', pronoun: 'he', again: 'the chief' },
  { name: 'the director of IT', pronoun: 'she', again: 'the director' },
];

const his = (p: Host['pronoun']): string => (p === 'he' ? 'his' : 'her');

/** Where the host is homed: after their name (`after`), or in a sentence of its own (`alone`), both with their pronoun. */
const VOICE_HOMINGS: readonly { value: 'online' | 'onPremises'; after: (p: Host['pronoun']) => string; alone: (p: Host['pronoun']) => string; named: string }[] = [
  { value: 'onPremises', after: () => ', homed on-prem,', alone: (p) => `${cap(p)} is homed on-prem.`, named: 'is homed on-prem.' },
  { value: 'onPremises', after: (p) => ` (${p}'s on-prem too)`, alone: (p) => `${cap(p)}'s on-prem too.`, named: 'is on-prem too.' },
  { value: 'online', after: (p) => ` (${p}'s an Online user)`, alone: (p) => `${cap(p)}'s an Online user.`, named: 'is an Online user.' },
  { value: 'onPremises', after: () => ', whose account still sits on the on-prem pool,', alone: (p) => `${cap(his(p))} account still sits on the on-prem pool.`, named: 'still sits on the on-prem pool.' },
  { value: 'online', after: () => ' (homed in the cloud)', alone: (p) => `${cap(p)} is homed in the cloud.`, named: 'is homed in the cloud.' },
  { value: 'online', after: () => ' (moved to Online last year)', alone: (p) => `${cap(p)} was moved to Online last year.`, named: 'was moved to Online last year.' },
  { value: 'onPremises', after: () => ' (not migrated yet)', alone: (p) => `${cap(p)} is not migrated yet, still on the pool.`, named: 'is not migrated yet.' },
  { value: 'online', after: () => ' (same tenant, online)', alone: (p) => `Same tenant, ${p} is online.`, named: 'is in the same tenant, online.' },
  // An aside between two dashes, as brackets.
  { value: 'onPremises', after: (p) => ` - ${p}'s still on the on-prem pool -`, alone: (p) => `${cap(p)}'s still on the on-prem pool.`, named: 'is still on the on-prem pool.' },
];

/**
 * {H}/{h} the host, {M} the homing after them, {A} the homing alone, {P} their possessive pronoun, {R} the homing after
 * the clause that says they host (an aside in brackets, else a clause of its own).
 */
const VOICE_WAYS: readonly string[] = [
  'Meeting organiser: {H}{M}.',
  'Organizer: {H}{M}.',
  '{H}{M} sends a meeting invite and I join.',
  'I join the meeting that {h}{M} sent out.',
  "It's {h}'s meeting. {A}",
  'The meeting is from {h}{M}.',
  '{H}{M} runs the call, I join it.',
  'I join a meeting organized by {h}{M}.',
  'I join a meeting which {h}{M} set up.',
  'I join the daily standup, {h}{M} is the organizer.',
  '{H}{M} is hosting, I join.',
  'I join a Skype meeting {h}{M} booked.',
  'I join a conference call arranged by {h}{M}.',
  '{H}{M} put together the meeting and I join.',
  'I join the weekly call that {h}{M} scheduled.',
  '{H}{M} invited me to join {P} meeting.',
  // Where the host is homed said after the whole clause: it is still the host's.
  'I join the faculty meeting; {h} organises it{R}.',
  '{H} set up the meeting{R}. I join it.',
  // Named again in a sentence of its own: {G} says where they are homed.
  'I join the budget meeting that {h} set up. {G}',
];

// Round 8's voices: non-native English ("the meeting is organised from X", "meeting which X make", "invitation came
// from X", "X is host"), a quiz's scenario ("Scenario: ... The organizer is homed on-prem."), Slack ("X's standup",
// "joining X's sync rn"), a dial-in or a calendar invite of the host's, and where the host is homed in a field of its
// own line. {O}: the homing said of "the organizer" in a sentence of its own; {F}: the homing as a field's value.
const ROUND8_WAYS: readonly string[] = [
  'The meeting is organised from {h}{M}.',
  'Meeting owner: {H}{M}.',
  'The invitation came from {h}{M}.',
  '{H}{M} is host.',
  'I join the meeting which {h}{M} make.',
  'The meeting creator is {h}{M}.',
  "I join with the link on {h}'s calendar invite. {A}",
  'I use the dial-in sent by {h}{M}.',
  "I dial in on {h}'s bridge. {A}",
  'Scenario: {h} schedules a meeting and I join it. The organizer {O}',
  "I join {h}'s standup. {A}",
  "joining {h}'s sync rn. {A}",
  'I join a meeting of {h}. {A}',
  'Organizer: {H}\nOrganizer homing: {F}\n',
];

export function organizerRound8Grid(): Probe[] {
  return voices(ROUND8_WAYS);
}

export function organizerVoicesGrid(): Probe[] {
  return voices(VOICE_WAYS);
}

function voices(ways: readonly string[]): Probe[] {
  return product<unknown>([FRAMES, ways, VOICE_HOSTS, VOICE_HOMINGS]).map((row) => {
    const [frame, way, host, homing] = row as [(typeof FRAMES)[number], string, VoiceHost, (typeof VOICE_HOMINGS)[number]];
    const said = way
      .replace('{H}', cap(host.name))
      .replace('{h}', host.name)
      .replace('{M}', homing.after(host.pronoun))
      .replace('{A}', homing.alone(host.pronoun))
      .replace('{R}', homing.after(host.pronoun).startsWith(' (') ? homing.after(host.pronoun) : `; ${homing.alone(host.pronoun).replace(/\.$/, '')}`)
      .replace('{P}', his(host.pronoun))
      .replace('{G}', `${cap(host.again ?? host.name)} ${homing.named}`)
      .replace('{O}', homing.named)
      .replace('{F}', homing.value === 'online' ? 'Online' : 'on-prem')
      // An aside closes with a comma or a dash mid-sentence, not before a full stop or another comma.
      .replace(/(,| -)([.,])/g, '$2');
    return {
      text: `${frame.text} ${cap(said)} Which path does my media take?`,
      slots: { ...frame.slots, callType: 'conference', organizer: homing.value },
      intents: ['ask'],
    };
  });
}

// The speaker hosts ("the strategy meeting I booked for her", "I set up the meeting"): the organizer is homed where the
// speaker is. Distractor: "I scheduled a call with X" sets up a call between two, no meeting. Not yet: "I sent the
// meeting invite to X" (X read as called); "the plant manager" is left out here (read as at the plant, a place class of
// its own).
const SPEAKER_WAYS: readonly string[] = [
  'I set up the meeting and {h} joins it.',
  '{H} joins the strategy meeting I booked for {P}.',
  'I scheduled the weekly sync, {h} dials in.',
  'I am hosting the review meeting and {h} joins.',
  '{H} joins the meeting which I organised.',
];
const SPEAKERS: readonly { text: string; homing: 'online' | 'onPremises'; location: 'customerNetwork' | 'internet' }[] = [
  { text: "Hybrid. I'm homed Online and at my desk in the office.", homing: 'online', location: 'customerNetwork' },
  { text: 'Hybrid env, I am still on the on-prem pool, working from home without VPN.', homing: 'onPremises', location: 'internet' },
  { text: "We're hybrid and I am on the Online side; today I'm in the office.", homing: 'online', location: 'customerNetwork' },
];

const GUESTS = HOSTS.filter((host) => host.name !== 'the plant manager');

export function speakerHostGrid(): Probe[] {
  return product<unknown>([SPEAKERS, SPEAKER_WAYS, GUESTS]).map((row) => {
    const [speaker, way, host] = row as [(typeof SPEAKERS)[number], string, Host];
    const said = way.replace('{H}', cap(host.name)).replace('{h}', host.name).replace('{P}', host.pronoun === 'he' ? 'him' : 'her');
    return {
      text: `${speaker.text} ${said} Which path does my media take?`,
      slots: { deployment: 'hybrid', homing: speaker.homing, location: speaker.location, callType: 'conference', organizer: speaker.homing },
      intents: ['ask'],
    };
  });
}

export function speakerCallGrid(): Probe[] {
  return product<unknown>([SPEAKERS, GUESTS]).map((row) => {
    const [speaker, host] = row as [(typeof SPEAKERS)[number], Host];
    return {
      text: `${speaker.text} I scheduled a Skype call with ${host.name} for 3pm. Which path does my media take?`,
      slots: { deployment: 'hybrid', homing: speaker.homing, location: speaker.location, callType: 'peerToPeer' },
      intents: ['ask'],
    };
  });
}

// Another organization hosts on its own servers, named by any word ("a university's own Skype server", "that firm's
// own on-premises servers"): the organizer is another company.
const ORGANIZATIONS: readonly string[] = ['a university', 'an external law firm', 'the auditors', 'Fabrikam', 'a partner agency', 'the ministry'];
const OWN_SERVER_WAYS: readonly string[] = [
  "I join a meeting hosted on {o}'s own Skype server.",
  "I join a meeting of {o}; it runs on {o2}'s own on-premises SfB servers.",
  "I join a webinar hosted by {o} on that organisation's own servers, not in Office 365.",
];

export function otherHostGrid(): Probe[] {
  return product<unknown>([FRAMES, OWN_SERVER_WAYS, ORGANIZATIONS]).map((row) => {
    const [frame, way, organization] = row as [(typeof FRAMES)[number], string, string];
    const said = way.replace('{o}', organization).replace('{o2}', organization.replace(/^(a|an) /, 'the '));
    return { text: `${frame.text} ${said} Which path does my media take?`, slots: { ...frame.slots, callType: 'conference', organizer: 'otherCompany' }, intents: ['ask'] };
  });
}

/** "I call X, who is hosted on the on-prem pool": a passive hosting verb says where X is homed; X hosts nothing. */
export function hostedOnPoolGrid(): Probe[] {
  return GUESTS.map((host) => ({
    text: `${FRAMES[0].text} I call ${host.name}, who is hosted on the on-prem pool. Which path does my media take?`,
    slots: { ...FRAMES[0].slots, callType: 'peerToPeer', peerHoming: 'onPremises' },
    // Where X is homed is not read yet (asked back); any other reading is wrong.
    optional: ['peerHoming'],
    intents: ['ask'],
  }));
}

// Where the host is, said in a relative clause right after them ("a meeting set up by Ravi, who sits in the London
// office"), is the host's place: it says nothing of where the user is (the host's place does not change the user's
// paths). Before this grid it was read as the user's location: a wrong answer when the user said nothing of theirs.
const HOST_PLACES: readonly string[] = [
  'sits in the London office',
  'is at HQ today',
  'works from home',
  'is on a hotel Wi-Fi this week',
  'is in our Berlin branch',
  'is travelling without the VPN',
];

const HOST_PLACE_WAYS: readonly string[] = [
  'I join a meeting set up by {h}, who {p}.',
  'I join the meeting organized by {h}, who {p}.',
  'The meeting is hosted by {h}, who {p}, and I join it.',
];

/** What the user says of themselves beside the host's place: nothing of where they are, or their own place. */
const HOST_PLACE_FRAMES: readonly { text: string; slots: PartialScenario }[] = [
  { text: 'Online tenant.', slots: { deployment: 'online' } },
  ...FRAMES,
];

export function hostPlaceGrid(): Probe[] {
  return product<unknown>([HOST_PLACE_FRAMES, HOST_PLACE_WAYS, HOSTS, HOST_PLACES]).map((row) => {
    const [frame, way, host, place] = row as [(typeof HOST_PLACE_FRAMES)[number], string, Host, string];
    const text = way.replace('{h}', host.name).replace('{p}', place);
    // Who hosts is not what this grid asks: an organizer read or not is neither right nor wrong here.
    return { text: `${frame.text} ${cap(text)} Which path does my media take?`, slots: { ...frame.slots, callType: 'conference' }, optional: ['organizer'], intents: ['ask'] };
  });
}

// The organizer hedged ("No clue who sent the invite, could be our tech services manager or the manufacturer's rep"):
// the writer does not know who hosts, so the organizer stays unknown (asked back), whoever is named as a guess. Before,
// "clue" before "who sent the invite" was read as a person hosting, so one of our own: hosted Online (a wrong answer).
/** Two guesses at the organizer; `oursBoth` when both are our own people, so an all-Online tenant hosts it Online either way. */
const GUESSES: readonly { a: string; b: string; oursBoth?: true }[] = [
  { a: 'our plant manager', b: "the supplier's account rep" },
  { a: 'my team lead', b: 'someone at the vendor' },
  { a: 'Ravi', b: 'his deputy', oursBoth: true },
  { a: 'the site manager', b: "the client's PM" },
];

const HEDGES: readonly string[] = [
  'No clue who sent the invite, could be {a} or {b}.',
  'No idea who set the meeting up - maybe {a}, maybe {b}.',
  "Not sure who organised it; either {a} or {b}.",
  "I don't know who scheduled it, {a} or {b} probably.",
  "Either {a} or {b} sent the invite, I can't tell which.",
];

const HEDGE_FRAMES: readonly { text: string; slots: PartialScenario }[] = [
  { text: "Online tenant. I'm at my desk in the office and join a Skype meeting.", slots: { deployment: 'online', location: 'customerNetwork' } },
  { text: "Hybrid; I'm homed Online and at home without VPN, joining a Skype meeting.", slots: { deployment: 'hybrid', homing: 'online', location: 'internet' } },
];

export function hedgedOrganizerGrid(): Probe[] {
  return product<unknown>([HEDGE_FRAMES, HEDGES, GUESSES]).map((row) => {
    const [frame, hedge, { a, b, oursBoth }] = row as [(typeof HEDGE_FRAMES)[number], string, (typeof GUESSES)[number]];
    const sameEitherWay = frame.slots.deployment === 'online' && oursBoth === true;
    return {
      text: `${frame.text} ${cap(hedge.replace('{a}', a).replace('{b}', b))} Which path does my media take?`,
      slots: { ...frame.slots, callType: 'conference', ...(sameEitherWay && { organizer: 'online' as const }) },
      intents: ['ask'],
    };
  });
}

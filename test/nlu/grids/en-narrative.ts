// Narratives, as helpdesk tickets, forum posts and mails tell them: a person introduced early (a role, a full name, a
// surname, an honorific, initials "J.K." and "A. Smith", an employee ID, a team member) and where they are said later,
// with a pronoun or a shortened name ("she", "the VP", "Kumar"), or the place first and the person after it; in prose
// of several sentences, ticket fields ("Caller:", "Site:", "Affected user:", "Work notes:"), bullets and mails. A
// distractor is rotated across them: the writer's own place, another person's, someone introduced earlier with theirs,
// a past or planned place, a server's. A second grid says where the other party of a call is and where they are homed,
// in a sentence of their own ("the person he calls is in our Leeds office, still homed on the on-prem pool").
import { capitalize, nth, product } from './en-grid';
import type { GridItem } from './grid';
import { PLACES, otherPlace, type Place } from './en-places';

interface Person {
  tag: string;
  /** How they are introduced ("Dana Whitfield from Comms"). */
  full: string;
  /** How they are named again, later ("Dana", "the VP", "Kumar"). */
  again: string;
  pronoun: 'she' | 'he';
  /** In a ticket's person field. */
  field: string;
}

const person = (tag: string, full: string, again: string, pronoun: 'she' | 'he', field: string): Person => ({ tag, full, again, pronoun, field });

export const PEOPLE: readonly Person[] = [
  person('who:role', 'our VP of Sales', 'the VP', 'he', 'VP Sales'),
  person('who:role2', 'the clinic receptionist', 'the receptionist', 'she', 'receptionist'),
  person('who:full-name', 'Dana Whitfield from Comms', 'Dana', 'she', 'Dana Whitfield (Comms)'),
  person('who:surname', 'Rajesh Kumar in accounts', 'Kumar', 'he', 'Rajesh Kumar (Accounts)'),
  person('who:honorific', 'Ms. Okafor', 'Ms. Okafor', 'she', 'Ms. Okafor'),
  person('who:honorific-san', 'Tanaka-san', 'Tanaka-san', 'he', 'Tanaka-san'),
  person('who:initials', 'J.K. from logistics', 'J.K.', 'he', 'J.K. (Logistics)'),
  person('who:initial-surname', 'A. Novak', 'Novak', 'she', 'A. Novak'),
  person('who:employee-id', 'employee 40213 (Lena Park)', 'Lena', 'she', 'Lena Park, emp. ID 40213'),
  person('who:team-member', 'one of our payroll clerks', 'the clerk', 'he', 'payroll clerk'),
  person('who:my-user', 'my user', 'my user', 'she', 'end user'),
  person('who:the-user', 'the affected user', 'the user', 'he', 'affected user'),
];

const possessive = (p: Person) => (p.pronoun === 'she' ? 'her' : 'his');

const CALLS = ['dials a landline', 'calls customers on their mobiles', 'rings an outside number', 'makes PSTN calls', 'phones a supplier\'s landline'];
const FILLERS = ['It started on Monday.', 'No errors in the client.', 'Other users are fine.', 'Audio cuts out after about a minute.', 'We reinstalled the client already.'];
const HEADERS = ['We are on SfB Online with Cloud Connector.', 'Hybrid SfB, ER in place.', 'Env: Skype for Business Online, ExpressRoute.', 'We run SfB Online.'];
const QUESTIONS = ['Does the media go over ExpressRoute?', 'Which path do signaling and media take?', 'Where does the call go?', 'Is this going over ER or the Internet?'];

/** A place said after "is" that can also open a sentence ("At home, ...", "Working from home, ..."). */
const opening = (place: Place) => capitalize(place.said);

interface Layout {
  tag: string;
  /** Lines (joined by newlines) or sentences (joined by spaces). */
  lines: boolean;
  say: (p: Person, place: Place, n: number) => string[];
}

/** How the person and their place are told, the person always introduced before they are named again. */
const LAYOUTS: readonly Layout[] = [
  { tag: 'layout:pronoun-later', lines: false, say: (p, pl, n) => [`${capitalize(p.full)} ${nth(CALLS, n)} and the audio drops.`, nth(FILLERS, n), `${capitalize(p.pronoun)} is ${pl.said} this week.`] },
  { tag: 'layout:name-again', lines: false, say: (p, pl, n) => [`Ticket for ${p.full}: outbound calls drop.`, nth(FILLERS, n), `${capitalize(p.again)} is ${pl.said} today and ${nth(CALLS, n)}.`] },
  { tag: 'layout:three-sentences', lines: false, say: (p, pl, n) => [`This is about ${p.full}.`, `${capitalize(p.pronoun)} ${nth(CALLS, n)} every day.`, nth(FILLERS, n), `${capitalize(p.again)} is ${pl.said}.`] },
  { tag: 'layout:place-first', lines: false, say: (p, pl, n) => [`${opening(pl)}, ${p.full} ${nth(CALLS, n)} and the audio drops.`, nth(FILLERS, n)] },
  { tag: 'layout:ticket', lines: true, say: (p, pl, n) => ['Short description: audio drops on outbound calls', `Caller: ${p.field}`, `Location: ${pl.field}`, `Description: ${p.again} ${nth(CALLS, n)} and the audio drops. ${nth(FILLERS, n)}`] },
  { tag: 'layout:ticket-site-first', lines: true, say: (p, pl, n) => [`Site: ${pl.field}`, `Affected user: ${p.field}`, `Issue: ${p.pronoun} ${nth(CALLS, n)}, audio drops`] },
  { tag: 'layout:ticket-description', lines: true, say: (p, pl, n) => ['Short description: calls to landlines drop', `Caller: ${p.field}`, `Description: ${capitalize(p.again)} ${nth(CALLS, n)}. ${capitalize(p.pronoun)} is ${pl.said}.`, 'Work notes: client logs attached.'] },
  { tag: 'layout:work-notes', lines: true, say: (p, pl, n) => [`Caller: ${p.field}`, 'Issue: outbound calls drop', `Work notes: spoke to ${p.again}, ${p.pronoun} is ${pl.said} and ${nth(CALLS, n)}.`] },
  { tag: 'layout:bullets', lines: true, say: (p, pl, n) => [`- user: ${p.field}`, `- where: ${pl.field}`, `- issue: ${nth(CALLS, n).replace(/s\b/, '')} drops`] },
  { tag: 'layout:mail', lines: true, say: (p, pl, n) => ['Hi team,', `${capitalize(p.full)} ${nth(CALLS, n)} and it keeps dropping. ${nth(FILLERS, n)} ${capitalize(p.pronoun)}'s ${pl.said} today.`, 'Thanks, Sam'] },
];

interface Distractor {
  tag: string;
  /** Said before the narrative. */
  before?: (p: Person, other: Place) => string;
  /** Said after it. */
  after?: (p: Person, other: Place) => string;
}

/** Each says a place that is not where the person is now, and disagrees with theirs. */
const DISTRACTORS: readonly Distractor[] = [
  { tag: 'distractor:none' },
  { tag: 'distractor:writer', after: (_p, o) => `(I'm ${o.said} myself, for what it's worth.)` },
  { tag: 'distractor:manager', after: (p, o) => `${capitalize(possessive(p))} manager is ${o.said} today.` },
  { tag: 'distractor:earlier-person', before: (_p, o) => `Tom from IT, who is ${o.said}, asked me to post this.` },
  { tag: 'distractor:past', after: (p, o) => `Last week ${p.pronoun} was ${o.said} and calls were fine.` },
  { tag: 'distractor:planned', after: (p, o) => `Next week ${p.pronoun} will be ${o.said}.` },
  { tag: 'distractor:server', after: () => 'Our Edge pool sits in the Amsterdam datacenter.' },
];

/** Every layout x place x distractor, with the person rotated across them. */
export function narrativeGrid(): GridItem[] {
  const items: GridItem[] = [];
  product({ layout: LAYOUTS, place: PLACES, distractor: DISTRACTORS }).forEach(({ layout, place, distractor }, n) => {
    const who = nth(PEOPLE, n);
    const other = otherPlace(place.value, n);
    const parts = [nth(HEADERS, n), distractor.before?.(who, other), ...layout.say(who, place, n), distractor.after?.(who, other), nth(QUESTIONS, n)].filter((x): x is string => Boolean(x));
    items.push({ text: parts.join(layout.lines ? '\n' : ' '), slots: { location: place.value }, tags: [who.tag, layout.tag, distractor.tag, `place:${place.said}`] });
  });
  return items;
}

/** The distractors alone: nothing says where the person is now, so no location may be read. */
export function narrativeDistractorGrid(): GridItem[] {
  const items: GridItem[] = [];
  product({ who: PEOPLE, distractor: DISTRACTORS.filter((d) => d.tag !== 'distractor:none'), k: [0, 1] }).forEach(({ who, distractor, k }, n) => {
    const other = otherPlace(k === 0 ? 'internet' : 'customerNetwork', n);
    const parts = [nth(HEADERS, n), distractor.before?.(who, other), `This is about ${who.full}.`, `${capitalize(who.pronoun)} ${nth(CALLS, n)} and the audio drops.`, distractor.after?.(who, other), nth(QUESTIONS, n)];
    items.push({ text: parts.filter(Boolean).join(' '), slots: {}, tags: [who.tag, distractor.tag] });
  });
  return items;
}

const CALLERS: readonly Person[] = [
  person('caller:I', 'I', 'I', 'he', 'me'),
  person('caller:name', 'Priya Shah', 'Priya', 'she', 'Priya Shah'),
  person('caller:role', 'our area manager', 'the area manager', 'she', 'area manager'),
  person('caller:initials', 'J.K.', 'J.K.', 'he', 'J.K.'),
];

const CALLEES: readonly Person[] = [
  person('callee:colleague', 'a colleague', 'the colleague', 'he', 'colleague'),
  person('callee:name', 'Tomasz Nowak', 'Tomasz', 'he', 'Tomasz Nowak'),
  person('callee:role', 'the finance director', 'the director', 'he', 'finance director'),
  person('callee:honorific', 'Mr. Schulz from IT', 'Mr. Schulz', 'he', 'Mr. Schulz (IT)'),
  person('callee:initial-surname', 'B. Ortiz', 'Ortiz', 'she', 'B. Ortiz'),
];

const HOMINGS = [
  { value: 'onPremises', said: 'still homed on the on-prem pool', field: 'on-prem' },
  { value: 'online', said: 'already moved to SfB Online', field: 'Online' },
] as const;

const CALL_WORDS = ['calls', 'rings', 'Skype-calls', 'video-calls'];

/** The one called: who calls (their own place said) x who is called x where x how homed x how it is told. */
export function peerNarrativeGrid(): GridItem[] {
  const callerIs = (c: Person, own: Place) => (c.full === 'I' ? `I am ${own.said}` : `${capitalize(c.full)} is ${own.said}`);
  const calls = (c: Person, n: number) => (c.full === 'I' ? nth(CALL_WORDS, n).replace(/s$/, '') : nth(CALL_WORDS, n));
  // The one called is named by a pronoun only when it cannot be the caller's.
  const calledBy = (c: Person) => (c.full === 'I' ? 'I call' : `${c.pronoun} calls`);
  const forms = [
    { tag: 'peer:the-person', say: (c: Person, e: Person, p: Place, h: (typeof HOMINGS)[number], own: Place, n: number) => `${callerIs(c, own)} and ${calls(c, n)} ${e.full} every morning. The person ${calledBy(c)} is ${p.said}, ${h.said}.` },
    { tag: 'peer:named-again', say: (c: Person, e: Person, p: Place, h: (typeof HOMINGS)[number], own: Place, n: number) => `${callerIs(c, own)} and ${calls(c, n)} ${e.full} 1:1. ${capitalize(e.again)} is ${p.said}; ${e.pronoun}'s ${h.said}.` },
    { tag: 'peer:relative', say: (c: Person, e: Person, p: Place, h: (typeof HOMINGS)[number], own: Place, n: number) => `${callerIs(c, own)} today. ${capitalize(c.full === 'I' ? 'I' : c.pronoun)} ${calls(c, n)} ${e.full}, who is ${p.said} and ${h.said}.` },
    { tag: 'peer:field', say: (c: Person, e: Person, p: Place, h: (typeof HOMINGS)[number], own: Place) => `Caller: ${c.field}, ${own.field}\nCalled party: ${e.field}, ${p.field}, ${h.field}\nCall: 1:1` },
    { tag: 'peer:other-party', say: (c: Person, e: Person, p: Place, h: (typeof HOMINGS)[number], own: Place, n: number) => `${callerIs(c, own)} and ${calls(c, n)} ${e.full}. The other party is ${p.said} and ${h.said}.` },
  ];
  const items: GridItem[] = [];
  product({ form: forms, callee: CALLEES, place: PLACES, homing: HOMINGS }).forEach(({ form, callee, place, homing }, n) => {
    const caller = nth(CALLERS, n);
    const own = otherPlace(place.value, n);
    const text = ['Hybrid SfB, ER in place.', form.say(caller, callee, place, homing, own, n), nth(QUESTIONS, n)].join(form.tag === 'peer:field' ? '\n' : ' ');
    items.push({ text, slots: { location: own.value, peer: place.value, peerHoming: homing.value }, tags: [form.tag, caller.tag, callee.tag, `homing:${homing.value}`, `place:${place.said}`] });
  });
  return items;
}

/**
 * An Internet place said beside words of our network that are not where the person is: the company's name, someone
 * else's office, an account "in the office", our network as where traffic goes, a VPN that is off, the office closed,
 * a former or planned office day, working "for" the office. The reading is the Internet or nothing, never our network.
 */
export function internetBesideOursGrid(): GridItem[] {
  const beside = [
    (p: Person) => `${capitalize(p.full)} works for our Leeds office`,
    (p: Person) => `${capitalize(p.full)}'s account is homed in the office pool`,
    (p: Person) => `${capitalize(p.full)} usually sits in the office`,
    (p: Person) => `${capitalize(p.full)} was in the office yesterday`,
    (p: Person) => `${capitalize(p.full)} will be back in the office on Monday`,
    (p: Person) => `${capitalize(p.full)} is from the Contoso head office team`,
    (p: Person) => `the office is closed today and ${p.full} is out`,
    (p: Person) => `${capitalize(p.full)}'s manager is in the office`,
  ];
  const outside = PLACES.filter((p) => p.value === 'internet' && !/VPN|vpn/.test(p.said));
  const forms = [
    (b: string, p: Person, pl: Place, n: number) => `${b}. Today ${p.pronoun} is ${pl.said}, VPN off, and ${nth(CALLS, n)}.`,
    (b: string, p: Person, pl: Place, n: number) => `${capitalize(p.pronoun)} is ${pl.said} and ${nth(CALLS, n)}; ${b}.`,
    (b: string, p: Person, pl: Place, n: number) => `Caller: ${p.field}\nLocation: ${pl.field}\nNotes: ${b}; ${p.pronoun} ${nth(CALLS, n)}.`,
  ];
  const items: GridItem[] = [];
  product({ form: forms, place: outside, say: beside }).forEach(({ form, place, say }, n) => {
    const who = nth(PEOPLE, n);
    const text = `${nth(HEADERS, n)}${form === forms[2] ? '\n' : ' '}${form(say(who), who, place, n)}${form === forms[2] ? '\n' : ' '}${nth(QUESTIONS, n)}`;
    items.push({ text, slots: { location: 'internet' }, tags: [who.tag, `beside:${beside.indexOf(say)}`, `form:${forms.indexOf(form)}`, `place:${place.said}`] });
  });
  return items;
}

/** Where a caller says they call from, as the origin of the call ("from the departure gate at Heathrow"). */
const ORIGINS = [
  { value: 'internet', said: 'the departure gate at Heathrow' },
  { value: 'internet', said: 'a hotel room in Lisbon' },
  { value: 'internet', said: 'the kitchen table at home' },
  { value: 'internet', said: 'the lounge at Schiphol' },
  { value: 'internet', said: 'a client site in Leeds' },
  { value: 'customerNetwork', said: 'a desk at HQ' },
  { value: 'customerNetwork', said: 'the Leeds office' },
  { value: 'customerNetwork', said: 'the 5th floor at head office' },
] as const;

/**
 * A network detail that goes on about the caller's place, and where the caller is then: a VPN puts them in our
 * network wherever they sit, a public network or a hotspot outside it whatever room they are in.
 */
const NETWORK_DETAILS: readonly { said: string; value: (origin: 'internet' | 'customerNetwork') => 'internet' | 'customerNetwork' | undefined }[] = [
  { said: "on the airport's free wifi", value: (o) => (o === 'internet' ? 'internet' : undefined) },
  { said: 'on the hotel wifi', value: (o) => (o === 'internet' ? 'internet' : undefined) },
  { said: 'tethered to a phone', value: () => 'internet' },
  { said: 'on a 4G hotspot', value: () => 'internet' },
  // Off the VPN in the office is still in our network.
  { said: 'no VPN', value: (o) => o },
  { said: 'not on the VPN', value: (o) => o },
  { said: 'over the VPN', value: () => 'customerNetwork' },
  { said: 'on the corporate VPN', value: () => 'customerNetwork' },
  { said: 'on the guest wifi', value: () => 'internet' },
  { said: 'on the office wifi', value: (o) => (o === 'customerNetwork' ? o : undefined) },
];

/** How the detail follows the place: after a comma, a dash, in brackets, or as a sentence of its own. */
const CONTINUATIONS = [
  { tag: 'goes-on:comma', say: (place: string, detail: string) => `from ${place}, ${detail}.` },
  { tag: 'goes-on:dash', say: (place: string, detail: string) => `from ${place} - ${detail}.` },
  { tag: 'goes-on:brackets', say: (place: string, detail: string) => `from ${place} (${detail}).` },
  { tag: 'goes-on:sentence', say: (place: string, detail: string) => `from ${place}. ${capitalize(detail)}.` },
  { tag: 'goes-on:comma-and', say: (place: string, detail: string) => `from ${place}, ${detail}, and the audio drops.` },
];

/** How the call is said: made, needed, planned, tried. */
const CALLS_MADE = ['calls', 'needs to call', 'is calling', 'will ring', 'wants to Skype', 'video-calls', 'has to phone'];
const MY_CALLS = ['call', 'need to call', 'am calling', 'will ring', 'want to Skype'];
/** What may be said of the caller between their name and the call. */
const ASIDES = ['', ' (sales)', ', who is new,', ''];

/**
 * Two people in a message, the caller placed first ("Priya calls Sam from the departure gate at Heathrow"), and a
 * network detail that goes on about that place ("on the airport's free wifi. No VPN."): the detail is the caller's,
 * never the one called (the lead's round-10 class, a wrong answer on test6). Where the one called is may follow in a
 * sentence of their own (the other value of the caller's, to show a leak), or not be said.
 */
export function continuedPlaceGrid(): GridItem[] {
  const calleePlace = [
    { value: undefined, said: () => '' },
    { value: 'customerNetwork', said: (e: Person) => `${capitalize(e.again)} is at ${e.pronoun === 'she' ? 'her' : 'his'} desk at HQ.` },
    { value: 'internet', said: (e: Person) => `${capitalize(e.again)} is at home today.` },
  ] as const;
  const items: GridItem[] = [];
  product({ origin: ORIGINS, detail: NETWORK_DETAILS, continuation: CONTINUATIONS, callee: calleePlace }).forEach(({ origin, detail, continuation, callee }, n) => {
    const caller = nth(CALLERS, n);
    const called = nth(CALLEES.filter((e) => !e.full.includes(' from ')), n + 2);
    const location = detail.value(origin.value);
    if (location === undefined) return;
    const calls = caller.full === 'I' ? nth(MY_CALLS, n) : nth(CALLS_MADE, n);
    const text = [nth(HEADERS, n), `${capitalize(caller.full)}${caller.full === 'I' ? '' : nth(ASIDES, n >> 2)} ${calls} ${called.full} ${continuation.say(origin.said, detail.said)}`, callee.said(called), nth(QUESTIONS, n)].filter(Boolean).join(' ');
    items.push({ text, slots: { location, ...(callee.value && { peer: callee.value }) }, tags: [continuation.tag, caller.tag, `origin:${origin.said}`, `detail:${detail.said}`, `callee-place:${callee.value ?? 'none'}`] });
  });
  return items;
}

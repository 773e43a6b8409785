// The other party's grid: who calls (the speaker, a name, a role, "user A") x who is called (a colleague, a name, a
// role, "user B", names with honorifics, a contact at another company) x where the one called is (en-places.ts, or
// another company's own tenant) x how it is said (a relative clause, right after them, a sentence before, an aside,
// list lines, an EDIT line, a quoted message forwarded, "both"), with where the caller is said or not; the caller's place always disagrees with the one
// called, so a place put on the wrong side shows. A second grid says where each is homed, and of whom.
import { capitalize, nth, product } from './en-grid';
import type { GridItem } from './grid';
import { PLACES, otherPlace, type Place as OurPlace } from './en-places';

/** Where the one called is: ours, the Internet, or another company's own network. */
type Place = Omit<OurPlace, 'value'> & { value: OurPlace['value'] | 'federated' };

interface Person {
  tag: string;
  name: string;
  be: string;
  s: string;
  pronoun: string;
  object: string;
  field: string;
}

const person = (tag: string, name: string, pronoun: 'she' | 'he', field = name): Person => ({
  tag,
  name,
  be: 'is',
  s: 's',
  pronoun,
  object: pronoun === 'she' ? 'her' : 'him',
  field,
});

const CALLERS: readonly Person[] = [
  { tag: 'caller:I', name: 'I', be: 'am', s: '', pronoun: 'I', object: 'me', field: 'me' },
  person('caller:name', 'Priya', 'she'),
  person('caller:role', 'our office manager', 'he', 'office manager'),
  person('caller:user', 'the user', 'she', 'user'),
  person('caller:user-a', 'user A', 'he', 'A'),
];

const CALLEES: readonly Person[] = [
  person('callee:colleague', 'a colleague', 'she', 'colleague'),
  person('callee:name', 'Tomasz', 'he', 'Tomasz'),
  person('callee:role', 'the finance director', 'she', 'finance director'),
  person('callee:user-b', 'user B', 'he', 'B'),
  person('callee:teammate', 'her teammate Jo', 'she', 'teammate Jo'),
  person('callee:honorific', 'Sato-san', 'he', 'Sato-san'),
  person('callee:title', 'Mr. Schulz from IT', 'he', 'Mr. Schulz (IT)'),
];

/** Where a contact of another company is: their own network, federated with ours. */
const FEDERATED: readonly Place[] = [
  { value: 'federated', said: 'at a partner company on their own Skype Online tenant', field: 'partner (federated)' },
  { value: 'federated', said: 'at Fabrikam, a federated partner', field: 'Fabrikam (federated)' },
  { value: 'federated', said: 'at a supplier that runs its own SfB tenant', field: 'supplier, own tenant' },
  { value: 'federated', said: 'at another company we federate with', field: 'federated org' },
];

const CALL_WORDS = ['call{s}', 'ring{s}', 'Skype-call{s}', 'start{s} a 1:1 call with', 'video-call{s}'];
const HEADERS = ['SfB Online only.', 'Hybrid SfB here.', 'Env: SfB Online + Cloud Connector, ER in place.', 'We\'re on Skype for Business Online.'];
const QUESTIONS = ['What path does the media take?', 'Does the call go over ER?', 'How do signaling and media route?', 'Which way does the call go?'];

const callWord = (p: Person, n: number) => nth(CALL_WORDS, n).replace('{s}', p.s);

type Frame = { tag: string; say: (caller: Person, callee: Person, place: Place, own: Place | undefined, n: number) => string };

const own = (caller: Person, place: Place | undefined) => (place ? ` ${caller.be === 'am' ? 'am' : 'is'} ${place.said} and` : '');

const FRAMES: readonly Frame[] = [
  { tag: 'frame:relative', say: (c, e, p, o, n) => `${capitalize(c.name)}${own(c, o)} ${callWord(c, n)} ${e.name}, who is ${p.said}.` },
  { tag: 'frame:right-after', say: (c, e, p, o, n) => `${capitalize(c.name)}${own(c, o)} ${callWord(c, n)} ${e.name} (${p.said}).` },
  { tag: 'frame:before', say: (c, e, p, o, n) => `${capitalize(e.name)} is ${p.said}.${o ? ` ${capitalize(c.name)} ${c.be} ${o.said}.` : ''} ${capitalize(c.name)} ${callWord(c, n)} ${e.object}.` },
  { tag: 'frame:after', say: (c, e, p, o, n) => `${capitalize(c.name)}${own(c, o)} ${callWord(c, n)} ${e.name}; ${e.pronoun} is ${p.said}.` },
  { tag: 'frame:list', say: (c, e, p, o) => `- caller: ${c.field}${o ? `, ${o.field}` : ''}\n- other party: ${e.field}, ${p.field}\n- call: 1:1` },
  { tag: 'frame:edit', say: (c, e, p, o, n) => `${capitalize(c.name)}${own(c, o)} ${callWord(c, n)} ${e.name} and the call drops.\nEDIT: ${e.pronoun} is ${p.said}.` },
  { tag: 'frame:quoted', say: (c, e, p, o) => `Forwarding from ${c.name === 'I' ? 'a user' : c.name}: "I${o ? ` am ${o.said} and I` : ''} call ${e.name} every day and the audio breaks up. ${capitalize(e.pronoun)} is ${p.said}."` },
];

/** Every frame x callee x place of the one called x caller's place said or not, with the caller rotated. */
export function peerGrid(): GridItem[] {
  const items: GridItem[] = [];
  product({ frame: FRAMES, callee: CALLEES, place: [...PLACES, ...FEDERATED], ownSaid: [false, true] }).forEach(({ frame, callee, place, ownSaid }, n) => {
    const caller = nth(CALLERS, n);
    const mine = ownSaid ? otherPlace(place.value === 'federated' ? 'internet' : place.value, n) : undefined;
    const text = [nth(HEADERS, n), frame.say(caller, callee, place, mine, n), nth(QUESTIONS, n)].join(frame.tag === 'frame:list' ? '\n' : ' ');
    const slots = { peer: place.value, ...(mine && { location: mine.value }) };
    items.push({ text, slots, tags: [frame.tag, callee.tag, caller.tag, ownSaid ? 'own:said' : 'own:unsaid', `place:${place.said}`] });
  });
  return items;
}

/** Both parties in one place: "both on mobile hotspots", "A and B are both at HQ". */
export function bothGrid(): GridItem[] {
  const forms = [
    (p: Place) => `Two of our engineers, both ${p.said}, do a 1:1 video call.`,
    (p: Place) => `Priya and Tomasz are both ${p.said} and call each other.`,
    (p: Place) => `I call a colleague; we are both ${p.said}.`,
    (p: Place) => `1:1 between two users, both ${p.said}.`,
    (p: Place) => `Priya calls Tom every day; they are both ${p.said}.`,
    (p: Place) => `Priya calls Tom 1:1.\nEDIT: both ${p.said}.`,
  ];
  return product({ form: forms, place: PLACES as readonly OurPlace[] }).map(({ form, place }, n) => ({
    text: `${nth(HEADERS, n)} ${form(place)} ${nth(QUESTIONS, n)}`,
    slots: { location: place.value, peer: place.value },
    tags: [`both:${forms.indexOf(form)}`, `place:${place.said}`],
  }));
}

const HOMINGS = [
  { value: 'onPremises', said: ['homed on-prem', 'still on the on-prem pool', 'on our Lync pool', 'an on-prem user'] },
  { value: 'online', said: ['homed Online', 'already moved to Online', 'on SfB Online', 'an Online user'] },
] as const;

/** Where each party is homed, said in an aside, a relative clause or a sentence of its own, for one side or both. */
export function homingGrid(): GridItem[] {
  const forms = [
    (c: string, e: string) => `Priya (${c}) calls Tomasz (${e}).`,
    (c: string, e: string) => `Priya, who is ${c.replace(/^an? /, 'an ')}, calls Tomasz, who is ${e}.`,
    (c: string, e: string) => `Tomasz is ${e}. Priya is ${c} and calls him.`,
    (c: string, e: string) => `I am ${c} and I call a colleague who is ${e}.`,
  ];
  const items: GridItem[] = [];
  product({ form: forms, mine: HOMINGS, theirs: HOMINGS, k: [0, 1, 2, 3] }).forEach(({ form, mine, theirs, k }, n) => {
    const text = `Hybrid deployment. ${form(nth(mine.said, k), nth(theirs.said, k + 1))} ${nth(QUESTIONS, n)}`.replace(/is an? (on-prem|Online) user/g, 'is an $1 user');
    items.push({ text, slots: { homing: mine.value, peerHoming: theirs.value }, tags: [`homing-form:${forms.indexOf(form)}`, `mine:${mine.value}`, `theirs:${theirs.value}`] });
  });
  return items;
}

// "Two users, one of them on the LAN": a pair named, then "one of them" and what is said of that one, the other said
// or not. The first one is the user asked about, the other the other party; what is said of one is never both's (it
// read as both, so the other party was put on the LAN too: a vague question answered on dev12).
const PAIR_NOUNS = ['Two users', 'Two nurses', 'Two of our engineers', 'A pair of agents'];
const ONE_SAID = [
  { say: 'one of them on the LAN', slots: { location: 'customerNetwork' } },
  { say: 'one of them is working from home without VPN', slots: { location: 'internet' } },
  { say: 'one of them sits at HQ', slots: { location: 'customerNetwork' } },
] as const;
const OTHER_SAID = [
  { say: '', slots: {} },
  { say: ', the other on a hotel wifi', slots: { peer: 'internet' } },
  { say: ', the other in the Leeds office', slots: { peer: 'customerNetwork' } },
] as const;
const PAIR_FRAMES = ['We are SfB Online only. {P}, {O}{T}. Does the P2P call touch ER?', 'Online tenant; 1:1 Skype call between {p}, {o}{t}. Which path?'];

export function oneOfThemGrid(): GridItem[] {
  return product({ frame: PAIR_FRAMES, pair: PAIR_NOUNS, one: ONE_SAID, other: OTHER_SAID }).map(({ frame, pair, one, other }) => ({
    text: frame.replace('{P}', pair).replace('{p}', pair.toLowerCase()).replace(/\{[Oo]\}/, one.say).replace(/\{[Tt]\}/, other.say),
    slots: { ...one.slots, ...other.slots },
    tags: [`pair:${pair}`, `other:${other.say === '' ? 'unsaid' : 'said'}`],
  }));
}

// "he's calling Siobhan who's on Skype Online now": the product's name after "who is on" says where the one the
// relative clause follows is homed (it read as nobody's, so her homing was asked back on dev12).
const PRODUCTS_ONLINE = ['Skype Online', 'SfB Online', 'Skype for Business Online', 'SfBO'];
const CALLED_PEOPLE = ['Siobhan', 'our buyer', 'the night nurse'];
const WHO_IS_ON = [
  (p: string, h: string) => `Hybrid. I'm still on the on-prem pool and in the office. I'm calling ${p}, who's on ${h} now, also in the office. Path for me?`,
  (p: string, h: string) => `Hybrid; I am homed on-prem, working at HQ. ${capitalize(p)}, who is on ${h}, sits in the same building and I ring them 1:1. Media path?`,
  (p: string, h: string) => `We're hybrid and I'm homed on-prem. From my desk at HQ I phone ${p} who is on ${h}; they're at home without VPN. Path?`,
];

export function whoIsOnProductGrid(): GridItem[] {
  return product({ way: WHO_IS_ON, who: CALLED_PEOPLE, hint: PRODUCTS_ONLINE }).map(({ way, who, hint }, n) => ({
    text: way(who, hint),
    slots: { homing: 'onPremises', location: 'customerNetwork', peerHoming: 'online', peer: n < 24 ? 'customerNetwork' : 'internet' },
    tags: [`who:${who}`],
  }));
}

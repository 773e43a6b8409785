// The user's location grid: who (the speaker, a user, a role, a name, a client's user, "user A", a team, "she" after a
// name, names with honorifics, initials) x where (en-places.ts) x how it is said (before or after the call, in a ticket
// field, a list line, a "Caller:" field, parentheses, an EDIT line) in a call
// with no other party (a phone call), with a distractor rotated across them: another person's place, a past, usual,
// conditional or asked place, a server's place, a place denied, the writer's own job said with a place ("I run the
// office"), a place asked as a requirement, where only some of a group are. Each distractor disagrees with the user's place, so
// a leak shows as a wrong reading or a lost one. The same distractors alone (no place of the user said) must give
// no location.
import { capitalize, nth, product } from './en-grid';
import type { GridItem } from './grid';
import { PLACES, otherPlace, type Place, type PlaceValue } from './en-places';

interface Who {
  tag: string;
  /** As the subject opening a sentence. */
  subject: string;
  be: string;
  was: string;
  /** Third person "calls" or first person "call". */
  s: string;
  pronoun: string;
  possessive: string;
  /** What a ticket's user field would say. */
  field: string;
  /** Said before the sentence about them ("Ticket from Dana in finance."). */
  intro?: string;
}

const third = (tag: string, subject: string, pronoun: 'she' | 'he' | 'they', field: string, intro?: string): Who => ({
  tag,
  subject,
  be: pronoun === 'they' ? 'are' : 'is',
  was: pronoun === 'they' ? 'were' : 'was',
  s: pronoun === 'they' ? '' : 's',
  pronoun,
  possessive: pronoun === 'she' ? 'her' : pronoun === 'he' ? 'his' : 'their',
  field,
  ...(intro && { intro }),
});

export const WHO: readonly Who[] = [
  { tag: 'who:I', subject: 'I', be: 'am', was: 'was', s: '', pronoun: 'I', possessive: 'my', field: 'me' },
  third('who:my-user', 'my user', 'she', 'one of our users'),
  third('who:the-user', 'the user', 'he', 'end user'),
  third('who:role', 'our CFO', 'she', 'CFO'),
  third('who:role2', 'the receptionist', 'he', 'receptionist'),
  third('who:name', 'Priya', 'she', 'Priya Nair'),
  third('who:name-dept', 'Marco from sales', 'he', 'Marco (Sales)'),
  third('who:client-user', 'the client\'s user', 'she', 'client user'),
  third('who:user-a', 'user A', 'he', 'user A'),
  third('who:team', 'the payroll team', 'they', 'payroll team'),
  third('who:she-after-name', 'she', 'she', 'Dana (Finance)', 'Ticket from Dana in finance.'),
  third('who:honorific-san', 'Tanaka-san', 'he', 'Tanaka-san (Sales)'),
  third('who:honorific-ms', 'Ms. Weber from purchasing', 'she', 'Ms. Weber'),
  third('who:initials', 'J.K.', 'he', 'J.K. (logistics)'),
  third('who:site-lead', 'our site lead', 'she', 'site lead'),
  third('who:title-name', 'Mr. Okafor', 'he', 'Mr. Okafor, accounts'),
];

const CALLS = ['call{s} a customer\'s mobile number', 'dial{s} a landline', 'ring{s} an outside number', 'phone{s} a supplier\'s cell', 'make{s} a PSTN call'];
const HEADERS = ['We\'re on SfB Online with Cloud Connector Edition.', 'Hybrid SfB deployment.', 'Env: Skype for Business Online, ER in place.', 'We run SfB Online.'];
const QUESTIONS = ['How do signaling and media flow?', 'Does the media go over ExpressRoute?', 'What path does the call take?', 'Which way does signalling go?'];

/** The writer's own job, said with a place word: where they work, not where the user is. */
const JOBS = ['I run the office for a small firm.', 'I manage the branch.', 'Office manager here.', 'I look after the site.', 'I\'m in charge of the warehouse.', 'I oversee the plant.'];

const calls = (who: Who, n: number) => nth(CALLS, n).replace('{s}', who.s);
const subject = (who: Who) => (who.intro ? `${who.intro} ${capitalize(who.subject)}` : capitalize(who.subject));

type Frame = { tag: string; say: (who: Who, place: Place, n: number) => string };

/** How the user's place and the call are put together. */
const FRAMES: readonly Frame[] = [
  { tag: 'frame:be-and-call', say: (w, p, n) => `${subject(w)} ${w.be} ${p.said} and ${calls(w, n)}.` },
  { tag: 'frame:call-then-place', say: (w, p, n) => `${subject(w)} ${calls(w, n)}; ${w.pronoun} ${w.be} ${p.said}.` },
  { tag: 'frame:apposition', say: (w, p, n) => `${subject(w)}, ${p.said}, ${calls(w, n)}.` },
  { tag: 'frame:two-sentences', say: (w, p, n) => `${subject(w)} ${w.be} ${p.said} today. ${capitalize(w.pronoun)} ${calls(w, n)}.` },
  { tag: 'frame:ticket', say: (w, p) => `User: ${w.field}\nLocation: ${p.field}\nIssue: outbound calls to landlines and mobiles` },
  { tag: 'frame:list', say: (w, p) => `- user: ${w.field}\n- location: ${p.field}\n- call: dialing out to a mobile number` },
  { tag: 'frame:caller-field', say: (w, p) => `Caller: ${w.field}, ${p.field}\nIssue: calls to a landline drop` },
  { tag: 'frame:parenthesis', say: (w, p, n) => `${subject(w)} (${p.said}) ${calls(w, n)}.` },
  { tag: 'frame:edit', say: (w, p, n) => `${subject(w)} ${calls(w, n)} and the audio cuts out.\nEDIT: ${w.pronoun} ${w.be} ${p.said}.` },
];

interface Distractor {
  tag: string;
  /** A sentence about a place that is not where the user is now (`other`: a place that disagrees with theirs). */
  say: (who: Who, other: Place) => string;
}

const DISTRACTORS: readonly Distractor[] = [
  { tag: 'distractor:none', say: () => '' },
  { tag: 'distractor:manager', say: (w, o) => `${capitalize(w.possessive)} manager is ${o.said} today, for what it's worth.` },
  { tag: 'distractor:colleague', say: (w, o) => `${w.pronoun === 'I' ? 'My' : capitalize(w.possessive)} colleague Tom is ${o.said}.` },
  { tag: 'distractor:past', say: (w, o) => `Last week ${w.pronoun} ${w.was} ${o.said} and it was fine.` },
  { tag: 'distractor:usually', say: (w, o) => `${capitalize(w.pronoun)} ${w.pronoun === 'I' || w.pronoun === 'they' ? 'are' : 'is'} usually ${o.said}.`.replace('I are', 'I am') },
  { tag: 'distractor:conditional', say: (w, o) => `It works fine when ${w.pronoun} ${w.be} ${o.said}.` },
  { tag: 'distractor:asked', say: (w, o) => `Would it be different if ${w.pronoun} ${w.pronoun === 'I' ? 'were' : 'were'} ${o.said}?` },
  { tag: 'distractor:separate-case', say: (_w, o) => `(Someone else had the same problem ${o.said.replace(/^(at|in|on) /, 'from ')} last month, separate ticket.)` },
  { tag: 'distractor:server', say: () => 'Our Edge servers sit in the Amsterdam datacenter.' },
  // The writer's own job said with a place ("I run the office"), a place asked as a requirement, some of a group.
  { tag: 'distractor:job', say: (_w, o) => nth(JOBS, o.said.length) },
  { tag: 'distractor:required', say: (w, o) => `Does ${w.pronoun === 'I' ? 'one' : w.pronoun} need to be ${o.said} for it to use ExpressRoute?` },
  { tag: 'distractor:subset', say: (_w, o) => `Half the team is in today, a couple of them ${o.said}.` },
];

/** Frames written as lines (a ticket, a list, a caller field) join a message's parts with line breaks, others with spaces. */
const LINE_FRAMES: ReadonlySet<string> = new Set(['frame:ticket', 'frame:list', 'frame:caller-field']);
const separatorFor = (frame: { tag: string }) => (LINE_FRAMES.has(frame.tag) ? '\n' : ' ');

/** Every place x frame x distractor, with who says it rotated across them. */
export function locationGrid(): GridItem[] {
  const items: GridItem[] = [];
  product({ place: PLACES, frame: FRAMES, distractor: DISTRACTORS }).forEach(({ place, frame, distractor }, n) => {
    const who = nth(WHO, n);
    const other = otherPlace(place.value, n);
    const text = [nth(HEADERS, n), frame.say(who, place, n), distractor.say(who, other), nth(QUESTIONS, n)].filter(Boolean).join(separatorFor(frame));
    items.push({ text, slots: { location: place.value }, tags: [who.tag, frame.tag, distractor.tag, `place:${place.said}`] });
  });
  return items;
}

/** The distractors alone: nothing says where the user is now, so no location may be read. */
export function distractorGrid(): GridItem[] {
  const items: GridItem[] = [];
  product({ who: WHO, distractor: DISTRACTORS.filter((d) => d.tag !== 'distractor:none' && d.tag !== 'distractor:usually'), k: [0, 1, 2, 3] }).forEach(({ who, distractor, k }, n) => {
    const other = otherPlace(k % 2 === 0 ? 'internet' : 'customerNetwork', n);
    const text = [nth(HEADERS, n), `${subject(who)} ${calls(who, n)}.`, distractor.say(who, other), nth(QUESTIONS, n)].join(' ');
    items.push({ text, slots: {}, tags: [who.tag, distractor.tag] });
  });
  return items;
}

/**
 * A VPN left off in everyday words: the user is outside, whatever the VPN phrase would say alone, in a sentence of its
 * own or the same one as the place.
 */
export function vpnLeftOffGrid(): GridItem[] {
  const leftOff = ['skips the VPN', 'forgot to turn on the VPN', 'never uses the VPN', 'doesn\'t bother with the VPN', 'never turns on the VPN', 'ignores the VPN', 'forgot the VPN', 'isn\'t on the VPN'];
  const forms = [
    (p: string, v: string) => `Gaz is ${p} and ${v}; he rings a landline.`,
    (p: string, v: string) => `When Gaz rings a landline ${p.replace(/^(at|in|on) /, 'from ')}, which path does it take? He ${v}.`,
    (p: string, v: string) => `User ${p}, ${v}, dials out to a mobile number.`,
  ];
  return product({ form: forms, place: OUTSIDE, vpn: leftOff }).map(({ form, place, vpn }, n) => ({
    text: `${nth(HEADERS, n)} ${form(place, vpn)} ${nth(QUESTIONS, n)}`,
    slots: { location: 'internet' },
    tags: [`left-off:${forms.indexOf(form)}`, `vpn:${vpn}`, `place:${place}`],
  }));
}

/** Places outside our network where people sit with a VPN up (or down). */
const OUTSIDE = ['at home', 'at a hotel', 'in his hometown', 'at her parents\' house', 'at the airport', 'in a cafe', 'on a train', 'at a client site', 'on holiday in Spain', 'in a hotel room in Lagos'];
const VPN_ON = ['on the VPN', 'connected through VPN', 'VPN\'d in', 'on GlobalProtect', 'with AnyConnect connected', 'over the company VPN', 'on the corporate VPN', 'using the VPN'];
const VPN_OFF = ['without VPN', 'not on the VPN', 'with the VPN off', 'off VPN', 'no VPN'];

/**
 * Being on the VPN puts a client in our network wherever it sits, and off it outside, in every order: place x VPN
 * phrasing x order (VPN first, place first, in another sentence, in an aside).
 */
export function vpnGrid(): GridItem[] {
  const orders = [
    (p: string, v: string) => `User is ${v} ${p} and calls a colleague's mobile.`,
    (p: string, v: string) => `User is ${p}, ${v}, and calls a colleague's mobile.`,
    (p: string, v: string) => `User is ${p} today. ${capitalize(v)}. Calls a landline.`,
    (p: string, v: string) => `User (${p}, ${v}) dials a landline.`,
  ];
  const items: GridItem[] = [];
  product({ order: orders, place: OUTSIDE, vpn: [...VPN_ON.map((v) => ({ v, on: true })), ...VPN_OFF.map((v) => ({ v, on: false }))] }).forEach(({ order, place, vpn }, n) => {
    const text = `${nth(HEADERS, n)} ${order(place, vpn.v)} ${nth(QUESTIONS, n)}`;
    items.push({ text, slots: { location: vpn.on ? 'customerNetwork' : 'internet' }, tags: [`vpn-order:${orders.indexOf(order)}`, `vpn:${vpn.v}`, `place:${place}`] });
  });
  return items;
}

/** Networks outside ours, named with words of ours ("the client's site-office wifi", "the hotel's business-centre LAN"). */
const NOT_OURS_NETWORKS = ["the client's site-office wifi", "the hotel's office wifi", "the partner's corporate wifi", "the venue's staff network", "a customer's office LAN", "the co-working space's network"];
/** Ways of saying a network is not ours. */
const NOT_OURS = ['which has nothing to do with our network', 'which is not our network', "which isn't part of our LAN", 'a network that is not ours', 'separate from our corporate network', "which isn't connected to our WAN"];

/**
 * A network said not to be ours (the lead's round-9 class, a wrong answer in dev10): whatever words of ours name it,
 * the user on it is outside our network, in the same sentence or said after it.
 */
export function notOursGrid(): GridItem[] {
  const forms = [
    (n: string, d: string) => `Kofi is on ${n}, ${d}. He calls a supplier's landline.`,
    (n: string, d: string) => `Kofi calls a supplier's landline. He is connected to ${n} (${d}).`,
    (n: string, d: string) => `User: Kofi\nNetwork: ${n}, ${d}\nIssue: calls to landlines drop`,
  ];
  return product({ form: forms, network: NOT_OURS_NETWORKS, denial: NOT_OURS }).map(({ form, network, denial }, n) => ({
    text: `${nth(HEADERS, n)} ${form(network, denial)} ${nth(QUESTIONS, n)}`,
    slots: { location: 'internet' },
    tags: [`not-ours-form:${forms.indexOf(form)}`, `denial:${denial}`],
  }));
}

/** Where our machines are kept, said beside where the user is (the lead's round-9 class, a wrong answer in dev10). */
const MACHINES = [
  'half of us are still on the in-house server',
  'our Front End pool sits in the HQ datacenter',
  'his mailbox is in the on-prem datacenter',
  'the server he is registered to is in our Leeds office',
  'his manager is homed on the on-prem pool in the Frankfurt DC',
  'the office was closed for the holiday',
];

/** A machine's place or a closed office beside the user's own place outside: never the user's. */
export function machinePlaceGrid(): GridItem[] {
  const forms = [
    (m: string, p: string) => `Hybrid, ${m}. Kofi is ${p} and calls a landline.`,
    (m: string, p: string) => `Kofi is ${p}; ${m}. He rings a mobile number.`,
    (m: string, p: string) => `Kofi will be ${p} tomorrow and needs to call a landline (${m}).`,
  ];
  return product({ form: forms, machine: MACHINES, place: OUTSIDE }).map(({ form, machine, place }, n) => ({
    text: `${form(machine, place)} ${nth(QUESTIONS, n)}`,
    slots: { location: 'internet' },
    tags: [`machine-form:${forms.indexOf(form)}`, `machine:${machine}`],
  }));
}

/** Rooms named by a word for a public place: alone, that place outside our network ("at the library", "in a cafe"). */
const PUBLIC_ROOMS = ['the library', 'the cafe', 'the canteen', 'the cafeteria', 'the lobby', 'the gym', 'the lounge', 'the kitchen', 'the coffee shop', 'the restaurant', 'the food court'];

/** Where the room is, and what the user's place then is: our site, a site we cannot tell is ours, or outside near ours. */
const CONTAINERS: readonly { said: string; value?: 'customerNetwork' | 'internet'; tag: string }[] = [
  { said: 'at HQ', value: 'customerNetwork', tag: 'site:ours' },
  { said: 'of our building', value: 'customerNetwork', tag: 'site:ours' },
  { said: 'on the ground floor of our office', value: 'customerNetwork', tag: 'site:ours' },
  { said: 'in the Leeds office', value: 'customerNetwork', tag: 'site:ours' },
  { said: 'at head office', value: 'customerNetwork', tag: 'site:ours' },
  { said: 'at the plant', value: 'customerNetwork', tag: 'site:ours' },
  { said: 'inside our main office', value: 'customerNetwork', tag: 'site:ours' },
  { said: 'at school', tag: 'site:unsure' },
  { said: 'at the hospital', tag: 'site:unsure' },
  { said: 'next to our office', value: 'internet', tag: 'site:near' },
  { said: 'across the street from HQ', value: 'internet', tag: 'site:near' },
  { said: 'in Berlin', value: 'internet', tag: 'site:city' },
];

/** The room before its site ("the library at school") or named by it ("the HQ canteen", "the school library"). */
const ROOM_FORMS = [
  { tag: 'room:at-site', say: (room: string, site: string) => `${room} ${site}` },
  { tag: 'room:site-first', say: (room: string, site: string) => site.replace(/^(?:at|of|in|on the ground floor of|inside) (?:the |our )?(.*)$/, (_m, name: string) => `${room.replace(/^the /, `the ${name} `)}`) },
];

/**
 * A room named by a public-place word inside a site (the lead's round-10 class, a wrong answer on test6: "I'll join
 * from the library at school" said by a teacher read the Internet): the place is the site that holds the room, or
 * nothing when it cannot be told ours; near our site it is outside; in a city the room's own reading stands.
 */
export function roomInSiteGrid(): GridItem[] {
  const frames = [
    (place: string, n: number) => `${nth(HEADERS, n)} I'm in ${place} and ${nth(CALLS, n).replace('{s}', '')}. ${nth(QUESTIONS, n)}`,
    (place: string, n: number) => `${nth(HEADERS, n)} Teacher here. I'll join the staff meeting from ${place}. ${nth(QUESTIONS, n)}`,
    (place: string, n: number) => `${nth(HEADERS, n)} Our receptionist is sitting in ${place} today and ${nth(CALLS, n).replace('{s}', 's')}. ${nth(QUESTIONS, n)}`,
    (place: string) => `User: Dana (Finance)\nLocation: ${capitalize(place)}\nIssue: calls to landlines drop`,
  ];
  const items: GridItem[] = [];
  product({ room: PUBLIC_ROOMS, site: CONTAINERS, form: ROOM_FORMS, frame: frames }).forEach(({ room, site, form, frame }, n) => {
    // "the Berlin cafe" or "the next to our office cafe" say nothing: only a site names a room of its own.
    if (form.tag === 'room:site-first' && site.tag !== 'site:ours' && site.tag !== 'site:unsure') return;
    const place = form.say(room, site.said);
    items.push({ text: frame(place, n), slots: site.value ? { location: site.value } : {}, tags: [site.tag, form.tag, `room:${room}`, `frame:${frames.indexOf(frame)}`] });
  });
  return items;
}

/** A client's network in an offshore desk's words: never the Internet. */
// ("customer LAN" is left out: the article's "customer network" is the organization's own.)
const CLIENT_NETWORKS = ['on client WAN', 'on the client LAN', "on the client's network", "on the customer's VPN"];

/**
 * The client's network (the lead's round-10 class, a wrong answer on test7): ours when the text is about the client's
 * own IT ("Client is on SfB Online", "Client uses ..."), else nothing; never the Internet. The client's guest Wi-Fi
 * stays a place visited.
 */
export function clientNetworkGrid(): GridItem[] {
  const contexts = [
    { tag: 'client:ours', say: 'Client is on Skype for Business Online with CCE.', value: 'customerNetwork' as const },
    { tag: 'client:ours', say: 'Client uses SfB Online and Cloud Connector.', value: 'customerNetwork' as const },
    { tag: 'client:unsaid', say: 'We run SfB Online with Cloud Connector.', value: undefined },
  ];
  const frames = [
    (net: string) => `Location: Chennai ODC (${net})\nIssue: user calling a landline, voice breaks. Kindly revert on media path.`,
    (net: string) => `The user is in the Makati office (${net.replace(/^on (the )?/, '')}) and is calling a landline. Media path?`,
    (net: string) => `Agent sits at the Pune delivery centre, ${net}, and dials a customer's mobile. Which path?`,
  ];
  // Without the client's IT said, the room says it: "the Makati office", "the Pune delivery centre" are ours.
  const value = (context: (typeof contexts)[number], frame: number) => context.value ?? (frame === 0 ? undefined : 'customerNetwork');
  return product({ context: contexts, net: CLIENT_NETWORKS, frame: frames }).map(({ context, net, frame }) => ({
    text: `${context.say} ${frame(net)}`,
    slots: value(context, frames.indexOf(frame)) ? { location: value(context, frames.indexOf(frame)) } : {},
    tags: [context.tag, `net:${net}`, `frame:${frames.indexOf(frame)}`],
  }));
}

/**
 * The units and rooms of a hospital, a store or an office building, said by the people who work there: a ward, a
 * department, a theatre, a back room, a wing (the round-11 class: "Location: Theatres, Level 1, Main
 * Hospital" and "in the switchboard room in the basement" were asked back). `said` after "is", `field` as a ticket's
 * value.
 */
const SITE_ROOMS: readonly Place[] = [
  { value: 'customerNetwork', said: 'on the maternity ward', field: 'Maternity ward' },
  { value: 'customerNetwork', said: 'on Ward 12', field: 'Ward 12' },
  { value: 'customerNetwork', said: 'on the paediatric ward', field: 'Paediatric ward, bay 3' },
  { value: 'customerNetwork', said: 'doing rounds on the wards', field: 'the wards' },
  { value: 'customerNetwork', said: 'in the ICU', field: 'ICU' },
  { value: 'customerNetwork', said: 'in intensive care', field: 'Intensive Care Unit' },
  { value: 'customerNetwork', said: 'in A&E', field: 'A&E' },
  { value: 'customerNetwork', said: 'in the emergency department', field: 'Emergency Department' },
  { value: 'customerNetwork', said: 'in the outpatient clinic', field: 'Outpatient clinic' },
  { value: 'customerNetwork', said: 'in theatre', field: 'Theatre suite' },
  { value: 'customerNetwork', said: 'at the nursing station', field: 'nursing station' },
  { value: 'customerNetwork', said: 'at the main hospital', field: 'Main Hospital' },
  { value: 'customerNetwork', said: 'in the switchboard room', field: 'Switchboard room' },
  { value: 'customerNetwork', said: 'in the stockroom', field: 'Stockroom' },
  { value: 'customerNetwork', said: 'in the staff room', field: 'staff room' },
  { value: 'customerNetwork', said: 'in the east wing', field: 'East wing' },
  { value: 'customerNetwork', said: 'at the tills', field: 'on the tills' },
];

/**
 * A unit or room of our site x how it is said x a distractor (none, another case elsewhere, where our servers are),
 * who rotated. (Another person's or a past place beside it leaks whatever the room: en-parties.test.ts' ceilings.)
 */
export function siteRoomGrid(): GridItem[] {
  const distractors = DISTRACTORS.filter((d) => ['distractor:none', 'distractor:separate-case', 'distractor:server'].includes(d.tag));
  const items: GridItem[] = [];
  product({ place: SITE_ROOMS, frame: FRAMES, distractor: distractors }).forEach(({ place, frame, distractor }, n) => {
    const who = nth(WHO, n);
    const text = [nth(HEADERS, n), frame.say(who, place, n), distractor.say(who, otherPlace(place.value, n)), nth(QUESTIONS, n)].filter(Boolean).join(separatorFor(frame));
    items.push({ text, slots: { location: place.value }, tags: [who.tag, frame.tag, distractor.tag, `room:${place.said}`] });
  });
  return items;
}

/** The same rooms said of someone else, or asked about: nothing says where the user is now. */
export function siteRoomElsewhereGrid(): GridItem[] {
  const elsewhere = [
    (room: Place) => `My colleague Tom is ${room.said} today.`,
    (room: Place) => `Would it be different if I were ${room.said}?`,
    (room: Place) => `Her manager works ${room.said}.`,
  ];
  return product({ room: SITE_ROOMS, form: elsewhere }).map(({ room, form }, n) => ({
    text: `${nth(HEADERS, n)} I ${nth(CALLS, n).replace('{s}', '')}. ${form(room)} ${nth(QUESTIONS, n)}`,
    slots: {},
    tags: [`elsewhere:${elsewhere.indexOf(form)}`, `room:${room.said}`],
  }));
}

/** Where the people of a building site sit: a cabin of the site itself, whose network is told apart or not at all. */
const SITE_CABINS = ['the site cabin', 'the site\'s cabin', 'the welfare cabin', 'the site cabin at Eastgate'];
/** What the cabin is connected by, and what that makes the user's place. */
const CABIN_NETWORKS: readonly { said: string; value?: PlaceValue }[] = [
  { said: '' },
  { said: ' (the cabin is on the company VPN)', value: 'customerNetwork' },
  { said: ', which is on our site-to-site tunnel', value: 'customerNetwork' },
  { said: ' on the cabin\'s own 4G router', value: 'internet' },
];
/** A cabin away from work, where someone spends a holiday: outside our network. */
const HOLIDAY_CABINS = ['at a cabin in the mountains', 'at our cabin by the lake', 'at the cabin this week', 'in a log cabin'];

/**
 * A site's cabin (the round-11 class: "dialling an outside line from the site cabin" read a holiday cabin, the
 * Internet) says nothing by itself: its network does; a cabin away from work still is outside.
 */
export function siteCabinGrid(): GridItem[] {
  const onSite = product({ cabin: SITE_CABINS, network: CABIN_NETWORKS }).map(({ cabin, network }, n) => ({
    text: `${nth(HEADERS, n)} Site manager is in ${cabin}${network.said} and ${nth(CALLS, n).replace('{s}', 's')}. ${nth(QUESTIONS, n)}`,
    slots: network.value ? { location: network.value } : {},
    tags: ['cabin:site', `network:${network.value ?? 'unsaid'}`],
  }));
  const away = HOLIDAY_CABINS.map((cabin, n) => ({
    text: `${nth(HEADERS, n)} Our site manager is ${cabin} and ${nth(CALLS, n).replace('{s}', 's')}. ${nth(QUESTIONS, n)}`,
    slots: { location: 'internet' as const },
    tags: ['cabin:holiday'],
  }));
  return [...onSite, ...away];
}

/** What a network of ours is named by ("our practice network", "the church network"): whom or what it serves. */
const SERVED = ['practice', 'church', 'plant', 'firm', 'works', 'clinic', 'mill', 'depot', 'surgery', 'parish', 'council', 'studio'];
/** Networks that are someone else's, or anyone's, named the same way: never ours. */
const NOT_SERVED: readonly { said: string; value?: PlaceValue }[] = [
  { said: 'the home network', value: 'internet' },
  { said: 'the guest network', value: 'internet' },
  { said: 'the hotel network', value: 'internet' },
  { said: 'our guest network', value: 'internet' },
  { said: 'the neighbour\'s network' },
  { said: 'the Fabrikam network' },
  { said: 'the mobile network', value: 'internet' },
  { said: 'the other network' },
];
/** How the network is said of the user. */
const NETWORK_FRAMES = [
  (net: string, n: number) => `${nth(HEADERS, n)} Our receptionist is at the front desk (on ${net}) and ${nth(CALLS, n).replace('{s}', 's')}. ${nth(QUESTIONS, n)}`,
  (net: string, n: number) => `${nth(HEADERS, n)} I'm on ${net} and ${nth(CALLS, n).replace('{s}', '')}. ${nth(QUESTIONS, n)}`,
  (net: string, n: number) => `${nth(HEADERS, n)} The user ${nth(CALLS, n).replace('{s}', 's')}; she is on ${net} today. ${nth(QUESTIONS, n)}`,
  (net: string) => `User: Dana (Finance)\nNetwork: ${net}\nIssue: calls to landlines drop`,
];

/**
 * A network named by whom it serves (the lead's round-11 class: "at the front desk in the practice (on our practice
 * network)", "at the church office (on the church network)" were asked back): "our/the <noun> network" is ours, but
 * not a home, guest, hotel or mobile network, nor one named by another company or someone's.
 */
export function ownNetworkGrid(): GridItem[] {
  const networks = [
    ...product({ served: SERVED, determiner: ['our', 'the'] }).map(({ served, determiner }) => ({ said: `${determiner} ${served} network`, value: 'customerNetwork' as PlaceValue, tag: 'network:ours' })),
    ...NOT_SERVED.map((net) => ({ ...net, tag: 'network:not-ours' })),
  ];
  return product({ network: networks, frame: NETWORK_FRAMES }).map(({ network, frame }, n) => {
    // Beside "at the front desk" a network nobody's, or another's, leaves the desk as where the receptionist is.
    const value = network.value ?? (NETWORK_FRAMES.indexOf(frame) === 0 ? 'customerNetwork' : undefined);
    return { text: frame(network.said, n), slots: value ? { location: value } : {}, tags: [network.tag, `frame:${NETWORK_FRAMES.indexOf(frame)}`] };
  });
}

/** Ways to ask whether a call goes out on the Internet, after the place of the one calling is said. */
const GOES_OUT = ['Does it go out on the internet?', 'Will the call go over the internet?', 'Does that go out over the public internet, or over ER?', 'Would the media go on the internet?', 'Does it go out onto the internet at all?'];

/**
 * The Internet asked as where a call goes (the round-11 class: "... from his laptop at the church office, does it go
 * out on the internet?" read the Internet against the office, and asked back): the question's way is nobody's place.
 */
export function goesOutGrid(): GridItem[] {
  // "from site" and "from work" are no places ("on site", "at work" are): left out.
  const places = PLACES.filter((p) => p.value === 'customerNetwork' && !/VPN/.test(p.said) && p.said !== 'on site' && p.said !== 'at work').filter((_, k) => k % 3 === 0);
  return product({ place: places, question: GOES_OUT }).map(({ place, question }, n) => ({
    text: `${nth(HEADERS, n)} When our CFO ${nth(CALLS, n).replace('{s}', 's')} ${place.said.replace(/^(at|in|on) /, 'from ')}, ${question.charAt(0).toLowerCase()}${question.slice(1)}`,
    slots: { location: place.value },
    tags: [`question:${GOES_OUT.indexOf(question)}`, `place:${place.said}`],
  }));
}

/** Job titles of hospitals, churches, law firms and building sites, said of the one calling. */
const TRADES = ['the pastor', 'our vicar', 'the radiographer', 'the physio', 'the pharmacist', 'the porter', 'the midwife', 'the surgeon', 'the paramedic', 'the foreman', 'the paralegal', 'the solicitor', 'the shift lead', 'the switchboard operator', 'the surveyor'];

/** How the one with the title calls a colleague elsewhere, and the question about the one with the title. */
const TRADE_FRAMES = [
  (trade: string, place: string, other: string) => `${capitalize(trade)} is ${place} and calls a colleague who is ${other}. Which path does the ${trade.replace(/^(?:the|our|a) /, '')}'s call take?`,
  (trade: string, place: string, other: string) => `A colleague ${other} rings ${trade}, who is ${place}, on Skype. What path for ${trade}?`,
  (trade: string, place: string, other: string) => `Peer-to-peer: ${trade} (${place}) and a colleague (${other}). Path on ${trade}'s side?`,
];

/**
 * A job title the vocabulary did not know, in a call with a colleague elsewhere (the round-11 class: "Physio is
 * working from a patient's home", "two paralegals at the Toronto office"): who is where, and whose side is asked.
 */
export function tradesGrid(): GridItem[] {
  const places = PLACES.filter((_, k) => k % 7 === 0);
  return product({ trade: TRADES, place: places, frame: TRADE_FRAMES }).map(({ trade, place, frame }, n) => {
    const other = otherPlace(place.value, n);
    return {
      text: `${nth(HEADERS, n)} ${frame(trade, place.said, other.said)}`,
      slots: { location: place.value, peer: other.value },
      tags: [`trade:${trade}`, `place:${place.said}`, `frame:${TRADE_FRAMES.indexOf(frame)}`],
    };
  });
}

/** A client's premises, and a phone number called by the name of its network (the round-11 class: "a customer's GSM number"). */
export function premisesAndNumbersGrid(): GridItem[] {
  const premises = ["at the client's premises", "at a customer's premises", "on the client's premises", 'at client premises'];
  const numbers = ["a customer's GSM number", 'a GSM number', "the supplier's GSM phone"];
  return product({ at: premises, number: numbers }).map(({ at, number }, n) => {
    const header = nth(HEADERS, n);
    // Homed Online in an Online tenant is implied by the deployment, not a fact of the call: only Hybrid states it.
    // "We run SfB Online" is not read as the deployment yet ("run" before it is read as hosting): its homing stays.
    const homing = /hybrid|we run/i.test(header) ? ({ homing: 'online' } as const) : {};
    return {
      text: `${header} I'm homed Online. I am ${at} this week and call ${number}. ${nth(QUESTIONS, n)}`,
      slots: { location: 'internet', ...homing, callType: 'pstn' },
      tags: [`premises:${at}`, `number:${number}`],
    };
  });
}

/** Hotels named by their chain ("at the Marriott in Denver"): a hotel, outside our network. */
const HOTEL_CHAINS: readonly Place[] = [
  { value: 'internet', said: 'at the Marriott in Denver', field: 'the Marriott, Denver' },
  { value: 'internet', said: 'staying at a Premier Inn', field: 'a Premier Inn (Leeds)' },
  { value: 'internet', said: 'at the Radisson in Oslo', field: 'the Radisson, Oslo' },
  { value: 'internet', said: 'at the Hilton near the airport', field: 'the Hilton' },
  { value: 'internet', said: 'at a Holiday Inn', field: 'a Holiday Inn' },
  { value: 'internet', said: 'in the Novotel by the station', field: 'the Novotel' },
  { value: 'internet', said: 'at the Hyatt downtown', field: 'the Hyatt' },
  { value: 'internet', said: 'at a Travelodge off the M6', field: 'a Travelodge' },
];

/** A hotel named by its chain x how it is said (the round-11 class: "He's at the Radisson in Oslo" was asked back). */
export function hotelChainGrid(): GridItem[] {
  return product({ place: HOTEL_CHAINS, frame: FRAMES }).map(({ place, frame }, n) => {
    const who = nth(WHO, n);
    const text = [nth(HEADERS, n), frame.say(who, place, n), nth(QUESTIONS, n)].join(separatorFor(frame));
    return { text, slots: { location: place.value }, tags: [who.tag, frame.tag, `hotel:${place.said}`] };
  });
}

/**
 * An assistant called (the round-11 class: "calling my assistant back at HQ (she's on the office network)": "assistant"
 * was a word asking for help, and the assistant's place the caller's): the one called, wherever they are.
 */
export function assistantGrid(): GridItem[] {
  const assistants = ['my assistant', 'her assistant', 'our assistant', 'the assistant'];
  const forms = [
    (a: string, mine: Place, theirs: Place) => `I'm ${mine.said} and call ${a}, who is ${theirs.said}.`,
    (a: string, mine: Place, theirs: Place) => `Our CFO is ${mine.said}, calling ${a} (${theirs.said}) on Skype.`,
  ];
  const places = PLACES.filter((p) => !/VPN|vpn/.test(p.said)).filter((_, k) => k % 9 === 0);
  return product({ assistant: assistants, form: forms, mine: places }).map(({ assistant, form, mine }, n) => {
    const theirs = otherPlace(mine.value, n);
    return {
      text: `${nth(HEADERS, n)} ${form(assistant, mine, theirs)} ${nth(QUESTIONS, n)}`,
      slots: { location: mine.value, peer: theirs.value },
      tags: [`assistant:${assistant}`, `form:${forms.indexOf(form)}`],
    };
  });
}

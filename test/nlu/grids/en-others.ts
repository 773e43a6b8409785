// Round 9's English party grids (invented; no blind text): the other party as people describe them in real mail
// ("the guy from accounts", "someone at the Leeds branch", "a contractor on their own tenant"), with where they are or
// homed said in a relative clause, after a semicolon, in a sentence of its own or in an aside, and closed by a side
// word ("on his end", "at their end"), which says where the statement holds, not whose side is asked about; and the
// deployment said as a story ("we're mid-migration", "we retired the Lync servers", "finance is still on the pool,
// everyone else is Online": a split of the organization, nobody's homing).
import { capitalize, nth, product } from './en-grid';
import type { GridItem } from './grid';
import { PLACES, otherPlace, type Place } from './en-places';

interface Other {
  tag: string;
  name: string;
  /** The pronoun and the possessive a sentence of its own says them by. */
  pronoun: string;
  their: string;
}

const other = (tag: string, name: string, pronoun: 'she' | 'he' | 'they'): Other => ({
  tag,
  name,
  pronoun,
  their: pronoun === 'she' ? 'her' : pronoun === 'he' ? 'his' : 'their',
});

/** Our own people, described as in mail: by team, job, site or relation, not by name. */
const OURS: readonly Other[] = [
  other('who:guy-from', 'the guy from accounts', 'he'),
  other('who:lady-in', 'a lady in payroll', 'she'),
  other('who:new-hire', 'the new hire in HR', 'she'),
  other('who:field-tech', 'one of our field techs', 'he'),
  other('who:counterpart', 'my counterpart in procurement', 'she'),
  other('who:manager', 'my line manager', 'he'),
  other('who:teammate', 'a teammate', 'she'),
  other('who:rep', 'our sales rep', 'he'),
];

/** People of another company, on their own tenant: the other party is federated wherever they sit. */
const THEIRS: readonly { tag: string; said: string }[] = [
  { tag: 'them:contractor', said: 'a contractor who is on their own tenant' },
  { tag: 'them:vendor', said: 'our vendor\'s account manager, who runs their own federated SfB Online' },
  { tag: 'them:external', said: 'an external consultant on their own company\'s Skype, federated with us' },
  { tag: 'them:supplier', said: 'a contact at a supplier that has its own Office 365 tenant' },
];

const SIDES = ['on {their} end', 'at {their} end', 'on {their} side', ''];

/** How their place or homing is said, closed by a side word `side` (may be empty). */
const FRAMES = [
  { tag: 'frame:relative', say: (o: Other, fact: string, side: string) => `${o.name}, who is ${fact}${side}.` },
  { tag: 'frame:semicolon', say: (o: Other, fact: string, side: string) => `${o.name}; ${o.pronoun} ${o.pronoun === 'they' ? 'are' : 'is'} ${fact}${side}.` },
  { tag: 'frame:sentence', say: (o: Other, fact: string, side: string) => `${o.name}. ${capitalize(o.pronoun)} ${o.pronoun === 'they' ? 'are' : 'is'} ${fact}${side}.` },
  { tag: 'frame:aside', say: (o: Other, fact: string, side: string) => `${o.name} (${fact}${side}).` },
];

const HOMINGS = [
  { value: 'onPremises', said: 'homed on-prem', mine: 'an Online user' },
  { value: 'online', said: 'homed Online', mine: 'still on the on-prem pool' },
] as const;

const QUESTIONS = ['Path?', 'What path does my media take?', 'Does my signaling go over ER?', 'Which way does my call go?'];

const side = (o: Other, n: number): string => {
  const s = nth(SIDES, n);
  return s ? ` ${s.replace('{their}', o.their)}` : '';
};

/**
 * Where one of ours is (en-places.ts) or how they are homed, said of them with a side word after it; the writer's own
 * place and homing are the other value, so a statement put on the wrong side shows.
 */
export function otherSideGrid(): GridItem[] {
  const items: GridItem[] = [];
  product({ who: OURS, frame: FRAMES, place: PLACES.filter((p) => !/VPN|vpn/.test(p.said)).slice(0, 24) }).forEach(({ who, frame, place }, n) => {
    const mine = otherPlace(place.value, n);
    const homing = nth(HOMINGS, n);
    const said = n % 2 === 0 ? { fact: place.said, slots: { peer: place.value } } : { fact: homing.said, slots: { peerHoming: homing.value } };
    const text = `Hybrid. I am ${homing.mine} and I am ${mine.said}. I call ${frame.say(who, said.fact, side(who, n))} ${nth(QUESTIONS, n)}`;
    const slots = { location: mine.value, homing: homing.value === 'online' ? 'onPremises' : 'online', ...said.slots } as const;
    items.push({ text, slots, tags: [who.tag, frame.tag, `side:${nth(SIDES, n) || 'none'}`] });
  });
  return items;
}

/** Another company's people, said many ways, with a side word after their homing: federated, never our homing. */
export function theirSideGrid(): GridItem[] {
  return product({ them: THEIRS, place: ['at my desk', 'in the office', 'at home without VPN', 'on the hotel wifi'], sideWord: SIDES }).map(({ them, place, sideWord }, n) => {
    const aside = sideWord ? ` They are homed Online ${sideWord.replace('{their}', 'their')}.` : '';
    const value: Place['value'] = /desk|office/.test(place) ? 'customerNetwork' : 'internet';
    return {
      text: `Hybrid. I am still on the on-prem pool, ${place}, on a 1:1 with ${them.said}.${aside} ${nth(QUESTIONS, n)}`,
      slots: { location: value, homing: 'onPremises', peer: 'federated', ...(aside && { peerHoming: 'online' }) },
      tags: [them.tag, `side:${sideWord || 'none'}`],
    };
  });
}

/** The deployment told as a story, each with what it says: a migration under way, servers retired, a split. */
const STORIES = [
  { tag: 'story:mid-migration', said: 'We\'re mid-migration to SfB Online.', deployment: 'hybrid' },
  { tag: 'story:halfway', said: 'We\'re halfway through migrating users to Skype Online.', deployment: 'hybrid' },
  { tag: 'story:still-migrating', said: 'We are still migrating to SfB Online.', deployment: 'hybrid' },
  { tag: 'story:middle', said: 'We\'re in the middle of the migration to Skype Online.', deployment: 'hybrid' },
  { tag: 'story:partway', said: 'We\'re partway through our move to SfB Online, so some people are still on Lync.', deployment: 'hybrid' },
  { tag: 'story:shut-down', said: 'Everyone is on SfB Online; we shut down the Lync servers last year.', deployment: 'online' },
  { tag: 'story:retired', said: 'We retired our on-prem Skype servers two years ago and run SfB Online only.', deployment: 'online' },
  { tag: 'story:decommissioned', said: 'We moved everyone to Skype Online and decommissioned the on-prem servers.', deployment: 'online' },
  { tag: 'story:got-rid', said: 'We got rid of the Lync pool in 2019, all in the cloud since.', deployment: 'online' },
  { tag: 'story:split-team', said: 'The finance team is still on the old Lync pool, everyone else is on SfB Online.', deployment: 'hybrid' },
  { tag: 'story:split-rest', said: 'Only IT is still on-prem, the rest of us moved to Online.', deployment: 'hybrid' },
  { tag: 'story:split-company', said: 'Sales is still on the on-prem pool; the rest of the company is Online.', deployment: 'hybrid' },
  { tag: 'story:split-others', said: 'A few people in legal are still homed on-prem, the others are in the cloud.', deployment: 'hybrid' },
  { tag: 'story:site-moved', said: 'Our Perth office was moved to Skype Online but head office is still on-prem.', deployment: 'hybrid' },
  { tag: 'story:site-system', said: 'Head office is still on the on-premises system; the branches are on SfB Online.', deployment: 'hybrid' },
  { tag: 'story:cce-lines', said: 'We use Cloud Connector for our phone lines and users are all Online.', deployment: 'cloudConnector' },
  { tag: 'story:cce-pstn', said: 'Our PSTN runs through CCE.', deployment: 'cloudConnector' },
] as const;

/** What happens in the call, with where each party is (never their homing: the story must not give one). */
/**
 * What happens in the call, with where each party is (never their homing: the story must not give one). `role`: the
 * one called is named by a role, who may be outside and on a phone number when PSTN runs through Cloud Connector
 * ("rings a parent", "calls my manager"): those are not paired with the Cloud Connector stories.
 */
const CALLS = [
  { said: 'I\'m in the office and call a colleague who is at home.', slots: { location: 'customerNetwork', peer: 'internet' }, role: false },
  { said: 'I\'m at home without VPN and ring my manager, who is at her desk.', slots: { location: 'internet', peer: 'customerNetwork' }, role: true },
  { said: 'Today I\'m on the hotel wifi and I call the guy from accounts; he is in the office.', slots: { location: 'internet', peer: 'customerNetwork' }, role: true },
  { said: 'I\'m at my desk, on a 1:1 with a teammate who is working from home.', slots: { location: 'customerNetwork', peer: 'internet' }, role: false },
  { said: 'I\'m on the hotel wifi and ring a colleague; she is in the office.', slots: { location: 'internet', peer: 'customerNetwork' }, role: false },
] as const;

export function deploymentStoryGrid(): GridItem[] {
  const rows = product({ story: STORIES, call: CALLS, order: ['story-first', 'call-first'] });
  return rows.filter(({ story, call }) => !(call.role && story.deployment === 'cloudConnector')).map(({ story, call, order }, n) => {
    const parts = order === 'story-first' ? [story.said, call.said] : [call.said, story.said];
    return {
      text: `${parts.join(' ')} ${nth(QUESTIONS, n)}`,
      slots: { deployment: story.deployment, callType: 'peerToPeer', ...call.slots },
      tags: [story.tag, `order:${order}`],
    };
  });
}

/** How many of a group (the lead's round 9 class: a part of a group homed somewhere). */
const PARTS = ['some', 'a few', 'a handful of', 'most', 'half of our', 'part of our', 'several', 'a couple of'];
const GROUP_WORDS = ['folks', 'people', 'users', 'staff', 'colleagues', 'guys', 'seats', 'accounts'];
const GROUP_HOMINGS = ['are still on the on-prem servers', 'are still homed on-prem', 'moved to Online', 'are on the Lync pool', 'are already in SfB Online'];
const GROUP_FRAMES = [
  (part: string, group: string, homing: string) => `We have ${part} ${group} that ${homing.replace(/^are /, 'are ')}.`,
  (part: string, group: string, homing: string) => `${capitalize(part)} ${group} ${homing}.`,
  (part: string, group: string, homing: string) => `Hybrid shop here: ${part} ${group} ${homing}, not sure about the rest.`,
];
const VAGUE_QUESTIONS = ['What path does a call take?', 'Which way does media go for a 1:1?', 'Does any of it go over ER?'];

/**
 * A part of a group homed somewhere, and nothing else said: the deployment is Hybrid, and nobody in the call is homed
 * anywhere (a vague question must stay one: reading the part's homing as the user's answers it).
 */
export function partOfGroupGrid(): GridItem[] {
  return product({ part: PARTS, group: GROUP_WORDS, homing: GROUP_HOMINGS }).map(({ part, group, homing }, n) => ({
    text: `${nth(GROUP_FRAMES, n)(part, group, homing)} ${nth(VAGUE_QUESTIONS, n)}`,
    slots: { deployment: 'hybrid' },
    tags: [`part:${part}`, `group:${group}`],
  }));
}

/** The user's own homing beside a part of the group homed the other way: the user's stays theirs. */
export function partBesideUserGrid(): GridItem[] {
  const mine = [
    { said: 'I am still on the on-prem pool and at my desk.', slots: { homing: 'onPremises', location: 'customerNetwork' } },
    { said: 'My user is homed Online and working from home.', slots: { homing: 'online', location: 'internet' } },
    { said: 'Priya (on-prem homed) is in the office today.', slots: { homing: 'onPremises', location: 'customerNetwork' } },
    { said: 'She is one of the few still on the on-prem pool, and she is at home.', slots: { homing: 'onPremises', location: 'internet' } },
  ] as const;
  return product({ part: PARTS, group: GROUP_WORDS.slice(0, 4), me: mine, order: [0, 1] }).map(({ part, group, me, order }, n) => {
    const homing = me.slots.homing === 'online' ? 'are still on the Lync pool' : 'moved to Online';
    const theirs = `${capitalize(part)} ${group} ${homing}.`;
    const text = `${order === 0 ? `${me.said} ${theirs}` : `${theirs} ${me.said}`} ${nth(VAGUE_QUESTIONS, n)}`;
    return { text, slots: { deployment: 'hybrid', ...me.slots }, tags: [`part:${part}`, `order:${order}`] };
  });
}

/** How someone is said to be the same as the person just described. */
const LIKEWISE_FORMS = [
  { tag: 'likewise:so-was', say: (first: string, fact: string, second: string) => `${first} ${fact}, and so is ${second}.` },
  { tag: 'likewise:as-is', say: (first: string, fact: string, second: string) => `${first} ${fact}, as is ${second}.` },
  { tag: 'likewise:too', say: (first: string, fact: string, second: string) => `${first} ${fact}, ${second} too.` },
  { tag: 'likewise:as-well', say: (first: string, fact: string, second: string) => `${first} ${fact} and ${second} is as well.` },
];

const LIKEWISE_HOMINGS = [
  { value: 'onPremises', said: 'is homed on-prem', mine: 'am homed on-prem' },
  { value: 'online', said: 'is homed Online', mine: 'am homed Online' },
] as const;

/**
 * The host or the one called said to be homed as the writer is ("I am homed on-prem, and so is my boss, who set up the
 * meeting", "Peter too"): the same homing for both; the writer's own place said after.
 */
export function likewiseGrid(): GridItem[] {
  const seconds = [
    { who: 'my boss', role: 'organizer', then: 'My boss set up the meeting and I join it from home.', location: 'internet' },
    { who: 'Peter', role: 'organizer', then: 'I join the weekly review Peter organises from my desk.', location: 'customerNetwork' },
    { who: 'Tomasz', role: 'peer', then: 'I call Tomasz from home.', location: 'internet' },
    { who: 'my colleague Jo', role: 'peer', then: 'I am in the office and ring Jo.', location: 'customerNetwork' },
  ] as const;
  return product({ form: LIKEWISE_FORMS, homing: LIKEWISE_HOMINGS, second: seconds }).map(({ form, homing, second }, n) => {
    const text = `Hybrid. ${form.say('I', homing.mine, second.who)} ${second.then} ${nth(QUESTIONS, n)}`;
    const theirs = second.role === 'organizer' ? { organizer: homing.value } : { peerHoming: homing.value };
    return { text, slots: { homing: homing.value, location: second.location, ...theirs }, tags: [form.tag, `second:${second.role}`] };
  });
}

/** The one called said to be where the writer is ("I'm at home, and so is Tomasz", "my colleague Jo too"). */
export function likewisePlaceGrid(): GridItem[] {
  const places = PLACES.filter((p) => !/VPN|vpn/.test(p.said)).slice(0, 30);
  const callees = [
    { who: 'Tomasz', then: 'I call Tomasz.' },
    { who: 'my colleague Jo', then: 'I ring Jo 1:1.' },
    { who: 'the finance director', then: 'I call the finance director.' },
  ];
  return product({ form: LIKEWISE_FORMS, place: places, callee: callees }).map(({ form, place, callee }, n) => ({
    text: `SfB Online. ${form.say('I', `am ${place.said}`, callee.who)} ${callee.then} ${nth(QUESTIONS, n)}`,
    slots: { location: place.value, peer: place.value },
    tags: [form.tag, `place:${place.said}`],
  }));
}

/** Everyday words for where someone's account is, as non-admins repeat what IT told them. */
const HOMING_WORDS = [
  { value: 'online', said: ['moved to Office 365 last term', 'on the cloud Skype', 'now in the cloud', 'migrated to O365 in the spring'] },
  { value: 'onPremises', said: ['still on the server', 'still on the in-house server', 'still on the old server', 'on our own server'] },
] as const;

/** The writer's and the one called's homing in those words, in asides and clauses of their own, both ways round. */
export function homingWordsGrid(): GridItem[] {
  const forms = [
    (mine: string, theirs: string) => `I am ${mine} and my PA is ${theirs}. I call her from my office; she is at her desk.`,
    (mine: string, theirs: string) => `IT tells me I am ${mine}; Janet is ${theirs}. I ring Janet from home, she is in the office.`,
    (mine: string, theirs: string) => `Mrs. Patel (${mine}) is at home and calls Janet, who is ${theirs} and in the office.`,
  ];
  const places = [
    { location: 'customerNetwork', peer: 'customerNetwork' },
    { location: 'internet', peer: 'customerNetwork' },
    { location: 'internet', peer: 'customerNetwork' },
  ] as const;
  return product({ form: forms, mine: HOMING_WORDS, theirs: HOMING_WORDS, k: [0, 1, 2, 3] })
    .filter(({ mine, theirs }) => mine.value !== theirs.value)
    .map(({ form, mine, theirs, k }, n) => ({
      text: `Hybrid. ${form(nth(mine.said, k), nth(theirs.said, k + 1))} ${nth(QUESTIONS, n)}`,
      slots: { homing: mine.value, peerHoming: theirs.value, ...places[forms.indexOf(form)] },
      tags: [`homing-words:${forms.indexOf(form)}`],
    }));
}

/** Phone calls to customers said as people say them: their phones, their numbers, calling out to them. */
const OUTSIDE_CALLS = [
  'calls customers\' phones all day',
  'makes calls out to customers',
  'rings customer numbers',
  'calls out to clients every morning',
  'dials customers\' mobiles',
  'phones clients\' phones after each order',
];

/** Someone calling customers' phones from a place: a phone call (PSTN), never a call with the customers' clients. */
export function outsideCallsGrid(): GridItem[] {
  const who = [
    { name: 'She', subject: 'she' },
    { name: 'Our agent', subject: 'he' },
    { name: 'My user', subject: 'she' },
  ];
  const places = PLACES.filter((p) => !/VPN|vpn/.test(p.said)).slice(0, 20);
  const headers = [
    { said: 'SfB Online.', slots: {} },
    { said: 'Hybrid, user homed Online.', slots: { homing: 'online' } },
    { said: 'Online tenant, Calling Plans.', slots: {} },
  ] as const;
  return product({ call: OUTSIDE_CALLS, who, place: places }).map(({ call, who: w, place }, n) => ({
    text: `${nth(headers, n).said} ${w.name} ${call}, ${w.subject === 'he' ? 'he is' : 'she is'} ${place.said}. ${nth(QUESTIONS, n)}`,
    slots: { location: place.value, callType: 'pstn', ...nth(headers, n).slots },
    tags: [`call:${call}`],
  }));
}

/** Floors of our buildings, as people place themselves and each other in them ("Olu (3rd floor) calls Marta (7th floor)"). */
export function floorsGrid(): GridItem[] {
  const floors = ['3rd floor', '7th floor', 'ground floor', 'executive floor', 'top floor', 'second floor'];
  const elsewhere: readonly Place[] = PLACES.filter((p) => p.value === 'internet' && !/VPN|vpn/.test(p.said)).slice(0, 6);
  const forms = [
    (mine: string, theirs: string) => `Olu (${mine}) calls Marta (${theirs}).`,
    (mine: string, theirs: string) => `Olu is on the ${mine} and calls Marta, who is ${theirs}.`,
    (mine: string, theirs: string) => `I sit on the ${mine}; I ring my colleague, she is ${theirs}.`,
  ];
  const items: GridItem[] = [];
  product({ form: forms, mine: floors, theirs: [...floors.map((f) => ({ said: f, value: 'customerNetwork' as const })), ...elsewhere] }).forEach(({ form, mine, theirs }, n) => {
    const said = 'field' in theirs ? theirs.said : forms.indexOf(form) === 0 ? theirs.said : `on the ${theirs.said}`;
    if (said === `on the ${mine}` || said === mine) return;
    items.push({
      text: `${nth(['SfB Online.', 'Hybrid, both on-prem.', 'Online tenant.'], n)} ${form(mine, said)} ${nth(QUESTIONS, n)}`,
      slots: { location: 'customerNetwork', peer: theirs.value, ...(n % 3 === 1 && { homing: 'onPremises', peerHoming: 'onPremises' }) },
      tags: [`floors:${forms.indexOf(form)}`],
    });
  });
  // A floor of a hotel or a home is no floor of ours: never our network.
  const theirFloors = ['I am at a hotel, my room is on the 3rd floor', 'I work from home, in the study on the top floor', 'I am at the airport, gate area on the second floor'];
  product({ said: theirFloors, q: QUESTIONS }).forEach(({ said, q }) => {
    items.push({ text: `SfB Online. ${said}, and I call a colleague who is in the office. ${q}`, slots: { location: 'internet', peer: 'customerNetwork' }, tags: ['floors:theirs'] });
  });
  return items;
}

/**
 * Someone else's own calls set against the writer's ("the CEO says his calls from the hotel were fine but mine from
 * the office drop"): a comparison, a vague question; their place is nobody's in the call, and no answer is given.
 */
export function comparedCallsGrid(): GridItem[] {
  const others = ['the CEO says his', 'my manager\'s', 'Priya\'s', 'her', 'my colleague says her'];
  const verbs = [['were fine', 'drop'], ['work', 'don\'t'], ['sound great', 'keep breaking up']];
  const froms = [
    ...['home', 'the hotel', 'the airport', 'a cafe', 'her flat', 'a hotel room'].map((said) => ({ said, value: 'internet' as const })),
    ...['the office', 'HQ', 'her desk', 'the branch office', 'the lab', 'the boardroom'].map((said) => ({ said, value: 'customerNetwork' as const })),
  ];
  return product({ other: others, verb: verbs, from: froms }).map(({ other, verb, from }, n) => {
    const mine = froms.filter((f) => f.value !== from.value)[n % 6];
    return {
      text: `${capitalize(other)} calls from ${from.said} ${verb[0]} but mine from ${mine.said.replace(/^her /, 'my ')} ${verb[1]}. ${nth(['We\'re SfB Online.', 'Online tenant.'], n)} Why, path-wise?`,
      slots: { location: mine.value },
      tags: ['compared'],
    };
  });
}

/** Cloud Connector said only for the phone lines, and someone called by name: a call between two clients. */
export function calledByNameGrid(): GridItem[] {
  const setups = ['We are a CCE shop (all users in Skype Online, the Cloud Connector only handles the phone lines).', 'Online with Cloud Connector for PSTN.', 'CCE for our telephony, everyone else is SfB Online.'];
  const names = ['Funmi', 'Sarah', 'Ms Okafor', 'Jo'];
  const calls = [
    { say: (name: string) => `I am at home and call ${name}, who is at her desk in the office.`, location: 'internet', peer: 'customerNetwork' },
    { say: (name: string) => `I'm in the office. I'm ringing ${name}, who is at home without VPN.`, location: 'customerNetwork', peer: 'internet' },
    { say: (name: string) => `Working from the hotel today, calling ${name} on Skype; she is on the office LAN.`, location: 'internet', peer: 'customerNetwork' },
  ] as const;
  return product({ setup: setups, name: names, call: calls }).map(({ setup, name, call }, n) => ({
    text: `${setup} ${call.say(name)} ${nth(QUESTIONS, n)}`,
    slots: { deployment: 'cloudConnector', callType: 'peerToPeer', location: call.location, peer: call.peer },
    tags: [`name:${name}`],
  }));
}

/** People named homed somewhere, set against the rest of the company: they keep their homing. */
export function namedAgainstRestGrid(): GridItem[] {
  const pairs = ['Both Grace and Sam are', 'Grace and Sam are both', 'Grace and Sam are'];
  const homings = [
    { say: 'homed on our on-prem SfB pool', rest: 'the rest of the company is in Skype Online', value: 'onPremises' },
    { say: 'still on the Lync pool', rest: 'everyone else moved to Online', value: 'onPremises' },
    { say: 'already on SfB Online', rest: 'the rest of us are still on-prem', value: 'online' },
  ] as const;
  const calls = ['Grace is at home and calls Sam, who is in the office.', 'Grace calls Sam from home; Sam is at his desk.'];
  const questions = ['Path for Grace?', "What path does Grace's media take?"];
  return product({ pair: pairs, homing: homings, call: calls }).map(({ pair, homing, call }, n) => ({
    text: `${pair} ${homing.say}; ${homing.rest}. ${call} ${nth(questions, n)}`,
    slots: { deployment: 'hybrid', callType: 'peerToPeer', homing: homing.value, peerHoming: homing.value, location: 'internet', peer: 'customerNetwork' },
    tags: [`pair:${pair}`],
  }));
}

/**
 * A call joined (the lead's round-10 class, two wrong answers on test7: "joins the weekly regional call that Hannah
 * sets up" read a call between two): a meeting when its host's homing is said, else no call type at all.
 */
export function joinedCallGrid(): GridItem[] {
  const who = ['I', 'The store manager', 'Priya'];
  const joins = ['joins', 'is joining', 'will join', 'joined'];
  const calls = ['the weekly regional call', 'a call', 'the team call', 'the 9am call'];
  const hosts = [
    { say: 'that Hannah from head office sets up', organizer: undefined },
    { say: 'that Hannah (an Online user like everyone) runs', organizer: 'online' },
    { say: 'hosted by our regional lead, who is in Skype Online too', organizer: 'online' },
  ] as const;
  // "the team call" names a meeting whoever hosts it.
  const meeting = (call: string, host: (typeof hosts)[number]) => host.organizer !== undefined || call === 'the team call';
  const firstPerson: Record<string, string> = { joins: 'join', 'is joining': 'am joining' };
  return product({ who, join: joins, call: calls, host: hosts }).map(({ who, join, call, host }, n) => ({
    text: `We're all on Skype Online. ${who} ${who === 'I' ? (firstPerson[join] ?? join) : join} ${call} ${host.say}, from ${who === 'I' ? 'my' : 'the'} desk in the office. ${nth(QUESTIONS, n)}`,
    slots: { deployment: 'online', location: 'customerNetwork', ...(meeting(call, host) && { callType: 'conference' as const }), ...(host.organizer && { organizer: host.organizer }) },
    tags: [`host:${host.organizer ?? 'unsaid'}`],
  }));
}

/**
 * Terse notes with an arrow between the two ends of a call (the lead's round-10 class, a wrong answer on test7:
 * "Internal user on LAN <-> external user at home" gave the LAN to the one at home).
 */
export function arrowNoteGrid(): GridItem[] {
  const ends = [
    { say: 'Internal user on LAN', ask: "Internal user's path?" },
    { say: 'User at HQ on the wired network', ask: "User's media path?" },
    { say: 'Me (office, wired)', ask: 'My path?' },
  ];
  const arrows = ['<->', '->', '<-', '<=>', '-->'];
  const others = ['external user at home', 'colleague at home, no VPN', 'Sam on the hotel wifi'];
  return product({ end: ends, arrow: arrows, other: others }).map(({ end, arrow, other }) => ({
    text: `SfBO. ${end.say} ${arrow} ${other}, 1:1. ${end.ask}`,
    slots: { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' },
    tags: [`arrow:${arrow}`],
  }));
}

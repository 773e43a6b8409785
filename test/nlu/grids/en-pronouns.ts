// Round 10's English grid (invented; no blind text): two people described, one calling the other, then a question
// that names whose side it asks about only by a pronoun ("Which way does her call go?"). The pronoun is the one of
// the two it can be: a given name ("Grace", "Tomasz"), a title ("Ms Okafor"), a noun ("the new guy") or a pronoun
// said of them before ("my manager ... she") tells; the one named last is not who it stands for by default.
import { capitalize, nth, product } from './en-grid';
import type { GridItem } from './grid';

interface Person {
  tag: string;
  name: string;
  gender: 'she' | 'he';
}

const person = (tag: string, name: string, gender: 'she' | 'he'): Person => ({ tag, name, gender });

/** Pairs of a she and a he, the gender told by how each is named. */
const PAIRS: readonly [Person, Person][] = [
  [person('by:name', 'Grace', 'she'), person('by:name', 'Tomasz', 'he')],
  [person('by:name', 'Priya', 'she'), person('by:name', 'Ravi', 'he')],
  [person('by:name', 'Marta', 'she'), person('by:name', 'Olu', 'he')],
  [person('by:name', 'Funmi', 'she'), person('by:name', 'Kevin', 'he')],
  [person('by:title', 'Ms Okafor', 'she'), person('by:title', 'Mr Tan', 'he')],
  [person('by:noun', 'a lady in payroll', 'she'), person('by:noun', 'the new guy in IT', 'he')],
];

/** Where and how each of the two is: the caller's facts first, the one called the other values. */
const FACTS = [
  { place: 'at home without VPN', homing: 'still homed on-prem', slots: { location: 'internet', homing: 'onPremises' } },
  { place: 'in the office', homing: 'homed Online', slots: { location: 'customerNetwork', homing: 'online' } },
] as const;

const peerOf = (facts: (typeof FACTS)[number]) => ({ peer: facts.slots.location, peerHoming: facts.slots.homing });

/** How the two are described and the call said: sentences of their own, asides, a relative clause. */
const FRAMES = [
  { tag: 'frame:sentences', say: (a: string, fa: (typeof FACTS)[number], b: string, fb: (typeof FACTS)[number]) => `${cap(a)} is ${fa.homing} and ${fa.place}. ${cap(b)} is ${fb.homing} and ${fb.place}. ${cap(a)} calls ${b}.` },
  { tag: 'frame:asides', say: (a: string, fa: (typeof FACTS)[number], b: string, fb: (typeof FACTS)[number]) => `${cap(a)} (${fa.homing}, ${fa.place}) calls ${b} (${fb.homing}, ${fb.place}).` },
  { tag: 'frame:relative', say: (a: string, fa: (typeof FACTS)[number], b: string, fb: (typeof FACTS)[number]) => `${cap(a)} is ${fa.homing} and ${fa.place}; the call is to ${b}, who is ${fb.homing} and ${fb.place}.` },
  { tag: 'frame:rings', say: (a: string, fa: (typeof FACTS)[number], b: string, fb: (typeof FACTS)[number]) => `${cap(b)} is ${fb.place} and ${fb.homing}. ${cap(a)}, ${fa.place}, ${fa.homing}, rings ${b} 1:1.` },
];

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const QUESTIONS = ['Which way does {their} call go?', 'What path does {their} media take?', 'Where does {their} signaling go?', 'Is {their} call going over ER?', 'What are {their} signalling and media paths?'];

/** Two people of whom the text tells the gender, one calling the other; the question asks about either by a pronoun. */
export function pronounQuestionGrid(): GridItem[] {
  return product({ pair: PAIRS, order: ['she-calls', 'he-calls'], asked: ['caller', 'called'], frame: FRAMES, facts: [0, 1] }).map(({ pair, order, asked, frame, facts }, n) => {
    const [caller, called] = order === 'she-calls' ? pair : [pair[1], pair[0]];
    const mine = FACTS[facts];
    const theirs = FACTS[1 - facts];
    const who = asked === 'caller' ? caller : called;
    const question = nth(QUESTIONS, n).replace('{their}', who.gender === 'she' ? 'her' : 'his');
    const callerSlots = { ...mine.slots, ...peerOf(theirs) };
    const calledSlots = { ...theirs.slots, ...peerOf(mine) };
    return {
      text: `Hybrid. ${frame.say(caller.name, mine, called.name, theirs)} ${question}`,
      slots: asked === 'caller' ? callerSlots : calledSlots,
      tags: [caller.tag, frame.tag, `asked:${asked}`],
    };
  });
}

/** Someone besides the writer, the gender told by how they are named. */
const OTHERS: readonly Person[] = [
  person('other:role', 'my boss', 'he'),
  person('other:name', 'Grace', 'she'),
  person('other:title', 'Mr Tan', 'he'),
  person('other:noun', 'a lady from payroll', 'she'),
];

/** How the writer says where they are and how they are homed, in words for themselves. */
const MINE = [
  { say: "I'm at my desk and I'm an Online user.", slots: { location: 'customerNetwork', homing: 'online' } },
  { say: 'I am working from home (no VPN), still homed on the on-prem pool myself.', slots: { location: 'internet', homing: 'onPremises' } },
] as const;

/** Questions for the other person: by a pronoun, by how they were named, or by their part in the call. */
const FOR_THEM = [
  (p: Person) => `For ${p.gender === 'she' ? 'her' : 'him'}, does the call go over ER?`,
  (p: Person) => `What's ${p.gender === 'she' ? 'her' : 'his'} path?`,
  (p: Person) => `Which path does ${p.gender === 'she' ? 'her' : 'his'} media take?`,
  (p: Person, calls: boolean) => (calls ? 'Path for the caller?' : `${p.gender === 'she' ? 'Her' : 'His'} signalling and media?`),
];

/**
 * The writer and one other person in a call, either calling; the question is for the other person ("For him, does the
 * call go over ER?"): they are the user asked about, the writer the other party.
 */
export function questionForOtherGrid(): GridItem[] {
  return product({ other: OTHERS, calls: [true, false], mine: MINE, ask: FOR_THEM }).map(({ other, calls, mine, ask }) => {
    const theirs = mine.slots.location === 'internet' ? ({ place: 'from the office', location: 'customerNetwork', homing: 'online' } as const) : ({ place: 'from a cafe, not on VPN', location: 'internet', homing: 'onPremises' } as const);
    const pronoun = other.gender === 'she' ? 'Her' : 'His';
    const call = calls ? `${capitalize(other.name)} is calling me 1:1 ${theirs.place}.` : `I am calling ${other.name} 1:1; ${other.gender} is calling in ${theirs.place}.`;
    const homed = `${pronoun} account is ${theirs.homing === 'online' ? 'in SfB Online' : 'on our own SfB Server'} (we're hybrid).`;
    return {
      text: `${call} ${homed} ${mine.say} ${ask(other, calls)}`,
      slots: { location: theirs.location, homing: theirs.homing, peer: mine.slots.location, peerHoming: mine.slots.homing },
      tags: [other.tag, `calls:${calls}`],
    };
  });
}

/** Someone described by a role first, then called by that role again ("The CFO is on-prem. Grace calls the CFO."). */
export function roleCalledAgainGrid(): GridItem[] {
  const roles = ['the CFO', 'the site manager', 'our receptionist', 'the on-call doctor'];
  const facts = [
    { theirs: 'is still homed on-prem and at home today', mine: 'is Online and in the office', slots: { peerHoming: 'onPremises', peer: 'internet', homing: 'online', location: 'customerNetwork' } },
    { theirs: 'is in SfB Online and sits in the office', mine: 'is on the on-prem pool, working from home', slots: { peerHoming: 'online', peer: 'customerNetwork', homing: 'onPremises', location: 'internet' } },
  ] as const;
  const calls = ['Grace calls {role}.', 'Grace rings {role} 1:1.', 'Grace has a Skype call with {role}.'];
  return product({ role: roles, fact: facts, call: calls }).map(({ role, fact, call }, n) => ({
    text: `Hybrid. ${capitalize(role)} ${fact.theirs}. Grace ${fact.mine}. ${call.replace('{role}', role.replace(/^our /, 'the '))} ${nth(['Path?', 'Which way does her call go?', 'Path for Grace?'], n)}`,
    slots: fact.slots,
    tags: [`role:${role}`],
  }));
}

/**
 * Two people named by letters or by role nouns: the caller first, then the one called. `again` names each in the
 * question: a letter as it was, a bare role noun the one the story named bare ("The user ... calls an external user
 * ... the user's path" asks about the caller), the one called by what set them apart ("the external user's").
 */
const NAMED_PAIRS: readonly { tag: string; caller: string; called: string; again: [string, string] }[] = [
  { tag: 'by:letter', caller: 'A', called: 'B', again: ['A', 'B'] },
  { tag: 'by:letter', caller: 'X', called: 'Y', again: ['X', 'Y'] },
  { tag: 'by:role', caller: 'the user', called: 'an external user', again: ['the user', 'the external user'] },
  { tag: 'by:role', caller: 'the engineer', called: 'a junior engineer', again: ['the engineer', 'the junior engineer'] },
  { tag: 'by:role', caller: 'the agent', called: 'a senior agent', again: ['the agent', 'the senior agent'] },
];

type Facts = (typeof FACTS)[number];

/** How the two are described, each once, the caller first: asides, relative clauses, the caller's own sentence. */
const CALL_FRAMES = [
  { tag: 'frame:asides', say: (a: string, fa: Facts, b: string, fb: Facts) => `${cap(a)} (${fa.homing}, ${fa.place}) calls ${b} (${fb.homing}, ${fb.place}).` },
  { tag: 'frame:relative', say: (a: string, fa: Facts, b: string, fb: Facts) => `${cap(a)}, who is ${fa.homing} and ${fa.place}, calls ${b}, who is ${fb.homing} and ${fb.place}.` },
  { tag: 'frame:sentences', say: (a: string, fa: Facts, b: string, fb: Facts) => `${cap(a)} is ${fa.homing} and ${fa.place}. ${cap(a).replace(/^An? /, 'The ')} rings ${b}, ${fb.place} and ${fb.homing}, 1:1.` },
];

/** Questions that name whose side is asked about by a possessive ("A's path?", "What is the user's media path?"). */
const WHOSE = ["{X}'s path?", "What is {x}'s media path?", "{X}'s signaling and media?", "Which path does {x}'s call take?", "Is {x}'s media going over ER?"];

/** Two people called by letters or roles; the question's possessive names the one asked about (the caller or not). */
export function possessiveQuestionGrid(): GridItem[] {
  return product({ pair: NAMED_PAIRS, asked: ['caller', 'called'], frame: CALL_FRAMES, facts: [0, 1] }).map(({ pair, asked, frame, facts }, n) => {
    const mine = FACTS[facts];
    const theirs = FACTS[1 - facts];
    const who = pair.again[asked === 'caller' ? 0 : 1];
    const question = nth(WHOSE, n).replace('{X}', cap(who)).replace('{x}', who);
    const callerSlots = { ...mine.slots, ...peerOf(theirs) };
    const calledSlots = { ...theirs.slots, ...peerOf(mine) };
    return {
      text: `Hybrid. ${frame.say(pair.caller, mine, pair.called, theirs)} ${question}`,
      slots: asked === 'caller' ? callerSlots : calledSlots,
      tags: [pair.tag, frame.tag, `asked:${asked}`],
    };
  });
}

/**
 * Two people named by role nouns that tell no gender, one calling the other ("Our manager is in the office and calls
 * a colleague at home. What path does her media take?"): nothing says whom the pronoun stands for, so it names no
 * side and the question is about the caller, as one without a pronoun is; never the one only called, named last.
 * Negatives: a name or a title that tells the one called's gender ("calls Tomasz at home ... his media") still
 * names the one called.
 */
const UNSAID_CALLERS = ['our manager', 'the new analyst', 'our receptionist', 'a consultant', 'the CFO', 'the site engineer'];
const UNSAID_CALLED = ['a colleague', 'a coworker', 'the accountant', 'the buyer'];
const UNSAID_PLACES = [
  { mine: 'in the office', theirs: 'at home', slots: { location: 'customerNetwork', peer: 'internet' } },
  { mine: 'at home, no VPN', theirs: 'at HQ', slots: { location: 'internet', peer: 'customerNetwork' } },
  { mine: 'at a hotel', theirs: 'at the Leeds office', slots: { location: 'internet', peer: 'customerNetwork' } },
] as const;
const UNSAID_FRAMES = [
  { tag: 'frame:and-calls', say: (a: string, pa: string, b: string, pb: string) => `${cap(a)} is ${pa} and calls ${b} ${pb}.` },
  { tag: 'frame:aside', say: (a: string, pa: string, b: string, pb: string) => `${cap(a)} (${pa}) rings ${b} (${pb}) 1:1.` },
  { tag: 'frame:fronted', say: (a: string, pa: string, b: string, pb: string) => `${cap(a)}, ${pa}, skypes ${b} who is ${pb}.` },
];
const UNSAID_QUESTIONS = ['What path does {her} media take?', 'Which way does {her} call go?', '{Her} path?', 'Does {her} signaling go over ER?'];

export function unsaidGenderPronounGrid(): GridItem[] {
  return product({ caller: UNSAID_CALLERS, called: UNSAID_CALLED, places: UNSAID_PLACES, frame: UNSAID_FRAMES }).map(({ caller, called, places, frame }, n) => {
    const her = n % 2 === 0 ? 'her' : 'his';
    const question = nth(UNSAID_QUESTIONS, n).replace('{her}', her).replace('{Her}', cap(her));
    return {
      text: `We're SfB Online. ${frame.say(caller, places.mine, called, places.theirs)} ${question}`,
      slots: places.slots,
      tags: [frame.tag],
    };
  });
}

/** The same calls where a name or a title says the one called is whom the pronoun stands for: their side is asked about. */
export function saidGenderPronounGrid(): GridItem[] {
  const told = [
    { tag: 'told:name', say: (a: string, pa: string, pb: string) => `${cap(a)} is ${pa} and calls Grace ${pb}. What path does her media take?` },
    { tag: 'told:name', say: (a: string, pa: string, pb: string) => `${cap(a)} is ${pa} and calls Tomasz ${pb}. Which way does his call go?` },
    { tag: 'told:title', say: (a: string, pa: string, pb: string) => `${cap(a)} is ${pa} and rings Ms Okafor ${pb}. Her path?` },
  ];
  return product({ caller: UNSAID_CALLERS, places: UNSAID_PLACES, told }).map(({ caller, places, told: t }) => ({
    text: `We're SfB Online. ${t.say(caller, places.mine, places.theirs)}`,
    slots: { location: places.slots.peer, peer: places.slots.location },
    tags: [t.tag],
  }));
}

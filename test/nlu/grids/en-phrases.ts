// The blind place statements (phrases-en.json: written by outsiders who saw only KNOWLEDGE.md and GLOSSARY.md, kept
// exactly as written, labels included): a clause saying where a person "{P}" is, was or will be, labelled
// customerNetwork, internet or none (past, planned, conditional, unsure, a server's or a room's place). Each is put in a
// call question around it, for each kind of person ({P} = I, my user, a role, a name, a pronoun after a sentence naming
// them), and scored on the user's location: "none" states no location, so any location read there is a wrong reading.
import type { CallType, Location, PeerLocation } from '../../../src/engine/types';
import { capitalize, nth, product } from './en-grid';
import type { GridItem } from './grid';
import messages from './messages-en.json';
import statements from './phrases-en.json';

export interface Statement {
  id: string;
  text: string;
  value: 'customerNetwork' | 'internet' | 'none';
  note: string;
}

/** Statements left out by id, each with why (a label we think wrong is reported, never changed). */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  // "{P} is on split-tunnel VPN at home", labelled customerNetwork (the writer's note: "trap?: ... counts as VPN"):
  // split tunnelling is how Skype and Teams media are kept off the VPN, so the client's media goes out from home; the
  // recognizer reads a split tunnel as off the VPN on purpose.
  'pen-s249': 'split tunnel: Skype media bypasses the VPN; labelled as if on it',
  // "Assuming {P} is in the office", labelled none: in a call question, an assumption is the very case asked about
  // ("assuming she is in the office, where does the media go?"), as a plain "if" is.
  'pen-s270': 'an assumption in a question is the case asked about',
};

export const STATEMENTS: readonly Statement[] = (statements as Statement[]).filter((s) => !(s.id in LEFT_OUT));

export type Gender = 'she' | 'he';

/** The person the statement's own pronouns speak of ("at her desk", "he's in the branch"), if any. */
export const genderOf = (text: string): Gender | undefined =>
  /\b(she|her|she's|she'd|herself)\b/i.test(text) ? 'she' : /\b(he|his|him|he's|he'd|he'll|himself)\b/i.test(text) ? 'he' : undefined;

export interface Who {
  tag: string;
  /** The statement with {P} filled in (and, for the speaker, put in the first person). */
  fill: (text: string) => string;
  /** As the subject of the call sentence: "I'm", "Priya is". */
  isCalling: string;
  /** "when I ring", "when she rings". */
  rings: string;
  /** A ticket's user field. */
  field: string;
  /** A sentence naming the person before the statement's pronoun. */
  intro?: string;
}

/** Third-person verbs right after {P}, in the first person. */
const FIRST_PERSON_VERBS: Readonly<Record<string, string>> = {
  is: 'am', "isn't": "am not", has: 'have', goes: 'go', sits: 'sit', lives: 'live', works: 'work', uses: 'use', 'normally VPNs': 'normally VPN',
};

/** The statement said by the writer of themselves: {P} is "I", and the statement's he/she is the writer too. */
function firstPerson(text: string): string {
  return text
    .replace(/^Is \{P\}/, 'Am I')
    .replace(/: \{P\}/g, ': me')
    .replace(/\{P\}'s/g, 'my')
    .replace(/\{P\} (normally VPNs|isn't|is|has|goes|sits|lives|works|uses)\b/g, (_, verb: string) => `I ${FIRST_PERSON_VERBS[verb]}`)
    .replace(/\{P\}/g, 'I')
    .replace(/\bsays (he|she)'ll\b/g, "I'll")
    .replace(/\b(he|she)'s\b/g, "I'm")
    .replace(/\b(he|she)'d\b/g, "I'd")
    .replace(/\b(he|she)'ll\b/g, "I'll")
    .replace(/\b(he|she)\b/g, 'I')
    .replace(/\b(his|her)\b/g, 'my')
    .replace(/\bhim\b/g, 'me')
    .replace(/\b(and|but|but today) is\b/g, '$1 am')
    .replace(/\band leaves\b/g, 'and leave')
    .replace(/^[a-z]/, (c) => c.toUpperCase());
}

function third(tag: string, name: string, field: string, intro?: string): Who {
  return {
    tag,
    fill: (text) => capitalize(text.replace(/\{P\}/g, name)),
    isCalling: `${capitalize(name)} is`,
    rings: `${name} rings`,
    field,
    ...(intro && { intro }),
  };
}

/** The kinds of person, for a statement whose pronouns (if any) say she or he. */
export function whoFor(gender: Gender): Who[] {
  const she = gender === 'she';
  const pronoun = third('who:pronoun', she ? 'she' : 'he', she ? 'Dana (Finance)' : 'Tom (Logistics)', she ? 'Ticket from Dana in finance.' : 'Ticket from Tom in logistics.');
  return [
    { tag: 'who:I', fill: firstPerson, isCalling: "I'm", rings: 'I ring', field: 'me' },
    third('who:my-user', 'my user', 'one of our users'),
    third('who:role', 'our CFO', 'CFO'),
    third('who:name', she ? 'Priya' : 'Marco', she ? 'Priya Nair' : 'Marco (Sales)'),
    // The pronoun's own possessive: "{P}'s VPN" is "her VPN", not "she's VPN".
    { ...pronoun, fill: (text) => capitalize(text.replace(/\{P\}'s/g, she ? 'her' : 'his').replace(/\{P\}/g, she ? 'she' : 'he')) },
  ];
}

const HEADERS = ["We're on SfB Online with Cloud Connector Edition.", 'Hybrid SfB deployment.', 'Env: Skype for Business Online, ER in place.', 'We run SfB Online.'];
const QUESTIONS = ['How do signaling and media flow?', 'Does the media go over ExpressRoute?', 'What path does the call take?', 'Which way does signalling go?'];
const CALLS = ["calling a customer's mobile number", 'dialling a landline', 'ringing an outside number', 'making a PSTN call'];

/** A statement as a sentence: its own question mark kept, else a full stop. */
export const sentence = (text: string): string => (/[?.!]$/.test(text) ? text : `${text}.`);

type Frame = { tag: string; say: (who: Who, statement: string, n: number) => string };

/** The call question around the statement: after it, before it, in a ticket's notes. */
const FRAMES: readonly Frame[] = [
  { tag: 'frame:statement-first', say: (w, s, n) => [nth(HEADERS, n), w.intro, sentence(s), `${w.isCalling} ${nth(CALLS, n)}.`, nth(QUESTIONS, n)].filter(Boolean).join(' ') },
  { tag: 'frame:question-first', say: (w, s, n) => [nth(HEADERS, n), w.intro, `How does the media flow when ${w.rings} an outside number?`, sentence(s)].filter(Boolean).join(' ') },
  { tag: 'frame:ticket', say: (w, s, n) => [w.intro, nth(HEADERS, n), 'Issue: PSTN calls to mobile numbers break up', `User: ${w.field}`, `Notes: ${sentence(s)}`, nth(QUESTIONS, n)].filter(Boolean).join('\n') },
];

/** Every statement x kind of person x frame; the person's gender follows the statement's own pronouns. */
export function phraseGrid(): GridItem[] {
  const items: GridItem[] = [];
  STATEMENTS.forEach((statement, i) => {
    const gender = genderOf(statement.text) ?? (i % 2 === 0 ? 'she' : 'he');
    product({ who: whoFor(gender), frame: FRAMES }).forEach(({ who, frame }, n) => {
      items.push({
        text: frame.say(who, who.fill(statement.text), i + n),
        slots: statement.value === 'none' ? {} : { location: statement.value },
        tags: [statement.id, who.tag, frame.tag, `value:${statement.value}`],
      });
    });
  });
  return items;
}

export interface Message {
  id: string;
  text: string;
  callType: CallType;
  /** Who the question is about, as the writer names them. */
  user: string;
  /** null: the user's place is not said. */
  location: Location | null;
  /** null: the other party's place is not said. */
  peer: PeerLocation | null;
}

/** Messages left out by id, each with why (as LEFT_OUT). */
export const MESSAGES_LEFT_OUT: Readonly<Record<string, string>> = {};

/** The blind messages (messages-en.json, kept as written): each states its call type, and the user's and the other party's places when said. */
export function messageItems(): GridItem[] {
  return (messages as Message[])
    .filter((m) => !(m.id in MESSAGES_LEFT_OUT))
    .map((m) => ({ text: m.text, slots: { callType: m.callType, ...(m.location !== null && { location: m.location }), ...(m.peer !== null && { peer: m.peer }) }, tags: [m.id] }));
}

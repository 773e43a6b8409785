// Round 10's blind homing, organizer and call-type material (homing-en.json, organizers-en.json, calltypes-en.json:
// written by outsiders who saw only KNOWLEDGE.md and GLOSSARY.md, kept exactly as written, labels included). A homing
// clause about "{P}" (online, onPremises or none: a group {P} may not be in, presence "online", past or planned moves,
// a server's place), a meeting {P} joins (its organizer online, onPremises, otherCompany or none, and {P}'s own homing
// when said), a call described as people write it (its type, or none). Each is put in a Hybrid call question for each
// kind of person (en-phrases.ts: I, my user, a role, a name, a pronoun after a naming sentence) and scored per slot.
import type { CallType, Homing, Organizer } from '../../../src/engine/types';
import { nth, product } from './en-grid';
import { genderOf, sentence, whoFor } from './en-phrases';
import type { GridItem } from './grid';
import callTypes from './calltypes-en.json';
import homings from './homing-en.json';
import organizers from './organizers-en.json';

interface HomingStatement {
  id: string;
  text: string;
  value: Homing | 'none';
  note: string;
}

interface OrganizerStatement {
  id: string;
  text: string;
  organizer: Organizer | 'none';
  userHoming: Homing | 'none';
  note: string;
}

interface CallTypeText {
  id: string;
  text: string;
  callType: CallType | 'none';
  note: string;
}

/** Items left out by id, each with why (a label we think wrong is reported, never changed). */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  // "Assume {P} is on-prem for now.", labelled none: in a call question an assumption is the case asked about, as
  // en-phrases.ts leaves out pen-s270 ("Assuming {P} is in the office").
  'hen-s250': 'an assumption in a question is the case asked about',
};

export const HOMINGS: readonly HomingStatement[] = (homings as HomingStatement[]).filter((s) => !(s.id in LEFT_OUT));
export const ORGANIZERS: readonly OrganizerStatement[] = (organizers as OrganizerStatement[]).filter((s) => !(s.id in LEFT_OUT));
export const CALL_TYPES: readonly CallTypeText[] = (callTypes as CallTypeText[]).filter((s) => !(s.id in LEFT_OUT));

const HEADERS = ['Hybrid SfB deployment.', "We're hybrid, ER in place.", 'Env: SfB hybrid (on-prem pool + Online).'];
const CALLS = ['dialling a landline', "calling a customer's mobile number", 'making a PSTN call'];
const QUESTIONS = ['How do signaling and media flow?', 'Does the media go over ExpressRoute?', 'What path does the call take?'];

/** Every homing statement x kind of person, in a phone call (no other party to take the homing). */
export function homingGrid(): GridItem[] {
  const items: GridItem[] = [];
  HOMINGS.forEach((statement, i) => {
    const gender = genderOf(statement.text) ?? (i % 2 === 0 ? 'she' : 'he');
    whoFor(gender).forEach((who, n) => {
      const k = i + n;
      const parts = k % 2 === 0 ? [nth(HEADERS, k), who.intro, sentence(who.fill(statement.text)), `${who.isCalling} ${nth(CALLS, k)} from the office.`, nth(QUESTIONS, k)] : [nth(HEADERS, k), who.intro, `${who.isCalling} ${nth(CALLS, k)} from the office.`, sentence(who.fill(statement.text)), nth(QUESTIONS, k)];
      items.push({ text: parts.filter(Boolean).join(' '), slots: { location: 'customerNetwork', ...(statement.value !== 'none' && { homing: statement.value }) }, tags: [statement.id, who.tag, `value:${statement.value}`] });
    });
  });
  return items;
}

/** Every meeting statement x kind of person, with where {P} joins from said after. */
export function organizerGrid(): GridItem[] {
  const items: GridItem[] = [];
  ORGANIZERS.forEach((statement, i) => {
    const gender = genderOf(statement.text) ?? (i % 2 === 0 ? 'she' : 'he');
    whoFor(gender).forEach((who, n) => {
      const k = i + n;
      const text = [nth(HEADERS, k), who.intro, sentence(who.fill(statement.text)), `${who.isCalling} in the office for it.`, nth(QUESTIONS, k)].filter(Boolean).join(' ');
      const slots = { location: 'customerNetwork', ...(statement.organizer !== 'none' && { organizer: statement.organizer }), ...(statement.userHoming !== 'none' && { homing: statement.userHoming }) } as GridItem['slots'];
      items.push({ text, slots, tags: [statement.id, who.tag, `organizer:${statement.organizer}`] });
    });
  });
  return items;
}

/** Every call text as written, and after a deployment said first. */
export function callTypeGrid(): GridItem[] {
  return product({ call: CALL_TYPES, header: ['', 'We are hybrid.'] }).map(({ call, header }) => ({
    text: [header, call.text].filter(Boolean).join(' '),
    slots: call.callType === 'none' ? {} : { callType: call.callType },
    tags: [call.id, `callType:${call.callType}`],
  }));
}

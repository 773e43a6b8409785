// "calling a coworker one-to-one from the office", "Keanu called Leilani from the Honolulu office": "from <place>"
// after the one called, with only words of the call between, is where the call comes from: the caller's place (the
// writer's when no caller is named), never the place of the one called. Caller x verb x callee x words of the call x
// place x question. Negatives: the one called said to be somewhere in a clause of their own ("Sam, who is working
// from home"), which stays theirs.
import type { GridItem } from './grid';
import { nth, product } from './en-grid';

const CALLERS = [
  { who: '', verb: 'calling', person: 'writer' },
  { who: 'I', verb: 'called', person: 'writer' },
  { who: 'Keanu, in sales,', verb: 'called', person: 'Keanu' },
  { who: 'Our receptionist', verb: 'rings', person: 'receptionist' },
  { who: 'Tom', verb: 'phoned', person: 'Tom' },
] as const;
// "my colleague Rita": a title and the callee's name (round 30, dev27: the office was Rita's).
const CALLEES = ['a coworker', 'Leilani', 'the project engineer', 'my manager', 'my colleague Rita', 'our CFO Dana Whitfield'] as const;
const BETWEEN = ['', ' one-to-one', ' on Skype', ' 1:1 on skype'] as const;
const PLACES = [
  { at: 'from the office', value: 'customerNetwork' },
  { at: 'from the Honolulu office', value: 'customerNetwork' },
  { at: 'from a hot desk at HQ', value: 'customerNetwork' },
  { at: 'from home', value: 'internet' },
  { at: 'from the hotel', value: 'internet' },
  { at: 'from a cafe', value: 'internet' },
] as const;
const QUESTIONS = (person: string) => [
  person === 'writer' ? 'My path?' : `What path does ${person === 'Keanu' || person === 'Tom' ? person : 'the ' + person}'s call take?`,
  person === 'writer' ? 'Signaling path for me?' : `Signaling and media for ${person === 'Keanu' || person === 'Tom' ? person : 'the ' + person}?`,
];

/** The caller's place, said after the one called. */
export function callOriginGrid(): GridItem[] {
  return product({ caller: CALLERS, callee: CALLEES, between: BETWEEN, place: PLACES }).map(({ caller, callee, between, place }, n) => {
    const opening = caller.who === '' ? `${caller.verb.charAt(0).toUpperCase()}${caller.verb.slice(1)}` : `${caller.who} ${caller.verb}`;
    return {
      text: `We're on Skype for Business Online. ${opening} ${callee}${between} ${place.at}. ${nth(QUESTIONS(caller.person), n)}`,
      slots: { location: place.value },
      tags: [`caller:${caller.person}`, `between:${between}`, `place:${place.at}`],
    };
  });
}

/** The one called placed in a clause of their own: their place, never the caller's. */
export function calleesOwnClauseGrid(): GridItem[] {
  const clauses = [', who is working from home', ' who works from home', ', who is calling in from a hotel', ', who is on her own broadband from home'];
  return product({ callee: ['Sam', 'a coworker', 'my manager', 'my colleague Rita'], clause: clauses }).map(({ callee, clause }, n) => ({
    text: `We're on Skype for Business Online. I'm at my desk in the office and I call ${callee}${clause}. ${nth(['My path?', 'Which way does my call go?'], n)}`,
    slots: { location: 'customerNetwork', peer: 'internet' },
  }));
}

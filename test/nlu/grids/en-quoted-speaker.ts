// 'Tomasz says: "I'm at my desk in the office and I keep calling Sandra ..."': the one said to say a quoted message
// that speaks of its "I" is that "I" (people.ts saysQuotedI), so where the quote puts "I" is theirs, and the question
// asked "for Tomasz" is about the quote's "I". Who x saying verb x places x question; negatives: a quote about someone
// else ("Sam said: "Priya is at home"") leaves the teller out of the call.
import type { GridItem } from './grid';
import { nth, product } from './en-grid';

const WHO = ['Tomasz', 'Our receptionist', 'The user', 'Grace from payroll'];
const VERBS = ['says', 'said', 'wrote', 'reports', 'complains'];
const PLACES = [
  { mine: 'at my desk in the office', other: 'working from home', location: 'customerNetwork', peer: 'internet' },
  { mine: 'at home on my own broadband', other: 'sitting in the office', location: 'internet', peer: 'customerNetwork' },
  { mine: 'in a hotel, no VPN', other: 'at her desk at HQ', location: 'internet', peer: 'customerNetwork' },
] as const;
const HEADERS = ['Tenant is pure Skype for Business Online.', "We're SfB Online only."];
const ASKED = [(who: string) => `For ${who.toLowerCase() === who ? who : who.replace(/ from .*/, '')}, what path do signaling and media take?`, () => 'What path does the call take?'];

export function quotedSpeakerGrid(): GridItem[] {
  return product({ who: WHO, verb: VERBS, place: PLACES }).map(({ who, verb, place }, n) => ({
    text: `${who} ${verb}: "I'm ${place.mine} and I keep calling Sandra, who is ${place.other}." ${nth(HEADERS, n)} ${nth(ASKED, n)(who)}`,
    slots: { location: place.location, peer: place.peer },
    tags: [`verb:${verb}`, `who:${who}`],
  }));
}

/** A quote with no "I" in it: what the teller passes on is about someone else, never the teller's place. */
export function quotedOthersGrid(): GridItem[] {
  return product({ who: WHO, verb: VERBS }).map(({ who, verb }, n) => ({
    text: `${who} ${verb}: "Priya is at home today." I'm in the office and I call Priya on Skype. ${nth(HEADERS, n)} Which way does my call go?`,
    slots: { location: 'customerNetwork', peer: 'internet' },
    tags: [`verb:${verb}`, `who:${who}`],
  }));
}

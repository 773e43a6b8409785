// "I ring customers' mobiles from Skype at our office": "Skype" after "from", "on", "via" or "using" is the app the
// call is made with, and a place after it with its own preposition is where the caller is, never whom the call is to
// (only a place right after a call word is called: "rings HQ from the hotel"). Who x app x place x call; negatives:
// a place called right after the call word.
import type { GridItem } from './grid';
import { nth, product } from './en-grid';

const WHO = ['I', 'Tom', 'Our receptionist', 'The sales manager'];
const APPS = ['from Skype', 'on Skype', 'via Skype', 'using SfB', 'over S4B', 'through Skype', 'from SfB'];
const PLACES = [
  { at: 'at our office', location: 'customerNetwork' },
  { at: 'at the office', location: 'customerNetwork' },
  { at: 'in the office', location: 'customerNetwork' },
  { at: 'at HQ', location: 'customerNetwork' },
  { at: 'at home', location: 'internet' },
  { at: 'at the hotel', location: 'internet' },
] as const;
const CALLS = [
  { verb: (who: string) => (who === 'I' ? 'call' : 'calls'), object: 'a landline' },
  { verb: (who: string) => (who === 'I' ? 'ring' : 'rings'), object: "customers' mobiles" },
  { verb: (who: string) => (who === 'I' ? 'dial' : 'dials'), object: 'outside numbers' },
];
const QUESTIONS = ['Path?', 'Does that go over ExpressRoute?', 'Which way does the media go?'];

export function appPlaceGrid(): GridItem[] {
  return product({ who: WHO, app: APPS, place: PLACES, call: CALLS }).map(({ who, app, place, call }, n) => ({
    text: `We're on Skype for Business Online. ${who} ${call.verb(who)} ${call.object} ${app} ${place.at}. ${nth(QUESTIONS, n)}`,
    slots: { location: place.location },
    tags: [`app:${app}`, `place:${place.at}`],
  }));
}

/** A place right after the call word is the one called: the other party's place, never the caller's. */
export function placeCalledGrid(): GridItem[] {
  const said = [
    { text: 'Tom rings HQ from the hotel.', slots: { location: 'internet', peer: 'customerNetwork' } },
    { text: 'I call the office from home.', slots: { location: 'internet', peer: 'customerNetwork' } },
    { text: 'Our receptionist calls the Leeds office from the front desk on Skype.', slots: { location: 'customerNetwork', peer: 'customerNetwork' } },
    { text: 'The sales manager skypes head office from a cafe.', slots: { location: 'internet', peer: 'customerNetwork' } },
  ] as const;
  return product({ said, question: QUESTIONS }).map(({ said: s, question }) => ({ text: `We're on Skype for Business Online. ${s.text} ${question}`, slots: s.slots }));
}

// English grid of a place said to hold sometimes (invented; no blind text). "Our sales manager sometimes sits in the
// lobby on the guest Wi-Fi and rings customers' phones: ER or internet for her?" asks about the calls made there:
// the call said after the one "sometimes" of the sentence happens in that place. A place that only sometimes holds
// with no call said then ("she works from home sometimes"), or two places each held sometimes ("sometimes through
// the VPN, sometimes not"), says nothing of where the call asked about is.
import { product } from './en-grid';
import type { GridItem } from './grid';

const WHO = [
  { subject: 'Our sales manager', verb: (v: string) => v.replace(/^(\w+)/, '$1s'), object: 'her' },
  { subject: 'I', verb: (v: string) => v, object: 'me' },
  { subject: 'The site foreman', verb: (v: string) => v.replace(/^(\w+)/, '$1s'), object: 'him' },
];

/** What one does sometimes, as a bare verb phrase, and where that is. */
const PLACES = [
  { said: 'sit in the lobby on the guest Wi-Fi', location: 'internet' },
  { said: 'work from the café across the road', location: 'internet' },
  { said: 'work from home on my own broadband', location: 'internet' },
  { said: 'sit at a hot desk at HQ', location: 'customerNetwork' },
  { said: 'work from the Leeds branch on the WAN', location: 'customerNetwork' },
] as const;

/** The call made there, said after the place in the same sentence. */
const CALLS = [
  { said: "and ring customers' mobiles through S4B Online. ER or internet for {o}?", slots: { deployment: 'online', callType: 'pstn' } },
  { said: 'and join the weekly meeting the CEO runs. We are Online only. Which path?', slots: { callType: 'conference' } },
];

const sometimesFirst = (subject: string, verb: string) => (subject === 'I' ? `Sometimes I ${verb}` : `${subject} sometimes ${verb}`);

/** The one "sometimes" of the sentence, then the call made then: the place is where the call is. */
export function sometimesCallGrid(): GridItem[] {
  return product({ who: WHO, place: PLACES, call: CALLS }).map(({ who, place, call }) => ({
    text: `${sometimesFirst(who.subject, who.verb(place.said).replace(/\bmy\b/, who.subject === 'I' ? 'my' : 'their'))} ${call.said.replace('{o}', who.object).replace(/^and (\w+)/, (_, v: string) => `and ${who.verb(v)}`)}`,
    slots: { location: place.location },
    tags: [`place:${place.said}`],
  }));
}

/** Places said to hold sometimes, with the call in a sentence of its own or two places each held sometimes: no place. */
export function sometimesGuessGrid(): GridItem[] {
  const forms = [
    (p: string) => `She ${p.replace(/^(\w+)/, '$1s')} sometimes, not sure where she was. She called me yesterday on Skype. We're Online. Path for her?`,
    (p: string) => `I ${p} sometimes. I ring a customer's mobile from S4B Online. ER or internet?`,
    (p: string) => `Sometimes I ${p}, sometimes I'm on the train. I ring a customer's mobile from S4B Online. ER or internet?`,
    (p: string) => `He ${p.replace(/^(\w+)/, '$1s')} sometimes. Today he joins the all-hands the CEO runs; we're all Online. Path for him?`,
  ];
  return product({ form: forms, place: PLACES }).map(({ form, place }) => ({
    text: form(place.said.replace(/\bmy\b/, 'their')),
    slots: {},
    tags: [`place:${place.said}`],
  }));
}

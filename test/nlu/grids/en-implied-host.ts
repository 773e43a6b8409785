// Round 14's English implied-host grid (invented; no blind text): in a deployment where every user is homed Online
// (Online, Cloud Connector), a meeting one of our own people set up is hosted Online, whoever they are and however
// it is said: a role noun the vocabulary does not know ("my gaffer", "my mentor", "our foreman"), a team or office
// ("our HR team", "Legal", "the CEO's office"), the writer ("I'm hosting the all-staff"), and hosting verbs of every
// day ("holds", "called", "sent the invite for", "owns"). Another company's meeting is never read as hosted Online,
// and a meeting nobody is said to set up leaves the organizer to be asked.
import { capitalize, nth, product } from './en-grid';
import type { GridItem } from './grid';

/** Deployments where every user is homed Online, as writers say them. */
const ALL_ONLINE = [
  { said: "We're SfB Online only.", deployment: 'online' },
  { said: 'Everyone here is homed in Skype for Business Online.', deployment: 'online' },
  { said: 'Pure Skype Online tenant, no servers of our own.', deployment: 'online' },
  { said: 'Skype for Business Online with Cloud Connector for phones.', deployment: 'cloudConnector' },
] as const;

/** Our own people, by kinds the vocabulary may not know. */
const HOSTS = [
  { said: 'my gaffer', kind: 'role' },
  { said: 'my mentor', kind: 'role' },
  { said: 'our foreman', kind: 'role' },
  { said: 'my line manager', kind: 'role' },
  { said: 'the charge nurse', kind: 'role' },
  { said: 'our bursar', kind: 'role' },
  { said: 'my skipper', kind: 'role' },
  { said: 'the headteacher', kind: 'role' },
  { said: 'our HR team', kind: 'team' },
  { said: 'the design team', kind: 'team' },
  { said: 'the finance department', kind: 'team' },
  { said: 'Greta', kind: 'name' },
  { said: 'Mr. Hughes', kind: 'name' },
] as const;

/** How a host is said to set the meeting up: {h} is the host, {m} the meeting. */
const WAYS = [
  'joining the {m} {h} set up',
  'joining the {m} {h} scheduled',
  'joining the {m} {h} runs',
  'joining the {m} {h} holds every week',
  'joining the {m} {h} called',
  'joining the {m} {h} sent the invite for',
  'joining the {m} that {h} organised',
  "joining {h}'s {m}",
  'joining a {m} run by {h}',
  'joining a {m} hosted by {h}',
] as const;

const MEETINGS = ['team meeting', 'Skype meeting', 'weekly meeting', 'stand-up meeting'];

const PLACES = [
  { said: "I'm at home, no VPN,", location: 'internet' },
  { said: "I'm at my desk in the office,", location: 'customerNetwork' },
  { said: "I'm on the hotel wifi", location: 'internet' },
] as const;

const QUESTIONS = ['Path?', 'Does it go over ExpressRoute?', 'Which way does my media go?'];

/** One of our own people hosts: the meeting is hosted Online. */
export function impliedHostGrid(): GridItem[] {
  return product({ deployment: ALL_ONLINE, host: HOSTS, way: WAYS }).map(({ deployment, host, way }, n) => {
    const place = nth(PLACES, n);
    const sentence = way.replace('{h}', host.said).replace('{m}', nth(MEETINGS, n));
    return {
      text: `${deployment.said} ${place.said} ${sentence}. ${nth(QUESTIONS, n)}`,
      slots: { deployment: deployment.deployment, callType: 'conference', location: place.location, organizer: 'online' },
      tags: [`host:${host.kind}`, `way:${way.split(' ').slice(1, 4).join(' ')}`],
    };
  });
}

/** The writer hosts ("I'm hosting the all-staff as a Skype meeting", "the huddle I set up"). */
export function speakerHostGrid(): GridItem[] {
  const ways = [
    "I'm hosting the quarterly all-staff as a normal Skype meeting",
    'I host the weekly huddle on Skype',
    'the Skype meeting is mine, I set it up',
    'I called the Skype meeting myself',
    'I sent out the invite for the Skype meeting',
    "I'm running today's Skype meeting",
    'the team meeting I booked',
  ];
  return product({ deployment: ALL_ONLINE, way: ways, place: PLACES }).map(({ deployment, way, place }, n) => ({
    text: `${deployment.said} ${capitalize(way)}, ${place.said.replace(/,$/, '')}. ${nth(QUESTIONS, n)}`,
    slots: { deployment: deployment.deployment, callType: 'conference', location: place.location, organizer: 'online' },
    tags: [`way:${way.split(' ').slice(0, 3).join(' ')}`],
  }));
}

/** Another company hosts, or nobody is said to: never hosted Online. */
export function notOursGrid(): GridItem[] {
  const others = [
    { said: "joining the vendor's Skype meeting", organizer: undefined },
    { said: 'joining a Skype meeting a partner company set up', organizer: undefined },
    { said: "joining our client's weekly meeting on their own Skype server", organizer: 'otherCompany' },
    { said: 'joining a Skype meeting', organizer: undefined },
    { said: 'joining the weekly team meeting', organizer: undefined },
    { said: 'joining a meeting someone set up', organizer: undefined },
  ] as const;
  return product({ deployment: ALL_ONLINE, other: others, place: PLACES }).map(({ deployment, other, place }, n) => ({
    text: `${deployment.said} ${place.said} ${other.said}. ${nth(QUESTIONS, n)}`,
    slots: { deployment: deployment.deployment, callType: 'conference', location: place.location, ...(other.organizer && { organizer: other.organizer }) },
    tags: [`other:${other.said.split(' ').slice(1, 3).join(' ')}`],
  }));
}

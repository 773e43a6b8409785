// Round 13's English grid of a pronoun after people called in the plural (invented; no blind text): "Skype calls to
// colleagues in Building C ... does her signaling go via ER?": "her" is never "colleagues", so it is the one who calls,
// and where each is stays on its side.
import { nth, product } from './en-grid';
import type { GridItem } from './grid';

/** Who opened the ticket (not the user), and the pronoun the question says the user by. */
const OPENERS = [
  { field: 'Reported by: j.ortega', pronoun: 'her' },
  { field: 'Opened by: service desk', pronoun: 'his' },
  { field: 'Ticket from L1', pronoun: 'her' },
];

const PLURALS = ['colleagues', 'the engineers', 'coworkers', 'our branch managers', 'the other users', 'teammates'];

const PLACES = [
  { own: 'home office (own ISP)', location: 'internet', theirs: 'in Building C', peer: 'customerNetwork' },
  { own: 'HQ, corp LAN', location: 'customerNetwork', theirs: 'working from home', peer: 'internet' },
  { own: 'hotel wifi, no VPN', location: 'internet', theirs: 'at head office', peer: 'customerNetwork' },
] as const;

const QUESTIONS = ['does {p} signaling go via ER or internet?', 'which way does {p} media go?', 'what path do {p} calls take?'];

/** A ticket: where the user is, 1:1 calls to people named in the plural and where those are, then a question with the user's pronoun. */
export function pluralCalleesGrid(): GridItem[] {
  return product({ opener: OPENERS, plural: PLURALS, place: PLACES }).map(({ opener, plural, place }, n) => ({
    text: `${opener.field}\nUser location: ${place.own}\nIssue: 1:1 Skype calls to ${plural} ${place.theirs} drop\nDeployment: SfB Online\nQuestion: ${nth(QUESTIONS, n).replace('{p}', opener.pronoun)}`,
    slots: { location: place.location, peer: place.peer },
    tags: [`plural:${plural}`],
  }));
}

/** Where the one called is, said from where the writer sits ("right outside my door"): our network, as the writer's. */
const NEAR_ME = ['sits right outside my door', 'is just outside my office', 'sits next to my desk', 'is outside my office door', 'works next door to me'];

/** The writer in their office calls someone who sits near them. */
export function nearMeGrid(): GridItem[] {
  const forms = [
    (near: string) => `When I ring my assistant on Skype from my office (she ${near}), does it go out over ExpressRoute? We're all on SfB Online.`,
    (near: string) => `SfB Online. I'm at my desk at HQ and call Sam, who ${near}. Path?`,
    (near: string) => `We're fully in the cloud. My PA ${near}; I call her from my office. Which way does the call go?`,
  ];
  return product({ form: forms, near: NEAR_ME }).map(({ form, near }) => ({
    text: form(near),
    slots: { location: 'customerNetwork', peer: 'customerNetwork' },
    tags: [`near:${near}`],
  }));
}

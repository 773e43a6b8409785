// Round 12's English grids of two people said together (invented; no blind text): "Priya and Tom are in the office",
// "the CFO and the COO work on the corporate LAN", "me and Jo are both homed Online": a place or a homing said once of
// two people joined by "and" with a plural verb is each one's, as if "both" were written; then one calls the other
// (or they call each other). A singular verb after the second ("I call Priya and Tom is at home") is not such a pair.
import { nth, product } from './en-grid';
import type { GridItem } from './grid';
import { PLACES } from './en-places';

interface Pair {
  tag: string;
  say: string;
  /** How the call is said after the pair's sentence: the first named (or the writer) calls the second. */
  call: string;
  /** Whose path is asked, when "the caller" would not say who ("they call each other"). */
  asked?: string;
}

const PAIRS: readonly Pair[] = [
  { tag: 'pair:names', say: 'Priya and Tom', call: 'Priya calls Tom 1:1.' },
  { tag: 'pair:roles', say: 'The CFO and the COO', call: 'The CFO rings the COO.' },
  { tag: 'pair:me', say: 'Jo and I', call: 'I call Jo.' },
  { tag: 'pair:me-first', say: 'Me and Jo', call: 'I Skype Jo every day.' },
  { tag: 'pair:titles', say: 'Mr. Tan and Ms. Ong', call: 'Mr. Tan calls Ms. Ong.' },
  { tag: 'pair:each-other', say: 'Ana and Luis', call: 'They call each other all day.', asked: 'What path does Ana\'s media take?' },
];

/** Verbs a pair is said to be somewhere with: "are", "were", "are still", and where people work. */
const VERBS = ['are', 'were', 'are still', 'work'];

const QUESTIONS = ['Path?', 'What path does the caller\'s media take?', 'Does the signaling go over ER?', 'Which way does the call go?'];

/** Places that read after any of the verbs ("are at home", "work on the corporate LAN"). */
const PAIR_PLACES = PLACES.filter((p) => /^(?:at|in|on) /.test(p.said) && !/\b(?:her|his)\b/.test(p.said));

/** Two people said to be in one place by a plural verb, then the call. */
export function pairPlaceGrid(): GridItem[] {
  return product({ pair: PAIRS, verb: VERBS, place: PAIR_PLACES }).map(({ pair, verb, place }, n) => ({
    text: `SfB Online. ${pair.say} ${verb} ${place.said}. ${pair.call} ${pair.asked ?? nth(QUESTIONS, n)}`,
    slots: { location: place.value, peer: place.value },
    tags: [pair.tag, `verb:${verb}`, `place:${place.said}`],
  }));
}

const HOMINGS = [
  { value: 'online', said: ['are homed Online', 'are both Online users', 'are on SfB Online', 'were moved to Online'] },
  { value: 'onPremises', said: ['are homed on-prem', 'are still on the on-prem pool', 'are on our own Skype server', 'were never migrated and stay on-prem'] },
] as const;

/** Two people said to be homed in one place by a plural verb, then where each is, then the call. */
export function pairHomingGrid(): GridItem[] {
  return product({ pair: PAIRS, homing: HOMINGS, k: [0, 1, 2, 3] }).map(({ pair, homing, k }, n) => ({
    text: `Hybrid. ${pair.say} ${nth(homing.said, k)}, both in the office. ${pair.call} ${pair.asked ?? nth(QUESTIONS, n)}`,
    slots: { homing: homing.value, peerHoming: homing.value, location: 'customerNetwork', peer: 'customerNetwork' },
    tags: [pair.tag, `homing:${homing.value}`],
  }));
}

/** The second of "X and Y" said alone by a singular verb: only they are there; nobody else's place is read from it. */
export function singularSecondGrid(): GridItem[] {
  const forms = [
    (place: string) => `SfB Online. I call Priya and Tom is ${place}. Path?`,
    (place: string) => `SfB Online. Sam rings Jo and Tom was ${place} all day. Which way does Sam's call go?`,
  ];
  return product({ form: forms, place: PAIR_PLACES.slice(0, 12) }).map(({ form, place }) => ({
    text: form(place.said),
    slots: {},
    tags: ['singular'],
  }));
}

/** "two of us", "the two of them": the two parties, counted, with one place said of both. */
export function twoOfUsGrid(): GridItem[] {
  const forms = [
    (place: string) => `SfB Online. When two of us ${place} call each other 1:1, does the audio go over ER?`,
    (place: string) => `We're all on Skype Online. The two of us are ${place} and Skype each other all day. Path?`,
    (place: string) => `SfB Online only. Two of them ${place} call each other. Which way does the media go?`,
  ];
  return product({ form: forms, place: PAIR_PLACES.filter((_, k) => k % 3 === 0) }).map(({ form, place }) => ({
    text: form(place.said),
    slots: { location: place.value, peer: place.value },
    tags: [`two-of:${forms.indexOf(form)}`],
  }));
}

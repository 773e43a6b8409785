// English grid of one member of a group said to be somewhere (invented; no blind text): "Agents are on the floor in
// the contact centre ... what's the route for an agent?". "a"/"an" before the singular of a group named before picks
// one of them, so where the group is, the member is; a group named as a part ("most agents", "some of the nurses")
// and a member given a place of their own ("an agent at home") are not read that way.
import { nth, product } from './en-grid';
import type { GridItem } from './grid';

const GROUPS = [
  { many: 'agents', one: 'agent' },
  { many: 'nurses', one: 'nurse' },
  { many: 'drivers', one: 'driver' },
  { many: 'engineers', one: 'engineer' },
  { many: 'cashiers', one: 'cashier' },
  { many: 'technicians', one: 'technician' },
  { many: 'teachers', one: 'teacher' },
];

/** How the whole group is named at the start of the text. */
const WHOLE = ['{G}', 'Our {g}', 'The {g}', 'All our {g}', 'All the {g}'];
/** How only a part of the group is named: a member could be in or out of it. */
const PART = ['Most {g}', 'Some of the {g}', 'Two of our {g}', 'Many of our {g}'];

const PLACES = [
  { said: 'are on the floor in the contact centre, on the WAN', location: 'customerNetwork' },
  { said: 'work from home', location: 'internet' },
  { said: 'sit at HQ on the LAN', location: 'customerNetwork' },
  { said: 'are out on the road on 4G', location: 'internet' },
  { said: 'are based at the depot', location: 'customerNetwork' },
  { said: 'are in hotels this week', location: 'internet' },
] as const;

/** A member's own place, away from the group's. */
const OWN_PLACES = [
  { said: 'at home', location: 'internet' },
  { said: 'in the office', location: 'customerNetwork' },
] as const;

/** The question about one member ({o}: the singular). */
const QUESTIONS = [
  "SfB Online with Calling Plans. What's the route for a {o} ringing a customer's mobile?",
  'Online only. When a {o} joins the all-hands the CEO organised, what path does it take?',
  "Skype Online with Calling Plans. A {o} rings a customer's mobile; which way does the call go?",
  "We're SfB Online. What path does a {o}'s call to a supplier's landline take?",
];

const an = (text: string) => text.replace(/\b([Aa]) ([aeiou])/g, '$1n $2');
const group = (opener: string, many: string) => opener.replace('{G}', many.charAt(0).toUpperCase() + many.slice(1)).replace('{g}', many);

/** The whole group somewhere, then a question about one of them: the member is there. */
export function wholeGroupGrid(): GridItem[] {
  return product({ g: GROUPS, opener: WHOLE, place: PLACES }).map(({ g, opener, place }, n) => ({
    text: an(`${group(opener, g.many)} ${place.said}. ${nth(QUESTIONS, n).replace('{o}', g.one)}`),
    slots: { location: place.location },
    tags: [`group:${g.many}`],
  }));
}

/** Only a part of the group somewhere: where the member is is not said. */
export function partOfGroupGrid(): GridItem[] {
  return product({ g: GROUPS, opener: PART, place: PLACES }).map(({ g, opener, place }, n) => ({
    text: an(`${group(opener, g.many)} ${place.said}. ${nth(QUESTIONS, n).replace('{o}', g.one)}`),
    slots: {},
    tags: [`group:${g.many}`],
  }));
}

/**
 * A member with a place of their own: theirs, not the group's. Not drivers: "driver" is no person word (a device's
 * driver), so "a driver at home" is not told apart from the group.
 */
export function memberApartGrid(): GridItem[] {
  return product({ g: GROUPS.filter((g) => g.one !== 'driver'), place: PLACES, own: OWN_PLACES })
    .filter(({ place, own }) => place.location !== own.location)
    .map(({ g, place, own }) => ({
      text: an(`Our ${g.many} ${place.said}. A ${g.one} ${own.said} rings a customer's mobile. SfB Online with Calling Plans. What path for the ${g.one}?`),
      slots: { location: own.location },
      tags: [`group:${g.many}`],
    }));
}

// English grid of places said in brackets after lettered people and of a site's town after its own word (invented,
// after dev18's ticket: "User A (in HQ Sandton, wired) calls User B (at a hotel in Cape Town)"). "User B (...)": the
// aside after the letter is B's. "HQ Sandton": a word no given name is, right after a site's word, is the site's town,
// no person. Negatives: a given name after the site ("In HQ Maria calls Ana") is still someone.
import { product } from './en-grid';
import type { GridItem } from './grid';

const LETTERS = [
  ['User A', 'User B'],
  ['user A', 'user B'],
  ['Colleague A', 'Colleague B'],
  ['Caller A', 'Caller B'],
] as const;

const CALLS = ['calls', 'rings', 'places a call to', 'has a 1:1 Skype call with'];

const ASIDES = [
  { a: 'in HQ Sandton, wired', b: 'at a hotel in Cape Town', location: 'customerNetwork', peer: 'internet' },
  { a: 'at home, no VPN', b: 'at HQ on the LAN', location: 'internet', peer: 'customerNetwork' },
  { a: 'in the Kano branch office', b: 'on hotel wifi', location: 'customerNetwork', peer: 'internet' },
  { a: 'at the Madrid office', b: 'in the office too', location: 'customerNetwork', peer: 'customerNetwork' },
] as const;

/** "<A> (<place>) <calls> <B> (<place>)": each aside is its person's. */
export function letteredAsidesGrid(): GridItem[] {
  return product({ letters: LETTERS, call: CALLS, aside: ASIDES }).map(({ letters, call, aside }) => ({
    text: `Tenant is SfB Online. ${letters[0]} (${aside.a}) ${call} ${letters[1]} (${aside.b}). Path for ${letters[0]}?`,
    slots: { location: aside.location, peer: aside.peer },
    tags: [`call:${call}`, `letters:${letters[0]}`],
  }));
}

/** A site's town after its word, with named people: the names are the people, the town nobody. */
export function siteTownGrid(): GridItem[] {
  const sites = [
    { said: 'in HQ Sandton', value: 'customerNetwork' },
    { said: 'at the branch Kano', value: 'customerNetwork' },
    { said: 'in HQ', value: 'customerNetwork' },
  ] as const;
  const shapes = [
    (site: string) => `Grace (${site}) calls Sipho (at a hotel).`,
    (site: string) => `Grace ${site} calls Sipho at a hotel.`,
    (site: string) => `${site.charAt(0).toUpperCase()}${site.slice(1)}, Grace calls Sipho, who is at a hotel.`,
    (site: string) => `${site.charAt(0).toUpperCase()}${site.slice(1)} Grace calls Sipho at a hotel.`,
  ];
  return product({ site: sites, shape: shapes }).map(({ site, shape }) => ({
    text: `We're on Skype Online. ${shape(site.said)} What path does Grace's call take?`,
    slots: { location: site.value, peer: 'internet' },
    tags: [`site:${site.said}`],
  }));
}

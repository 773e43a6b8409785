// English grid of a meeting's host named in brackets before where the writer joins from (invented; no blind text):
// "I join the all-hands (organised by our CEO) from the hotel". The aside that names the host ends at its closing
// bracket; the place after it is the joiner's, as it is without brackets ("organised by our CEO from the hotel").
import { product } from './en-grid';
import type { GridItem } from './grid';

const JOINS = ['I join the all-hands', "I'm joining the weekly sync", 'If I join our town hall', 'Joining the project review'];

const HOSTS = ['organised by our CEO', 'scheduled by the CEO\'s office', 'run by my manager, Online', 'hosted by the ops manager, who is Online-homed', 'set up by Priya'];

const PLACES = [
  { said: 'from the café across the street on their wifi', location: 'internet' },
  { said: 'from home', location: 'internet' },
  { said: 'from the hotel', location: 'internet' },
  { said: 'from my desk at HQ', location: 'customerNetwork' },
  { said: 'from the Leeds branch on the WAN', location: 'customerNetwork' },
] as const;

/** A join, the host in brackets, then where the writer joins from: the writer's place. */
export function bracketedHostGrid(): GridItem[] {
  return product({ join: JOINS, host: HOSTS, place: PLACES }).map(({ join, host, place }) => ({
    text: `${join} (${host}) ${place.said}. We're Skype Online only. What path does it take?`,
    slots: { location: place.location },
    tags: [`host:${host}`],
  }));
}

/** The host's own place inside the brackets: the host's, never the joiner's. */
export function hostPlacedGrid(): GridItem[] {
  const hostPlaces = ['who is at home today', 'from the hotel', 'at HQ'];
  return product({ join: JOINS, place: hostPlaces }).map(({ join, place }) => ({
    text: `${join} (organised by our CEO, ${place}). We're Skype Online only. What path does it take?`,
    slots: {},
    tags: [`host place:${place}`],
  }));
}

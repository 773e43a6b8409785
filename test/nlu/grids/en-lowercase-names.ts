// Names typed in small letters ("tim at office, sara at home. how does sara's media go?"): once the question is
// asked for "<name>'s path", the writer's lowercase names are people, and each place is theirs (lowercaseNames.ts).
// Names x shapes (a roster, "=" notes, a chat line) x places x what is asked; negatives: the same sentences with
// nobody asked for by name (nothing shows the words are names: the places stay unread or the writer's, never
// swapped), and a lowercase word that is a team, not a person.
import type { GridItem } from './grid';
import { nth, product } from './en-grid';

const PAIRS = [
  ['sara', 'kunal'],
  ['rene', 'claire'],
  ['mara', 'kai'],
  ['bt', 'aj'],
  ['ngozi', 'chinedu'],
  ['siobhan', 'declan'],
] as const;
const PLACES = [
  { at: 'office', value: 'customerNetwork' },
  { at: 'lyon office', value: 'customerNetwork' },
  { at: 'hq', value: 'customerNetwork' },
  { at: 'home, no vpn', value: 'internet' },
  { at: 'hotel wifi', value: 'internet' },
  { at: 'home w/ vpn', value: 'customerNetwork' },
] as const;
const SHAPES = [
  (a: string, pa: string, b: string, pb: string) => `skype online tenant. ${a} at ${pa}. ${b} at ${pb}. ${a} called ${b}.`,
  (a: string, pa: string, b: string, pb: string) => `sfb online. ${a} = ${pa}. ${b} = ${pb}. ${a} rang ${b} 1:1.`,
  (a: string, pa: string, b: string, pb: string) => `online only tenant / - ${a}: ${pa} / - ${b}: ${pb} / ${a} called ${b} on skype.`,
] as const;
const ASKED = ["what's {x}'s path?", "{x}'s media and signaling?", 'how does {x}\'s side go?', "{x}'s route?"];

/** Two people placed apart, one of them asked for by name: the one asked is the user, the other the peer. */
export function lowercaseNamesGrid(): GridItem[] {
  return product({ pair: PAIRS, pa: PLACES, pb: PLACES, shape: SHAPES })
    .filter(({ pa, pb }) => pa.at !== pb.at)
    .map(({ pair, pa, pb, shape }, n) => {
      const [a, b] = pair;
      const askCaller = n % 2 === 0;
      const asked = nth(ASKED, n).replace('{x}', askCaller ? a : b);
      return {
        text: `${shape(a, pa.at, b, pb.at)} ${asked}`,
        slots: askCaller ? { location: pa.value, peer: pb.value } : { location: pb.value, peer: pa.value },
        tags: [`pair:${a}`, `shape:${SHAPES.indexOf(shape)}`, `asked:${askCaller ? 'caller' : 'callee'}`],
      };
    });
}

/** The same notes asked with no name: nobody is shown to be a name, and nothing may be read as someone else's. */
export function unnamedNotesGrid(): GridItem[] {
  return product({ pair: PAIRS, pb: PLACES }).map(({ pair, pb }, n) => ({
    text: `skype online tenant. I'm at the office. ${pair[1]} at ${pb.at}, I called ${pair[1]}. ${nth(['my path?', 'what path does my call take?'], n)}`,
    slots: { location: 'customerNetwork', peer: pb.value },
    tags: [`pair:${pair[1]}`],
  }));
}

/** "both me and jess are in the office", "jess and i are at home": a word paired with the writer is someone. */
const WRITER_PAIRS = [
  (x: string, place: string) => `both me and ${x} are ${place}, i call ${x}.`,
  (x: string, place: string) => `me and ${x} are both ${place}. i called ${x}.`,
  (x: string, place: string) => `both ${x} and i are ${place}. calling ${x} now.`,
] as const;
const SHARED_PLACES = [
  { at: 'in the office', value: 'customerNetwork' },
  { at: 'at hq', value: 'customerNetwork' },
  { at: 'at home', value: 'internet' },
  { at: 'on hotel wifi', value: 'internet' },
] as const;

/** The writer and a lowercase name in one place: both are there. */
export function writerPairsGrid(): GridItem[] {
  return product({ pair: PAIRS, place: SHARED_PLACES, shape: WRITER_PAIRS }).map(({ pair, place, shape }, n) => ({
    text: `skype online only. ${shape(pair[n % 2], place.at)} ${nth(['my path?', 'what path does my call take?'], n)}`,
    slots: { location: place.value, peer: place.value },
    tags: [`shape:${WRITER_PAIRS.indexOf(shape)}`],
  }));
}

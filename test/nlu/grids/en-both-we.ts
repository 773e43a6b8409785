// English grid of "both we" said for "we both" (invented, after dev13's non-native "Both we are in office"): the two
// parties together. Negatives: "both" ending a sentence before "We ..." names nobody.
import { product } from './en-grid';
import type { GridItem } from './grid';

const BOTH = ['Both we are', 'Both of we are', 'We both are', 'Both of us are'];
const PLACES = [
  { said: 'in office', value: 'customerNetwork' },
  { said: 'at home on own broadband', value: 'internet' },
  { said: 'in the Pune branch on LAN', value: 'customerNetwork' },
] as const;

/** "<both we are> <place>. I call Park 1:1.": the place of both parties. */
export function bothWeGrid(): GridItem[] {
  return product({ both: BOTH, place: PLACES }).map(({ both, place }) => ({
    text: `Skype Online only. My colleague Park is in my team. ${both} ${place.said}. I call Park 1:1. For me, signaling and media which way?`,
    slots: { location: place.value, peer: place.value },
    tags: [`both:${both}`],
  }));
}

/** "... both. We are <place>": the place is the writer's; who is called is placed nowhere. */
export function bothEndsSentenceGrid(): GridItem[] {
  return PLACES.map((place) => ({
    text: `Skype Online only. I have a laptop and a desk phone and I use both. We are ${place.said}. I call Park 1:1. Which way?`,
    slots: { location: place.value },
  }));
}

// A pronoun right after the writer takes back what they wrote ("Priya called Ann from the office - no wait, she was at
// the hotel", "Correction: he was on the hotel wifi", "王經理在公司打給陳小姐，啊不對，她在家"): it stands for the one
// the taken-back words were said of, whom the sentence is about, not the last one named (two people of one gender).
// Invented (issue 15).
import { fill, part, product, type GridItem, type Part } from './grid';

const PAIRS: readonly (readonly [string, string, string])[] = [
  ['Priya', 'Ann', 'she'],
  ['Tom', 'Sam', 'he'],
  ['our office manager Lena', 'her assistant Mia', 'she'],
  ['Mr. Okafor', 'Mr. Diaz', 'he'],
];
const TAKE_BACKS: readonly string[] = [' - no wait, {p}', ', no wait, {p}', '. Scratch that, {p}', '. Correction: {p}', ' - wait, no, {p}'];
const PLACES: readonly (readonly [string, string, Part])[] = [
  ['from the office', 'was at the hotel', part('', { location: 'internet' })],
  ['from home', 'was at HQ', part('', { location: 'customerNetwork' })],
  ['from the Leeds branch', 'was on the hotel wifi', part('', { location: 'internet' })],
];
const HEADERS: readonly Part[] = [part('SfB Online.', { deployment: 'online' }), part('Hybrid.', { deployment: 'hybrid' })];

export function correctedPronounGrid(): GridItem[] {
  return product<unknown>([PAIRS, TAKE_BACKS, PLACES, HEADERS]).map(([pair, takeBack, place, header]) => {
    const [caller, callee, pronoun] = pair as readonly [string, string, string];
    const [first, corrected, slots] = place as readonly [string, string, Part];
    const said = `${caller} called ${callee} ${first}${(takeBack as string).replace('{p}', pronoun)} ${corrected}.`;
    const possessive = caller.split(' ').pop() as string;
    return fill(`{0} ${said} 1:1. What path does ${possessive}'s media take?`, [header as Part, slots], { callType: 'peerToPeer' });
  });
}

// Two people named by titles with the same noun ("the area manager", "the store manager"; "the night nurse", "the
// agency nurse"): the words before the noun tell them apart, so what is said of one is never the other's. Each pair
// is said in several frames, with the places swapped, and with the asked-about one's place left unsaid (then nothing
// of the other may become theirs).
import type { GridItem } from './grid';
import { capitalize, product } from './en-grid';

type Value = 'customerNetwork' | 'internet';

const PAIRS: readonly (readonly [string, string])[] = [
  ['area manager', 'store manager'],
  ['night nurse', 'agency nurse'],
  ['sales manager', 'office manager'],
  ['site engineer', 'project engineer'],
  ['finance director', 'sales director'],
  ['shift supervisor', 'warehouse supervisor'],
  ['duty doctor', 'locum doctor'],
  ['account executive', 'regional executive'],
];

const PLACES: Record<Value, readonly string[]> = {
  customerNetwork: ['in the office', 'at HQ on the LAN', 'at a desk in the Leeds branch', 'on the corporate WAN'],
  internet: ['at home', 'on 4G in the van', 'at a hotel, no VPN', 'working from home on broadband'],
};

const HEADERS = ['We\'re on SfB Online.', 'Skype for Business Online tenant.', 'Env: SfB Online, ExpressRoute.'];

type Frame = { tag: string; say: (a: string, pa: string, b: string, pb: string) => string; asksA: boolean; aPlaced: boolean };

const FRAMES: readonly Frame[] = [
  { tag: 'frame:a-calls-b', asksA: true, aPlaced: true, say: (a, pa, b, pb) => `The ${a} is ${pa}, the ${b} is ${pb}. The ${a} calls the ${b}. What's the ${a}'s path?` },
  { tag: 'frame:b-calls-a', asksA: true, aPlaced: true, say: (a, pa, b, pb) => `The ${a} is ${pa} and the ${b} is ${pb}. The ${b} calls the ${a}. Path for the ${a}?` },
  { tag: 'frame:asides', asksA: true, aPlaced: true, say: (a, pa, b, pb) => `Our ${a} (${pa}) rings our ${b} (${pb}) on Skype. Which way does the ${a}'s media go?` },
  { tag: 'frame:asks-b', asksA: false, aPlaced: true, say: (a, pa, b, pb) => `Our ${b} is ${pb}. Our ${a} is ${pa}. When the ${b} calls the ${a}, what does the ${b}'s call go over?` },
  { tag: 'frame:separate', asksA: true, aPlaced: true, say: (a, pa, b, pb) => `${capitalize(`the ${b}`)} is ${pb} today. The ${a} is ${pa}. The ${a} phones the ${b} 1:1. How does the ${a}'s signaling route?` },
  // Negative: only the other one's place is said; the one asked about is where nobody says.
  { tag: 'frame:a-unplaced', asksA: true, aPlaced: false, say: (a, _pa, b, pb) => `The ${b} is ${pb}. The ${a} calls the ${b}. What's the ${a}'s path?` },
];

const other = (value: Value): Value => (value === 'internet' ? 'customerNetwork' : 'internet');

/** Every pair x frame x whose place is ours, with a place and a header rotated. */
export function titledPairsGrid(): GridItem[] {
  return product({ pair: PAIRS, frame: FRAMES, value: ['customerNetwork', 'internet'] as Value[] }).map(({ pair, frame, value }, n) => {
    const [a, b] = pair;
    const pa = PLACES[value][n % 4];
    const pb = PLACES[other(value)][(n + 1) % 4];
    const user = frame.asksA ? (frame.aPlaced ? value : undefined) : other(value);
    const peer = frame.asksA ? other(value) : value;
    return {
      text: `${HEADERS[n % HEADERS.length]} ${frame.say(a, pa, b, pb)}`,
      slots: { ...(user && { location: user }), peer },
      tags: [frame.tag, `pair:${a}`, `place:${value}`],
    };
  });
}

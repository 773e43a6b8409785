// English grid of the network two people are both on, said with the room they are both in (invented, after dev12 and
// dev18: "Both on the campus network in the main library"). The network outweighs the room for both as for one
// (slots.ts voteBoth); before, what was said of both was weakened before it was weighed, so the network never counted.
// Negatives: the room alone is what it was; a network said of one of them is theirs.
import { product } from './en-grid';
import type { GridItem } from './grid';

const ROOMS = ['in the main library', 'in the hotel lobby', 'at the airport lounge', 'in the office', 'at HQ'];
const NETWORKS = [
  { said: 'on the campus network', value: 'customerNetwork' },
  { said: 'on the corporate LAN', value: 'customerNetwork' },
  { said: 'on the guest Wi-Fi', value: 'internet' },
  { said: 'on a 4G hotspot each', value: 'internet' },
] as const;

/** "Both <network> <room>": the network, for both. */
export function bothNetworkGrid(): GridItem[] {
  return product({ room: ROOMS, network: NETWORKS }).map(({ room, network }) => ({
    text: `We're SfB Online. Two of our staff call each other 1:1. Both ${network.said} ${room}. Path for the caller?`,
    slots: { location: network.value, peer: network.value },
    tags: [`network:${network.said}`, `room:${room}`],
  }));
}

/** "two staff <room>, both <network>": the pair's room, then their network said again of both, in one sentence. */
export function pairThenBothGrid(): GridItem[] {
  const pairs = ['two staff', 'two of our nurses', 'Priya and Tom'];
  return product({ pair: pairs, room: ROOMS, network: NETWORKS }).map(({ pair, room, network }) => ({
    text: `We're SfB Online. P2P audio between ${pair} ${room}, both ${network.said}. Path for the caller?`,
    slots: { location: network.value, peer: network.value },
    tags: [`pair:${pair}`, `network:${network.said}`],
  }));
}

/** A room of both, then the network of one: the one's network, the other's room. */
export function oneNetworkGrid(): GridItem[] {
  const rooms = [
    { said: 'in the office', value: 'customerNetwork' },
    { said: 'at HQ', value: 'customerNetwork' },
  ] as const;
  return product({ room: rooms, network: NETWORKS.filter((n) => n.value === 'internet') }).map(({ room, network }) => ({
    text: `We're SfB Online. I call my colleague Priya 1:1. We're both ${room.said}, but she is ${network.said}. Path for me?`,
    slots: { location: room.value, peer: network.value },
  }));
}

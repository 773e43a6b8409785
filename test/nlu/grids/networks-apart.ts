// A room and the network someone is on, said in different sentences ("I work at the airport. We sit on the corporate
// LAN."): when they disagree the place is unclear and the user is asked (slots.ts networkHeard), never the room winning
// by how firmly it happened to be said; when they agree, that place. Said in one breath, the network wins, as before.
// Room x network x who says it x call; the VPN (decisive) still outweighs a hotel's Wi-Fi said of last week.
import type { GridItem } from './grid';
import { product } from './en-grid';

const ROOMS = [
  { room: 'I work at the airport', location: 'internet' },
  { room: "I'm at the hotel this week", location: 'internet' },
  { room: "I'm at a cafe downtown", location: 'internet' },
  { room: "I'm in the office today", location: 'customerNetwork' },
  { room: "I'm at HQ", location: 'customerNetwork' },
] as const;
const NETWORKS = [
  { network: 'We sit on the corporate LAN', location: 'customerNetwork' },
  { network: "I'm on the corporate network", location: 'customerNetwork' },
  { network: "I'm on the guest wifi", location: 'internet' },
  { network: "I'm on my phone's hotspot", location: 'internet' },
] as const;
const CALLS = [
  { call: 'SfB Online here, joining a meeting our manager hosts', slots: { organizer: 'online' } },
  { call: "We're SfB Online and I'm calling a landline", slots: {} },
] as const;

/** Room and network in two sentences: their place when they agree, none when they do not. */
export function networksApartGrid(): GridItem[] {
  return product({ room: ROOMS, said: NETWORKS, call: CALLS }).map(({ room, said, call }) => ({
    text: `${room.room}. ${said.network}. ${call.call}. Which path does my media take?`,
    slots: { ...call.slots, ...(room.location === said.location && { location: said.location }) },
    tags: [room.location === said.location ? 'agree' : 'disagree', `network:${said.network}`],
  }));
}

/** Room and network in one breath: the network says where the client is. */
export function networksInBreathGrid(): GridItem[] {
  return product({ room: ROOMS, said: NETWORKS, call: CALLS }).map(({ room, said, call }) => ({
    text: `${room.room}, ${said.network.replace(/^We sit/, 'sitting').replace(/^I'm on/, 'on')}. ${call.call}. Which path does my media take?`,
    slots: { ...call.slots, location: said.location },
    tags: [`network:${said.network}`],
  }));
}

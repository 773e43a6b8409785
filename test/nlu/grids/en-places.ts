// Everyday ways to say where someone is, in English, as people write them in chat, tickets, forum posts and mail
// (invented for the grids; none is taken from a blind set). `said`: after "is" ("she is at home"); `field`: as the
// value of a ticket field or list line ("Location: home"). Our network includes a VPN into it; another company's
// own network is where a federated contact is (see en-peer.ts).

export type PlaceValue = 'customerNetwork' | 'internet';

export interface Place {
  value: PlaceValue;
  said: string;
  field: string;
}

const place = (value: PlaceValue, said: string, field = said): Place => ({ value, said, field });
const home = (said: string, field?: string) => place('internet', said, field);
const ours = (said: string, field?: string) => place('customerNetwork', said, field);

export const PLACES: readonly Place[] = [
  // At home, said many ways.
  home('at home', 'home'),
  home('working from home', 'WFH'),
  home('WFH today', 'WFH'),
  home('working from home this week', 'home (WFH)'),
  home('at home without VPN', 'home, no VPN'),
  home('at home, not on the VPN', 'home / no VPN'),
  home('on her home wifi', 'home wifi'),
  home('on home broadband', 'home broadband'),
  home('in her home office', 'home office'),
  home('at her flat', 'her flat'),
  home('in his apartment', 'apartment'),
  home('at his parents\' place', 'parents\' house'),
  home('@ home', '@home'),
  home('wfh', 'wfh'),
  home('working remotely', 'remote'),
  home('remote today', 'remote'),
  home('teleworking', 'teleworking'),
  // Travelling and out and about.
  home('at a hotel', 'hotel'),
  home('in a hotel room on the hotel wifi', 'hotel wifi'),
  home('at a hotel in Berlin', 'hotel (Berlin)'),
  home('at a coffee shop', 'coffee shop'),
  home('in a cafe', 'cafe'),
  home('at the airport', 'airport'),
  home('in an airport lounge', 'airport lounge'),
  home('on a train', 'train'),
  home('on the road on 4G', 'on the road'),
  home('travelling for work', 'travelling'),
  home('on a business trip', 'business trip'),
  home('at a trade show', 'trade show'),
  home('at a client site', 'client site'),
  home('on site at a customer', 'customer site'),
  home('at a co-working space', 'coworking space'),
  home('in a WeWork', 'WeWork'),
  home('at the library', 'public library'),
  home('on public wifi', 'public wifi'),
  home('on the guest wifi', 'guest wifi'),
  // What the connection is.
  home('tethered to her phone', 'tethered to phone'),
  home('on a mobile hotspot', 'mobile hotspot'),
  home('on her phone\'s hotspot', 'phone hotspot'),
  home('on 4G', '4G'),
  home('on LTE', 'LTE'),
  home('on cellular data', 'cellular'),
  home('off the VPN', 'no VPN'),
  home('not on the corporate network', 'off corp network'),
  home('outside the corporate network', 'outside corp network'),
  home('on 5G', '5G'),
  home('on the guest Wi-Fi of a client', 'client guest Wi-Fi'),
  home('on the hotel\'s Wi-Fi', 'hotel Wi-Fi'),
  home('on site at a customer\'s plant, on their guest wifi', 'customer plant (their guest wifi)'),
  home('at a client\'s office on their guest Wi-Fi', 'client office, guest Wi-Fi'),
  home('in the van on 4G', 'van (4G)'),
  home('in his car', 'car'),
  home('in a vehicle', 'vehicle'),
  home('on the Shinkansen with tethering', 'Shinkansen, tethered'),
  // In the office, said many ways.
  ours('in the office', 'office'),
  ours('at the office', 'the office'),
  ours('at her desk', 'desk'),
  ours('at his desk in the office', 'at desk'),
  ours('at HQ', 'HQ'),
  ours('at head office', 'head office'),
  ours('in the Leeds office', 'Leeds office'),
  ours('in our Singapore office', 'Singapore office'),
  ours('at the Denver branch', 'Denver branch'),
  ours('at the Austin site', 'Austin site'),
  ours('at our Madrid site', 'Madrid site'),
  ours('in the main office', 'main office'),
  ours('at the regional office', 'regional office'),
  ours('at the plant', 'plant'),
  ours('in the warehouse', 'warehouse'),
  ours('on the shop floor', 'shop floor'),
  ours('on the trading floor', 'trading floor'),
  ours('in the lab', 'lab'),
  ours('at reception', 'reception'),
  ours('in her cubicle', 'cubicle'),
  ours('on campus', 'campus'),
  ours('on site', 'onsite'),
  ours('at work', 'at work'),
  ours('in a meeting room at HQ', 'meeting room, HQ'),
  ours('in the building', 'in the building'),
  // What the connection is.
  ours('on the corporate LAN', 'corporate LAN'),
  ours('on the office wifi', 'office wifi'),
  ours('on the company network', 'company network'),
  ours('on the corp network', 'corp network'),
  ours('plugged into the office network', 'office LAN (wired)'),
  ours('on the WAN', 'WAN'),
  ours('on the MPLS WAN', 'MPLS WAN'),
  ours('on a wired desk port', 'wired desk port'),
  ours('on the clinical network', 'clinical network'),
  ours('on the campus network', 'campus network'),
  ours('on the hospital wifi', 'hospital wifi'),
  ours('on our Wi-Fi', 'our Wi-Fi'),
  ours('on the LAN', 'LAN'),
  ours('on the VPN', 'VPN'),
  ours('at home on the VPN', 'home, on VPN'),
  ours('at a hotel, connected to the VPN', 'hotel + VPN'),
  ours('working from home over the VPN', 'home via VPN'),
  // Misspelt and abbreviated.
  ours('in the ofice', 'ofice'),
  ours('@ HQ', '@HQ'),
  ours('in the offce', 'offce'),
  home('at hoem', 'hoem'),
  home('workign from home', 'workign from home'),
];

export const opposite = (value: PlaceValue): PlaceValue => (value === 'internet' ? 'customerNetwork' : 'internet');

/** A place of the other value, chosen round the table: a distractor must disagree to be seen. */
export function otherPlace(value: PlaceValue, n: number): Place {
  const others = PLACES.filter((p) => p.value === opposite(value) && !/VPN|vpn/.test(p.said));
  return others[n % others.length];
}

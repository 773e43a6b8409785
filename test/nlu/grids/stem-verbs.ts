// Words that share a stem with a person word ("engineering" / engineer, "consulting" / consultant, "accounting" /
// accountant, "managed" / manager, "Ops control" / controller) are no one (analyzer.ts personByStemOnly): read as a
// person, "someone from engineering" was two people and the place said of them was lost. The
// person words themselves still stand for someone. Plus "home 在 cloud", "home 在地端": "home" for "homed" is no place.
import type { GridItem } from './grid';
import { product } from './en-grid';

const DEPARTMENTS = ['engineering', 'consulting', 'accounting', 'marketing'];
const PLACES = [
  { place: 'from his desk at the plant', location: 'customerNetwork' },
  { place: 'from his hotel room', location: 'internet' },
  { place: 'from home', location: 'internet' },
] as const;
const HOSTS = ['The sales team (already in Office 365) runs a weekly review meeting', 'Our CFO (already moved to Online) hosts the monthly review'];

/** Someone from a department named by an -ing word joins from a place: the place is theirs, the one asked about. */
export function stemVerbGrid(): GridItem[] {
  return product({ department: DEPARTMENTS, said: PLACES, host: HOSTS }).map(({ department, said, host }) => ({
    text: `We have a hybrid Skype setup. ${host}. Someone from ${department} (still on the on-prem servers) joins ${said.place}. Where does his signaling go?`,
    slots: { location: said.location, homing: 'onPremises', organizer: 'online' },
    tags: [`department:${department}`],
  }));
}

/** "Ops control at the airport, we sit on the corporate LAN": "control" is no controller standing at the airport. */
export const OPS_CONTROL = {
  text: 'Ops control at the airport, we sit on the corporate LAN in the ops building. The daily briefing is a Skype meeting hosted by our duty manager. Company is on SfB Online. Route for our audio?',
};

const PERSON_PLACES = [
  { place: "I'm at home on my own wifi", location: 'internet' },
  { place: "I'm in the office on the wired LAN", location: 'customerNetwork' },
  { place: "I'm at a hotel", location: 'internet' },
] as const;

/** The person words themselves: someone else, whose place is theirs, not the writer's. */
export function stemPersonGrid(): GridItem[] {
  return product({ person: ['the controller', 'our engineer', 'the coordinator', 'the designer', 'our consultant', 'my manager'], said: PERSON_PLACES }).map(({ person, said }) => ({
    text: `${person[0].toUpperCase()}${person.slice(1)} is ${said.place.replace(/^I'm /, '')} and I call them from the office. We're SfB Online. Path for my media?`,
    slots: { location: 'customerNetwork', peer: said.location },
    tags: [`person:${person}`],
  }));
}

/**
 * A department's word before a room ("the plant design office", "the warehouse administration office"): it names the
 * room, not a designer or an administrator sitting there, so what is said of whoever sits there stays theirs.
 */
export function departmentRoomGrid(): GridItem[] {
  return product({ department: ['design', 'development', 'administration', 'recruitment'], site: ['', 'plant ', 'warehouse '] }).map(({ department, site }) => ({
    text: `We're hybrid. Omar works in the ${site}${department} office on the wired network and is homed on our on-prem pool. He rings Dana, who was moved to Online. Which way does Omar's media go?`,
    slots: { location: 'customerNetwork', homing: 'onPremises', peerHoming: 'online' },
    tags: [`department:${department}`, `site:${site.trim() || 'none'}`],
  }));
}

/** "home 在 X" for where accounts live: the accounts' homing, no place. */
export function homedVerbGridZh(): GridItem[] {
  return product({
    homed: ['user 都 home 在 cloud', '大家都 home 在雲端', '帳號 home 在 online'],
    said: [
      { text: '我在公司', location: 'customerNetwork' },
      { text: '我今天在飯店', location: 'internet' },
    ] as const,
  }).map(({ homed, said }) => ({
    text: `我們 SfB 全部都是 Online，${homed}。${said.text}，打客戶的市話，媒體走哪？`,
    slots: { location: said.location },
    tags: [`homed:${homed}`],
  }));
}

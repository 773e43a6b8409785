// English grid of "control" as a team's or a room's word and of the campus LAN (invented, after dev18: "Ops control at
// the airport, we sit on the corporate LAN in the ops building"). "control" shared its stem with "controller", so "Ops
// control" was a person at the airport and the writer's LAN was lost (words.en.json now keeps "controller" apart).
// "on the campus LAN" is a network that outweighs a room ("in the library"). Negatives: a controller is still someone.
import { product } from './en-grid';
import type { GridItem } from './grid';

const TEAMS = ['Ops control', 'Flight control', 'Network control', 'Traffic control', 'Port control'];
const SITES = ['at the airport', 'at the harbour', 'at the stadium'];

/** "<team> <site>, we sit on the corporate LAN in the ops building": the writer's network. */
export function controlTeamGrid(): GridItem[] {
  return product({ team: TEAMS, site: SITES }).map(({ team, site }) => ({
    text: `${team} ${site}, we sit on the corporate LAN in the ops building. The daily briefing is a Skype meeting hosted by our duty manager. Company is on SfB Online. Route for our audio?`,
    slots: { location: 'customerNetwork', organizer: 'online' },
    tags: [`team:${team}`],
  }));
}

/** A controller is someone: their place is theirs. */
export function controllerGrid(): GridItem[] {
  const who = ['our finance controller', 'the controller', 'our financial controllers'];
  const places = [
    { said: 'at home', peer: 'internet' },
    { said: 'at HQ', peer: 'customerNetwork' },
  ] as const;
  return product({ who, place: places }).map(({ who, place }) => ({
    text: `We're SfB Online. I'm in the office and I call ${who}, ${who.endsWith('s') ? 'who are' : 'who is'} ${place.said}. Path for me?`,
    slots: { location: 'customerNetwork', peer: place.peer },
  }));
}

/** A room that may be anyone's, with the campus network said of the same person: the network. */
export function campusLanGrid(): GridItem[] {
  const rooms = ['in the library', 'in the Library building', 'at the student union', 'in the sports hall'];
  const networks = ['on the campus LAN', 'on campus LAN', 'on the campus WAN', 'wired into the campus LAN'];
  return product({ room: rooms, network: networks }).map(({ room, network }) => ({
    text: `We're SfB Online. I'm ${room}, ${network}, and I call a landline. Path?`,
    slots: { location: 'customerNetwork' },
    tags: [`network:${network}`],
  }));
}

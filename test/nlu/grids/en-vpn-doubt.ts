// A VPN said with a doubt of its own ("home, VPN?", "VPN status unknown", "maybe on the VPN"): whether that client is
// on our network is not known, so no place is read for them, whatever room is named (never the room alone, never
// our network). Who x room x doubt x frame; negatives: the same rooms with the VPN said plainly on or off.
import type { GridItem } from './grid';
import { nth, product } from './en-grid';

const WHO = ['Tom', 'Our receptionist', 'The CFO', 'Ms Okafor'];
const ROOMS = ['at home', 'at a hotel', 'in a cafe', 'at the airport'];
const DOUBTS = ['VPN?', 'VPN unknown', 'VPN status unknown', 'VPN: unclear', 'VPN status: TBC', 'maybe on the VPN', 'possibly on VPN', 'perhaps on the VPN'];
const FRAMES = [
  { tag: 'frame:sentence', say: (who: string, room: string, doubt: string) => `${who} is ${room}, ${doubt}, and calls a landline.` },
  { tag: 'frame:aside', say: (who: string, room: string, doubt: string) => `${who} (${room.replace(/^(at|in) (a |the )?/, '')}, ${doubt}) calls a landline.` },
];
const QUESTIONS = ['Path?', 'Does the call go over ER?', 'Which way does the media go?'];

export function vpnDoubtGrid(): GridItem[] {
  return product({ who: WHO, room: ROOMS, doubt: DOUBTS, frame: FRAMES }).map(({ who, room, doubt, frame }, n) => ({
    text: `We're Skype for Business Online. ${frame.say(who, room, doubt)} ${nth(QUESTIONS, n)}`,
    slots: {},
    tags: [frame.tag, `doubt:${doubt}`],
  }));
}

/** The same rooms with the VPN said plainly: on is our network, off the Internet. */
export function vpnSaidGrid(): GridItem[] {
  const said = [
    { vpn: 'on the VPN', location: 'customerNetwork' },
    { vpn: 'VPN connected', location: 'customerNetwork' },
    { vpn: 'no VPN', location: 'internet' },
    { vpn: 'VPN off', location: 'internet' },
  ] as const;
  return product({ who: WHO, room: ROOMS, said, frame: FRAMES }).map(({ who, room, said: s, frame }, n) => ({
    text: `We're Skype for Business Online. ${frame.say(who, room, s.vpn)} ${nth(QUESTIONS, n)}`,
    slots: { location: s.location },
    tags: [frame.tag],
  }));
}

// "at the coffee shop downstairs": where in a building a public place is ("downstairs", "upstairs") says where the
// place is, not that the person is in our building. Who x public place x where in the building x frame, in a phone
// call; negatives: the same words alone ("she is downstairs") or with our network said ("on the office wifi") are ours.
import type { GridItem } from './grid';
import { product } from './en-grid';

const WHO = ['Priya', 'The new guy', 'Our receptionist', 'I'];
const PUBLIC = ['the coffee shop', 'the cafe', 'a cafe', 'the Starbucks', 'the hotel bar'];
const WHERE = ['downstairs', 'upstairs'];

type Frame = { tag: string; say: (who: string, at: string) => string };
const be = (who: string) => (who === 'I' ? 'am' : 'is');
const dial = (who: string) => (who === 'I' ? 'dial' : 'dials');

const FRAMES: readonly Frame[] = [
  { tag: 'frame:be-and-call', say: (w, at) => `${w} ${be(w)} at ${at} and ${dial(w)} a landline.` },
  { tag: 'frame:no-vpn', say: (w, at) => `${w} ${be(w)} at ${at}, no VPN, and ${dial(w)} a customer's mobile.` },
  { tag: 'frame:from', say: (w, at) => `${w} ${w === 'I' ? 'call' : 'calls'} an outside number from ${at}.` },
];

const HEADERS = ['SfB Online tenant.', 'We run Skype for Business Online.', 'Env: SfB Online, ExpressRoute.'];
const QUESTIONS = ['Path?', 'Does the media go over ExpressRoute?', 'Which way does signaling go?'];

export function publicPlaceInBuildingGrid(): GridItem[] {
  return product({ who: WHO, place: PUBLIC, where: WHERE, frame: FRAMES }).map(({ who, place, where, frame }, n) => ({
    text: `${HEADERS[n % 3]} ${frame.say(who, `${place} ${where}`)} ${QUESTIONS[n % 3]}`,
    slots: { location: 'internet' },
    tags: [frame.tag, `where:${where}`],
  }));
}

/** The same words where the person is in our building, or on our network. */
export function ourBuildingGrid(): GridItem[] {
  const said = ['is downstairs', 'is upstairs at her desk', 'is at the cafe downstairs on the office wifi', 'is in the office downstairs', 'is at the coffee shop downstairs on the VPN'];
  return product({ said: said, header: HEADERS }).map(({ said: where, header }, n) => ({
    text: `${header} Priya ${where} and dials a landline. ${QUESTIONS[n % 3]}`,
    slots: { location: 'customerNetwork' },
    tags: [`said:${where}`],
  }));
}

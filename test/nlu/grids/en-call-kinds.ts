// Round 12's English grids of what is not the call (invented; no blind text): a count of the firm's people ("I own a
// small firm (12 of us)", "we're a team of 8", "our office has 30 staff") is no count of who is in the call, so a call
// to one colleague stays a call between two; and a phone call denied ("not ringing a phone number", "no PSTN
// involved", "not a phone call, a Skype call"), in an aside or a clause of its own, is no PSTN call, even where Cloud
// Connector carries the phone lines.
import { nth, product } from './en-grid';
import type { GridItem } from './grid';

/** The firm's size, said many ways, in a sentence of its own or beside the deployment. */
const HEADCOUNTS = [
  'I own a small firm (12 of us).',
  'We\'re a team of 8.',
  'Our office has 30 staff.',
  'There are 5 of us in the practice.',
  'The 40 of us are a small charity.',
  'Small business, nine people in total.',
  'We are a company of 25 employees.',
  'It\'s a family firm, six of us.',
];

const DEPLOYMENTS = [
  { said: 'We\'re all on Skype for Business Online.', slots: { deployment: 'online' } },
  { said: 'Everyone is on SfB Online.', slots: { deployment: 'online' } },
  { said: 'We have Cloud Connector for the phones and everyone is homed Online.', slots: { deployment: 'cloudConnector' } },
] as const;

/** One colleague called, with where each is. */
const CALLS = [
  { said: 'I\'m in the office and I Skype my bookkeeper, who works from home.', slots: { location: 'customerNetwork', peer: 'internet' } },
  { said: 'From home I call Jo on Skype; Jo is at her desk in the office.', slots: { location: 'internet', peer: 'customerNetwork' } },
  { said: 'I ring my assistant at home from the office.', slots: { location: 'customerNetwork', peer: 'internet' } },
  { said: 'My manager, in the office, calls me while I\'m at home.', slots: { location: 'internet', peer: 'customerNetwork' } },
] as const;

const QUESTIONS = ['Path?', 'Which way does my call go?', 'Does it go over ExpressRoute?', 'What path do signaling and media take?'];

/** The firm's headcount, then the deployment, then a call to one colleague: a call between two. */
export function headcountGrid(): GridItem[] {
  return product({ count: HEADCOUNTS, deployment: DEPLOYMENTS, call: CALLS }).map(({ count, deployment, call }, n) => ({
    text: `${count} ${deployment.said} ${call.said} ${nth(QUESTIONS, n)}`,
    slots: { callType: 'peerToPeer', ...deployment.slots, ...call.slots },
    tags: [`count:${count}`],
  }));
}

/** A phone call denied, in an aside, after a dash, or in a clause of its own. */
const DENIALS = [
  (call: string) => `${call} (not ringing a phone number).`,
  (call: string) => `${call} (no PSTN involved).`,
  (call: string) => `It's not a phone call, a Skype call: ${call.charAt(0).toLowerCase()}${call.slice(1)}.`,
  (call: string) => `${call} - not dialling a landline, just Skype.`,
  (call: string) => `${call}, and I'm not calling his phone number.`,
  (call: string) => `${call}; we're not calling an outside line.`,
];

const SKYPE_CALLS = [
  { said: 'I call Sam on Skype from my desk in the office while he is at home', slots: { location: 'customerNetwork', peer: 'internet' } },
  { said: 'I\'m at home and Skype Sam, who is in the office', slots: { location: 'internet', peer: 'customerNetwork' } },
  { said: 'Skype call between Sam and me: I\'m on the corporate LAN, Sam is at a hotel', slots: { location: 'customerNetwork', peer: 'internet' } },
] as const;

/** A Skype call with a phone call denied: a call between two, never a PSTN call. */
export function deniedPhoneCallGrid(): GridItem[] {
  return product({ denial: DENIALS, deployment: DEPLOYMENTS, call: SKYPE_CALLS }).map(({ denial, deployment, call }, n) => ({
    text: `${deployment.said} ${denial(call.said)} ${nth(QUESTIONS, n)}`,
    slots: { callType: 'peerToPeer', ...deployment.slots, ...call.slots },
    tags: [`denial:${DENIALS.indexOf(denial)}`],
  }));
}

// A call said to be with someone of ours beside a telephony set-up ("Cloud Connector for PSTN, but this is a Skype call
// with Priya", "a call between me and Tom") is a call between two clients, not a phone call: the set-up says how phone
// numbers are reached, and the one called here is a person. dev33's one wrong answer was such a call read as PSTN.
// "A Skype call between us" is such a call too: both ends are ours. Near misses: a number or a customer called stays
// the phone network.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a call with a person beside the telephony set-up is between two clients', () => {
  it.each([
    'We have Cloud Connector Edition for PSTN, but right now it is only a Skype call with Priya, both of us at HQ. Path?',
    'We have CCE for outside lines. This is just a call between me and Tom, we are both in the office. Which way does it go?',
    'CCE for the phones. I am on a Skype call with Ingrid, both of us in the Oslo office. signaling and media?',
    'Cloud Connector handles our phone numbers. It is a call between Kofi and me, both at our desks on the LAN. Paths?',
    // "between us": both ends are the writer's own people.
    'The dispatcher and I are both in the depot on the LAN, a quick Skype call between us. Online accounts, Cloud Connector for outside lines. Route?',
    'We use CCE for external calls. My teammate and I are both in the office, Skype call between the two of us. Where does the media go?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

describe('near misses: a number or a customer called', () => {
  it.each([
    "We have CCE for outside lines. I'm at my desk calling a customer's landline. Path?",
    "We have CCE for outside lines. I'm in the office dialing a supplier. Path?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'cloudConnector', callType: 'pstn', location: 'customerNetwork' });
  });
});

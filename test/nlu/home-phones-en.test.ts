// "rings a patient's home phone", "calls his home number": a phone at someone's home is a phone call (PSTN), not a
// Skype call to someone at home (it answered a peer-to-peer call with the other party on the Internet). Being at home
// ("I'm at home and call Ana on Skype") is still a place.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const phones = ['home phone', 'home number', 'home phone number', 'home telephone', 'home landline', 'house phone'];
const owners = ["a patient's", 'his', "my wife's", 'the customer’s', "a client's", 'their'];
const callers: [string, string][] = [
  ["I'm in the office and ring", 'customerNetwork'],
  ['Our receptionist at the front desk dials', 'customerNetwork'],
  ["I'm at home, no VPN, and call", 'internet'],
];

describe('a home phone is a phone call', () => {
  it.each(callers.flatMap(([caller, location]) => phones.flatMap((phone, i) => [[`Skype Online. ${caller} ${owners[i]} ${phone}. Path?`, location]])))('%s', (text, location) => {
    expect(slots(text)).toEqual({ deployment: 'online', callType: 'pstn', location });
  });
});

describe('being at home is still a place', () => {
  it.each([
    ["Skype Online. I'm at home and call Ana on Skype; she is in the office. Path?", { location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' }],
    ['Skype Online. I call Ana on Skype; she works from home. Path?', { peer: 'internet', callType: 'peerToPeer' }],
    ["Skype Online. I'm on my home broadband and ring a landline. Path?", { location: 'internet', callType: 'pstn' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});

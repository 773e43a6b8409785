// "His user is homed on-prem", "her user was moved to Skype Online": in non-native English a person's "user" is their
// account, as "his account" is, when where it is homed is said right after; the homing is that person's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("a person's user said homed", () => {
  it.each([
    ["We're hybrid. Our dispatcher Bogdan dials a farmer's landline from the depot office, his user is homed on-prem. Path?", { homing: 'onPremises', callType: 'pstn' }],
    ['Hybrid SfB. Head nurse Ilse calls a pharmacy phone number from the ward office; her user is on the on-prem pool. Signaling and media?', { homing: 'onPremises', callType: 'pstn' }],
    ["Hybrid here. I'm in the office and call Mia on Skype, she's at home and her user was moved to Skype Online. I'm on-prem. My path?", { homing: 'onPremises', peerHoming: 'online' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});

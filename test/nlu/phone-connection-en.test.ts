// "on my phone's LTE", "her phone's LTE connection": a phone's own connection is where its owner is (the Internet), not a phone
// call, and not the place of someone called. Session 53's blind conversations asked "and if he made that landline call
// from the parking lot on his phone's LTE" after a PSTN answer; "phone's LTE" was read as a call to someone on the
// Internet, and the what-if changed nothing. A phone said as the call ("I phone the branch") still calls.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a phone\'s own connection', () => {
  it.each([
    "on my phone's LTE",
    "what if she used her phone's LTE?",
    "and if he was on his phone's LTE connection instead",
    "Online tenant. I dial a supplier's landline from the car park on my phone's LTE, which path?",
  ])('%s', (text) => {
    const read = slots(text);
    expect(read.location).toBe('internet');
    expect(read.peer).toBeUndefined();
    expect(read.callType === undefined || read.callType === 'pstn').toBe(true);
    if (!/landline/.test(text)) expect(read.callType).toBeUndefined();
  });
});

describe('near misses: the phone is the call', () => {
  it.each([
    ['Online tenant, I phone a landline from the office', 'pstn'],
    ['All Online. From the office I phone the branch, which path?', 'peerToPeer'],
  ])('%s', (text, callType) => {
    expect(slots(text).callType).toBe(callType);
  });
});

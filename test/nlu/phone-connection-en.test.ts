// "on my phone's LTE", "her mobile's LTE", "using his cell phone's data": a phone's own connection is the device its
// owner is on, as "his tablet's mobile data" already was: the Internet, wherever the room is, and no phone call and no
// one called. Session 53's blind conversations asked, after a PSTN answer, what if the caller rang out from outdoors
// on his phone's LTE; "phone" was read as a call to someone on the Internet, and the what-if changed nothing. Near misses: a phone said as the call ("I phone the branch", "her mobile" called), and a phone call's own
// traffic ("the phone call's media") is still the call's.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("a phone's own connection is its owner's Internet", () => {
  it.each([
    ["I'm on my phone's LTE"],
    ['what if she was on her mobile\'s LTE?'],
    ['and if he sat in the lobby on his cell phone\'s data connection instead?'],
    ["We're Online. I dial a supplier's landline from the car park over my phone's 4G, which path?"],
    ["Online tenant. From our branch office I ring a customer's mobile number using my mobile phone's LTE. Path?"],
  ])('%s', (text) => {
    const read = slots(text);
    expect(read.location).toBe('internet');
    expect(read.peer).toBeUndefined();
    expect(read.callType === undefined || read.callType === 'pstn').toBe(true);
    if (!/landline|number/.test(text)) expect(read.callType).toBeUndefined();
  });

  it("the one called, on their phone's LTE, is on the Internet", () => {
    expect(slots("All Online. I'm in the office and call Dev, who is at a client site on his phone's LTE. Path?")).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });
});

describe('near misses: the phone is the call', () => {
  it.each([
    ['Online tenant, I phone a landline from the office', { callType: 'pstn', location: 'customerNetwork' }],
    ['All Online. From the office I phone the branch, which path?', { callType: 'peerToPeer', location: 'customerNetwork' }],
    ["Online. I'm at home and call her mobile. Path?", { callType: 'pstn', location: 'internet' }],
    ["Online, I'm in the office. Which way does the phone call's media go?", { callType: 'pstn', location: 'customerNetwork' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });
});

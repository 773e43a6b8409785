// "Dana's in a customer's lobby ... joining the CFO's standing call": a customer's lobby is another company's room
// (the Internet for us, as "a customer's office" is). Read as "a customer" and an unknown word, it left Dana unplaced
// and made the next person named, the CFO, the customer's: the meeting went to another company.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("a customer's lobby is their room", () => {
  it.each([
    ["I'm in a customer's lobby calling a colleague in our office. All Online. My path?", { location: 'internet', peer: 'customerNetwork' }],
    ["Dana's in a customer's lobby and dials into the CFO's standing call. We're hybrid, the CFO is on-prem. Dana's path?", { location: 'internet', organizer: 'onPremises', deployment: 'hybrid', callType: 'conference' }],
    ["I'm at a client's reception calling a colleague in our office. All Online. My path?", { location: 'internet', peer: 'customerNetwork' }],
  ])('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
  it('a lobby of no one named says no network', () => {
    expect(slots("I'm in the lobby calling a colleague at home. All Online. My path?")).not.toHaveProperty('location');
  });
});

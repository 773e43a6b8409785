// A room named by the staff who work in it ("the clerk office", "the cashier desk"): the role word right before a
// room of ours names the room, it is no person in the call. Read as a person, the role took the room as its own
// place: the writer who joined from it was placed nowhere, or the room became the other party's (src/nlu/othersRooms.ts).
// So is a room of a trade's house ("the fern house office"): "house" there is a building of ours, not a home.
// A role word that a place word only places ("the engineer onsite", "our admin in the office") stays a person.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a room named by its staff is a room of ours', () => {
  it.each([
    "We're all on Skype for Business Online. I join the weekly meeting my supervisor set up, from the clerk office on our LAN. Path for my media?",
    'SfB Online. Ravi joins the stand-up from the engineer office on the plant LAN. What path does his media take?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ callType: 'conference', location: 'customerNetwork' });
  });

  it('the writer in the room, the other party at home', () => {
    expect(slots("Online tenant. I call Priya from the cashier desk on the shop network; she's working from home. My signaling?")).toMatchObject({
      callType: 'peerToPeer',
      location: 'customerNetwork',
      peer: 'internet',
    });
  });

  it.each([
    "The engineer onsite calls me on Skype while I'm at home. My path?",
    "Our admin in the office calls me on Skype while I'm at home. My path?",
  ])('a role a place word only places stays a person: %s', (text) => {
    expect(slots(text)).toMatchObject({ callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' });
  });

  it("a room of a trade's house is ours, a house alone is still a home", () => {
    expect(slots("Online. Mo is in the pump house office and calls Jo, who is on a hotel's wifi. Mo's side?")).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
    expect(slots("Online. Mo is at the beach house and calls Jo in the office. Mo's side?")).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

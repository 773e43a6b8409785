// Round 63's English dev questions (dev50): after "we" (the organization), "the head brewer's account is on-prem. He
// is in the brewhouse on the LAN" lost both the homing and the place: a title the vocabulary does not know ("brewer")
// is nobody, so the account was read as a relation of "we" and given to no one. An account stands for its owner.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("an unknown title's account after 'we' is the one who calls", () => {
  it.each([
    "We're hybrid. The head cooper's account is on our own Skype servers. He's in the cooperage on the wired network and rings a supplier's landline. Path?",
    "We are hybrid. The chief roaster's account is still on-prem. She is at her bench on the office LAN, calling a customer's mobile number. Signaling and media?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', homing: 'onPremises', deployment: 'hybrid', callType: 'pstn' });
  });

  it("someone's manager is still someone else", () => {
    const found = slots("We're hybrid. I'm on-prem at my desk on the LAN and call a landline; the cooper's manager is at home. Path?");
    expect(found).toMatchObject({ location: 'customerNetwork', homing: 'onPremises', callType: 'pstn' });
  });
});

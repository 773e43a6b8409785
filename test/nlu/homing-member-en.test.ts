// The writer said to be one of a group that is homed somewhere, with words describing the group the vocabulary does
// not know: "I'm one of the pilot users moved to Skype Online", "I am one of the early adopters moved to SfB Online".
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the writer named by a group with describing words', () => {
  it.each([
    ["I'm one of the pilot users moved to Skype Online", 'online'],
    ['I am one of the early adopters moved to SfB Online', 'online'],
    ["I'm one of the finance users who stayed on-prem", 'onPremises'],
    ["I'm one of the warehouse staff still on the old Lync pool", 'onPremises'],
    ["I'm a regular office user, homed on-prem", 'onPremises'],
  ])('%s', (said, homing) => {
    expect(slots(`Hybrid. ${said}. I'm at my desk in the office and dial a landline. Path?`)).toEqual({ deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork', homing });
  });

  it('one of the pilot users, beside the writer on the other side of the split, called one to one', () => {
    expect(slots("He's homed on our on-prem Skype pool, two desks away from me in the Ikeja office. Me, I'm one of the pilot users moved to Skype Online. We're hybrid. When I call him one to one, what does my media do?")).toMatchObject({
      homing: 'online',
      peerHoming: 'onPremises',
    });
  });

  it('someone else who is one of them is not the writer', () => {
    expect(slots("Hybrid. She's one of the pilot users moved to Skype Online. I'm on the on-prem pool, at my desk, dialling a landline. Path?")).toMatchObject({ homing: 'onPremises' });
  });
});

// "does the call ever touch the Microsoft cloud?": the cloud a call may reach, named with its owner, is where traffic
// goes, not where the writer is homed.
describe('the cloud reached, named with its owner', () => {
  it.each(['touch the Microsoft cloud', 'hit the Microsoft cloud', "reach Microsoft's cloud"])('does the call %s?', (reach) => {
    expect(slots(`Hybrid, I'm on-prem. When I dial a landline from my desk in the office, does the call ever ${reach}?`)).toMatchObject({ homing: 'onPremises' });
  });
});

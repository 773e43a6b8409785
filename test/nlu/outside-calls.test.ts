// Held-out English: "outside calls" (calls to the phone network) read "outside" as where the user is, against a desk
// said to be on the HQ LAN. An outside call is a PSTN call; it places nobody. ("external call" is left alone: it
// may be a call with another company.)
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('an outside call is a PSTN call, not a place', () => {
  it.each([
    'Outside calls from the help desk softphone drop. The help desk is on the wired HQ network. SfB Online, Calling Plans.',
    "We're Online. Making outside calls from the lobby kiosk, which is plugged into the office LAN. Is the PSTN media on ER?",
    'SfB Online tenant. An outside call from my desk in the office sounds robotic; does that audio use ExpressRoute?',
  ])('%s', (text) => {
    const found = slots(text);
    expect(found.location).toBe('customerNetwork');
    expect(found.callType).toBe('pstn');
  });

  it('still reads "outside the office" as a place', () => {
    expect(slots('I am outside the office, Online tenant, calling a mobile number').location).toBe('internet');
  });
});

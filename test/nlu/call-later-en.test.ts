// "later" right after a call says when that call is ("she has a one-to-one call later"), not a second call told after
// the first ("I had a meeting, later I called a landline": the call after "later" is the one asked about).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a call said to be later', () => {
  it.each([
    ['She is at home and has a one-to-one Skype call later. We use CCE. Would her call go over ExpressRoute?', 'peerToPeer'],
    ["I'm at home with a Skype meeting later today. We're all Online. Does my media go over ExpressRoute?", 'conference'],
  ])('%s', (text, callType) => {
    expect(slots(text)).toMatchObject({ callType });
  });

  it('a call told after another with "later" is still the one asked about', () => {
    expect(slots("I had a team meeting, later I called a landline. We're all Online, I'm at home. Path for the landline call?")).toMatchObject({ callType: 'pstn' });
  });
});

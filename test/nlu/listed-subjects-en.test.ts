// "Our receptionist Gemma, the practice manager and I all sit in the Bristol office on the LAN. When Gemma rings a
// client's landline": a place said of a list of people ("A, B and I all sit in ...") is said of each of them, the
// first of the list too, past the words that describe each ("our receptionist", "the practice"). It was said of nobody.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a place said of a list is said of each', () => {
  it.each([
    "We're on SfB Online with Calling Plans. Our receptionist Maria, the office manager and I all sit in the Leeds office on the LAN. When Maria rings a client's landline, how does her call travel?",
    "SfB Online, Calling Plans. Tom, Priya and I sit in the Leeds office. When Tom dials a customer's mobile, what path does it take?",
    "SfB Online, Calling Plans. The practice nurse, the receptionist and I are in the surgery on the LAN. When the receptionist rings a patient's landline, what path?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
});

describe('a place said of one in a sentence of several is not', () => {
  it.each([
    "SfB Online, Calling Plans. Tom, Priya and I had lunch; I am at home now. When Tom dials a customer's mobile from the Leeds office, what path?",
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'pstn' });
  });
});

// A network said in brackets after a numbered room, desk or bed ("the nurse at bed 4 (on the ward network)") is the
// person's there (session 56, lane thirden56). The number ("4", "six" up to six) is read as a number, not a word, so
// the aside was taken for nobody's and the place asked back; it is part of the word it numbers ("bed 4").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a network in brackets after a numbered place is the person there', () => {
  it.each([
    ['The nurse at bed 4 (on the hospital network) rings a landline from Skype. We are Skype Online with Phone System. Which path does her call take?', { location: 'customerNetwork', callType: 'pstn' }],
    ['Cashier at till 2 (on the store LAN) phones a supplier landline over Skype. Skype Online, Phone System. Signalling path?', { location: 'customerNetwork', callType: 'pstn' }],
    ['The guard at gate six (on the guest wifi, not our network) dials a mobile number from Skype. Skype Online with Phone System. Media path for that call?', { location: 'internet', callType: 'pstn' }],
  ] as const)('%s', (text, want) => {
    expect(slots(text)).toMatchObject(want);
  });
});

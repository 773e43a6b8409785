// A place in the words of the phone number dialled (session 62, lane enplace2): "ringing the theatre's box office
// landline from the hotel wifi" read the box office as one of our offices and gave it to the caller, beside the hotel,
// so the advisor asked where the caller was. The number's end has no place in the path: such a place is nobody's.
// "office PSTN calls" with no call word before it still says where the calls are made. Inputs written for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a place that only says which number is dialled is not the caller\'s', () => {
  it.each([
    ['We are on Skype Online with Calling Plans. Our rep is ringing the museum\'s ticket office landline from the airport wifi. Path?', 'internet'],
    ['SfB Online. The clerk dials out to a care home\'s landline from her desk in the office. Media path?', 'customerNetwork'],
    ['Skype Online, Phone System. From home, no VPN, I call the head office number of a supplier. Path?', 'internet'],
  ])('%s', (text, location) => {
    const read = slots(text);
    expect(read.location).toBe(location);
    expect(read.callType).toBe('pstn');
  });
});

describe('near misses: the place is where the calls are made', () => {
  it.each([
    ['We are Skype Online with Calling Plans. Which path do office PSTN calls take?', 'customerNetwork'],
    ['SfB Online. I call a customer\'s mobile number from the office. Path?', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});

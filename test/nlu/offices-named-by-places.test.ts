// A word for a public place right before one of our rooms ("the kitchen office", "the restaurant office PC", "the
// airport office") names which of our offices it is, as "the HQ gym" names the gym: the caller is in our office. A
// home or a hotel ("my home office", "the hotel office") and a network named by the place ("the restaurant wifi") stay
// what they were.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('an office named by a public place', () => {
  it.each([
    "We're on Skype Online. I join the supplier review from the cafe office at the back, which path does it take?",
    'SfB Online shop: I ring a customer landline from the bakery office PC. Signaling and media?',
    "Online tenant. I'm in the airport office and call Priya on Skype. Which way does the media go?",
    'SfB Online here. I join the weekly staff meeting from the kitchen office. Which path?',
  ])('reads the caller in our office: %s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', location: 'customerNetwork' });
  });

  it.each([
    "We're Online. I join the board meeting from my home office, which path?",
    'Skype Online: I call Tom on Skype from the restaurant wifi, how does it route?',
  ])('keeps a home office and a public place\'s network off our network: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet' });
  });

  it('keeps a hotel office asked', () => {
    expect(slots("Skype Online here. I'm in the hotel office and call Maria on Skype, what is the path?")).not.toHaveProperty('location');
  });
});

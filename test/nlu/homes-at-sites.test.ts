// A place people live or stay in ("home", "my flat", "a hotel", 「家」「飯店」) said right before one of our sites
// ("at home in the office", "in a hotel at the Lisbon office") is never a room of that site as "the canteen at HQ" is:
// the two places contradict each other, so where the caller is stays asked.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('homes and hotels said with one of our sites', () => {
  it.each([
    "I'm at home in the office and I call Priya on Skype, how does it route? We're Online.",
    'We are Online. Working from home at HQ today, calling Tom over Skype: which path does it take?',
    'Skype Online here. I am in a hotel at the Lisbon office and ring Maria on Skype, what is the path?',
    "Online tenant. I'm in my flat at headquarters calling Ken in Skype, which way does it go?",
    'We use SfB Online; sitting in the apartment at our branch office, I Skype Lee. Path?',
  ])('leaves the caller\'s place to ask: %s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ deployment: 'online' });
    expect(read).not.toHaveProperty('location');
  });

  it.each([
    "We're Online. I'm in the canteen at HQ calling Priya on Skype, which path?",
    'Skype Online: sitting in the lobby of our Lisbon office, I call Maria on Skype. What path?',
    "We run a hotel chain, all Online. I'm at the hotel on our network and call Ana on Skype: which path?",
  ])('still reads a room of our site as ours: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork' });
  });
});

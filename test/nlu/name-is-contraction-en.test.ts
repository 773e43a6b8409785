// "sara's at the airport" (convs7, c7-10): after a word, "'s" before where someone is ("at", "in", "still", "now") is
// "is", as in "she's"; it read no place at all, and the answer to "where is the other party?" was not understood. Before
// anything else "'s" stays the possessive.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ["sara's at the airport", 'internet'],
  ["Ken's in the office, calling a customer's mobile. We're all Online. Media path?", 'customerNetwork'],
  ["Priya's still at the hotel, joining a meeting an Online colleague organized. All Online. Path?", 'internet'],
])('is "is": %s', (text, location) => {
  expect(slots(text).location).toBe(location);
});

it.each([
  ["Ken's meeting is hosted Online and I'm at home. Media path?", { organizer: 'online', location: 'internet' }],
  ["the user's home network has no VPN, she calls a mobile. All Online. Path?", { location: 'internet', callType: 'pstn' }],
])('stays the possessive: %s', (text, expected) => {
  expect(slots(text)).toMatchObject(expected);
});

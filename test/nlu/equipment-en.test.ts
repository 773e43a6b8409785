// Talk about network equipment is no place of a person: "the hotel wifi access points" are access points, and the
// warehouse where they were replaced is where the work was done (read as places, the writer was put on the Internet).
// A place said with "on" or "at" of a person, or after a person in the clause, still places them.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  "We're SfB Online. we replaced the hotel wifi access points at the warehouse last week. I call Bob, he is at home. What path does my call take?",
  'SfB Online. IT swapped the switches in the branch office. I call Bob at home on Skype. Path?',
  'SfB Online. The guest wifi router needs a firmware fix. I call Bob at home on Skype. Path?',
  'SfB Online 租戶。我們上週把倉庫的飯店 Wi-Fi 基地台換掉了。我用 Skype 打給在家的 Bob，路徑是？',
])('no place of the writer: %s', (text) => {
  expect(slots(text).location).toBeUndefined();
});

it.each([
  ["SfB Online. We swapped the switches last week and I'm in the branch office calling Bob at home on Skype. Path?", 'customerNetwork'],
  ["SfB Online. I'm on the hotel wifi, I call Bob at home on Skype. Path?", 'internet'],
  ["SfB Online. I'm on the guest wifi access point in the lobby of a hotel and call Bob at home on Skype. Path?", 'internet'],
  ['SfB Online 租戶。我在飯店用 Wi-Fi，用 Skype 打給在家的 Bob，路徑是？', 'internet'],
])('the writer placed: %s', (text, location) => {
  expect(slots(text).location).toBe(location);
});

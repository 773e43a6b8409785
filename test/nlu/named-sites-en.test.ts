// "at Tampines office ... also at Tampines": a name written before one of our rooms names that site, and the name alone
// after "at" is the same site; a place named with more words ("at Leeds Bradford airport") is that place, and a name
// never written with one of our rooms is no site.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ["Hybrid. User (online-homed) at Tampines office calls a colleague (on-prem homed) also at Tampines. Does the caller's signalling go over ER?", 'customerNetwork'],
  ["SfB Online. I'm at the Leeds branch calling Raj, who is at Leeds as well. Path?", 'customerNetwork'],
])('the site named again: %s', (text, peer) => {
  expect(slots(text).peer).toBe(peer);
});

it("SfB Online. I'm at the Leeds office calling Raj at Leeds Bradford airport. Path?", () => {
  expect(slots("SfB Online. I'm at the Leeds office calling Raj at Leeds Bradford airport. Path?").peer).toBe('internet');
});

it.each([
  "SfB Online. I'm at HQ calling Raj, he's at Tampines. Path?",
  'SfB Online 租戶。我在淡水辦公室打給阿明，他也在淡水，路徑是？',
])('no site said: %s', (text) => {
  expect(slots(text).peer).toBeUndefined();
});

// "ok what if I were homed online instead, same call": an acknowledgement before "what if" ("ok", "okay", "great so")
// was read as how another case went ("it works ok when ..."), so the fact after "if" was dropped and the follow-up
// got "didn't understand" (convs12 c12-10 t4). "what if" puts the case asked about, whatever opens it. Near misses:
// an outcome said of another case ("it was ok when I was in the office", "would it differ if he were at home") still
// says nothing of the case asked about. Chinese openers ("好那如果", "OK 那如果") were already read.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ['okay what if I was homed in SfB Online instead?', { homing: 'online' }],
  ['ok so what if the other guy sat at home, same call', { peer: 'internet' }],
  ['great, thanks. perfect what if I dialed in from a hotel?', { location: 'internet' }],
  ['Ok what if the meeting organizer was homed on premises', { organizer: 'onPremises' }],
  ['好，那如果我的帳號搬到線上呢？', { homing: 'online' }],
  ['OK 那如果對方在飯店呢', { peer: 'internet' }],
])('the case asked about: %s', (text, expected) => {
  expect(slots(text)).toMatchObject(expected);
});

it.each([
  'it was ok when I was at home, the calls were fine',
  'it works fine if she is in the office',
  'would it be any different if he were at home?',
])('another case, no place: %s', (text) => {
  const said = slots(text);
  expect(said.location).toBeUndefined();
  expect(said.peer).toBeUndefined();
});

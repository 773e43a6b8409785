// "Does it depend on the attendees or on who set up the meeting?" asks what decides where a meeting is hosted: the
// organizer (decided.ts), as 「是看參加的人在哪，還是看誰發的會議」 does. What "whether" opens in such a question is
// weighed, not said ("does it depend on whether I'm on the VPN?" puts nobody on our network); a scenario that asks
// it after the facts keeps them.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

it.each([
  ['does it depend on the attendees or on who set up the meeting?', 'organizer'],
  ['what does it depend on, the attendees or who set up the meeting?', 'organizer'],
  ['does it depend on who organizes the meeting?', 'organizer'],
  ['does it depend on where the user is homed?', 'homing'],
  ['是看參加的人在哪，還是看誰發的會議', 'organizer'],
])('asks what decides: %s', (text, topic) => {
  const r = recognizer.recognize(text);
  expect(r.intent).toBe('explain');
  expect(r.topic && topicId(r.topic)).toBe(topic);
});

it.each([
  "does it depend on whether I'm on the VPN?",
  'who decides whether the meeting is hosted online?',
])('weighed, not said: %s', (text) => {
  expect(recognizer.recognize(text).slots).not.toHaveProperty('location');
  expect(recognizer.recognize(text).slots).not.toHaveProperty('organizer');
});

it.each([
  ["SfB Online. I'm on the VPN at home calling Bob in the office. Does it depend on the VPN?", { location: 'customerNetwork', peer: 'customerNetwork' }],
  ["Hybrid. I'm at home, on-prem homed, joining Ken's meeting. Does it depend on where he is homed?", { location: 'internet', homing: 'onPremises' }],
])('a scenario keeps its facts: %s', (text, slots) => {
  const r = recognizer.recognize(text);
  expect(r.intent).toBe('ask');
  expect(r.slots).toMatchObject(slots);
});

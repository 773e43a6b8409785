// "How does a Skype client decide whether peer-to-peer media goes direct or through an Edge server?" asks how a thing
// chooses (decided.ts, choosesHow): the mechanism, explained by the term it names, as "who decides" and "what
// determines" are; the alternatives it weighs are said of no call. Asked of a person ("how do I decide", "how does Ken
// decide") it is that person's choice, and a scenario told after it keeps its facts (round 35: en51-69).
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

it.each([
  ['How does a Skype client decide whether peer-to-peer media goes direct or through an Edge server? Is that the ICE thing?', 'edgeServer'],
  ['How does Skype choose between a direct path and the Edge server for a 1:1 call?', 'edgeServer'],
  ['how does the client determine whether p2p media needs the Edge server', 'edgeServer'],
  ['How does it pick whether a one-on-one call is relayed by an Edge Server?', 'edgeServer'],
])('how a thing chooses is the mechanism asked: %s', (text, topic) => {
  const r = recognizer.recognize(text);
  expect(r.intent).toBe('explain');
  expect(r.topic && topicId(r.topic)).toBe(topic);
  expect(r.slots).not.toHaveProperty('location');
  expect(r.slots).not.toHaveProperty('peer');
});

it.each([
  ["how does Ken decide whether to join from home or the office? online tenant, meeting organized online", { deployment: 'online', organizer: 'online' }],
  ["How does a Skype client decide whether peer-to-peer media goes direct? We're Online, I'm in the office calling Bob at home.", { deployment: 'online', location: 'customerNetwork', peer: 'internet' }],
  ["we're online and I'm in the office; how does the Edge server get chosen when I call Bob at home?", { deployment: 'online', location: 'customerNetwork', peer: 'internet' }],
])('a person who chooses, or a call told beside it, stays a call: %s', (text, slots) => {
  const r = recognizer.recognize(text);
  expect(r.intent).toBe('ask');
  expect(r.slots).toMatchObject(slots);
});

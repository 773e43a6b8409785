// English misses of blind round 54 (dev45), by cause:
// - "rang the water board's hotline": a service's line after the call word is dialled, a phone call (slots.ts
//   dialedPhone); it was read as a call between two clients.
// - "from the depot... sorry, I meant from the café": the place said after the writer takes it back is where they are
//   (items.ts CORRECTION_PAIRS).
// Near misses: a ticket number is no number dialled; "I mean, what does it mean" still asks what something means.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

it.each([
  ['Maria rang the bank\'s fraud hotline from her desk. We\'re Online with Cloud Connector and the office is on our LAN. Local or over ER?'],
  ['Tom called the airline\'s booking helpline from the office today. We run Skype Online with CCE, office on our WAN. Does that go over ER?'],
])('a service line after the call word is dialled: %s', (text) => {
  const recognition = recognizer.recognize(text);
  expect(recognition.intent).toBe('ask');
  expect(recognition.slots.callType).toBe('pstn');
});

it.each([
  ['I phoned my colleague from the office, and the ticket number is 4471. We are all Online. Local or ER?'],
])('a number that is not dialled is no phone call: %s', (text) => {
  expect(recognizer.recognize(text).slots.callType).not.toBe('pstn');
});

it.each([
  ['Ken is joining the review I organise (all of us are Skype Online) from the depot... sorry, I meant from the café on the corner, on their wifi. His path?', 'internet'],
])('a place said again after the writer takes it back is where they are: %s', (text, location) => {
  const recognition = recognizer.recognize(text);
  expect(recognition.intent).toBe('ask');
  expect(recognition.slots.location).toBe(location);
});

it.each([
  ['I mean, what does ExpressRoute even mean?'],
  ['what is the difference between the Edge and the internet?'],
  ['how is ExpressRoute different from the internet?'],
])('a question about what something means or how it differs still explains: %s', (text) => {
  expect(recognizer.recognize(text).intent).toBe('explain');
});

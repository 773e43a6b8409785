// What-ifs that move someone with a verb or words the vocabulary does not know (movewhatif55, session 54's blind
// conversations):
// - "what if I spoke from the hotel lobby instead?", 「如果主任改成在機場主講呢？」: a supposition that puts someone at a
//   place is about the call, though two words of it ("spoke", "instead"; 主, 講) are unknown (intents.ts).
// - "what if the ticket desk guy was at home?": in a what-if, a place right before a person noun is whom the person is
//   called by, not where they are (placeNamedPeople.ts).
// - "the cabin is on a public internet line, nothing of ours": a line to the Internet is a network on the Internet.
// Near misses: a what-if about something else with many unknown words stays out of scope; outside a what-if, "the
// office user" is in the office.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

it.each([
  ['what if I spoke from the hotel lobby instead?', { location: 'internet' }],
  ['what if I presented from the hotel instead?', { location: 'internet' }],
  ['如果主任改成在機場主講呢？', { location: 'internet' }],
  ['如果我改在家裡主講呢？', { location: 'internet' }],
])('a what-if that moves someone with an unknown verb: %s', (text, slots) => {
  const recognition = recognizer.recognize(text);
  expect(recognition.intent).toBe('ask');
  expect(recognition.slots).toEqual(slots);
});

it.each([
  ['what if the ticket desk guy was at home?', 'internet'],
  ['what if the warehouse guy was on the train?', 'internet'],
])('a place that names the person moved by a what-if: %s', (text, location) => {
  expect(recognizer.recognize(text).slots.location).toBe(location);
});

it.each([
  ['and from the cabin by the lake? it sits on a public internet line, none of our WAN'],
  ['and from the lake house? it only has a broadband line'],
])('a place with only a line to the Internet: %s', (text) => {
  const recognition = recognizer.recognize(text);
  expect(recognition.intent).toBe('ask');
  expect(recognition.slots.location).toBe('internet');
});

it('a what-if about something else, with many unknown words, stays out of scope', () => {
  expect(recognizer.recognize('If an orderly rings the emergency number from a Skype handset in the ward, is the caller\'s address passed on to the dispatcher?').intent).toBe('none');
});

it('outside a what-if, the office user is in the office', () => {
  expect(recognizer.recognize('Hybrid. The office user calls someone working from home. Signaling?').slots).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
});

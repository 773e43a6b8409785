// A text that only names someone by a trade whose name holds a place ("and the lab tech's side?", "what about the
// depot foreman?"): the place word is part of the name, not where anyone is (placeNamedPeople.ts). Read as a place,
// a follow-up about the other party moved the one asked about before into that room: a wrong answer. English only
// (the rule is: a Chinese place before a person is as often where they are).
// Near misses: the place is still where someone is when the text says anything else (a call, "is", an account), and
// when the person word is anyone at all ("the office user", "a remote attendee"): there the place is what tells
// them apart.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

it.each([
  ["and the lab tech's side?"],
  ['what about the depot foreman?'],
  ["and the warehouse supervisor's route?"],
  ['just the media for the clinic receptionist'],
])('a trade named with a place says no place: %s', (text) => {
  expect(recognizer.recognize(text, 'en').slots.location).toBeUndefined();
});

it.each([
  ['the lab tech is in the lab', 'customerNetwork'],
  ['what if the lab tech works from home?', 'internet'],
  ['path for the office user?', 'customerNetwork'],
  ["does a remote attendee's media cross ExpressRoute?", 'internet'],
])('a place still says where someone is: %s', (text, location) => {
  expect(recognizer.recognize(text, 'en').slots.location).toBe(location);
});

// A place planned before and then turned against by a guess of another place in the same sentence (placesInDoubt.ts,
// planTurnedToGuess): 「我本來要進公司，但老闆說可能讓大家在家開」, "I was going to join from the office, but I might do
// it from home". The plan no longer holds and the guess is no place either, so where the writer is stays asked. A blind
// class set of meetings (round 46) read the office there, and with the meeting's host read too answered a vague question.
// Near misses: a plan turned by a place said plainly (that place holds), a guess that names no other place, a plan
// kept, and a place said of now.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const NEITHER: readonly string[] = [
  'I was going to join the all-hands from the office, but I might do it from home. We are Skype Online. Path?',
  'I planned to dial in from our Leeds branch, but the trains may be off, so perhaps from home instead. SfB Online. ER?',
  'We were going to take the review from HQ, however we may all end up at the hotel. All Online. Which path?',
  '明天的全員大會我原本打算在公司參加，不過可能改在家，我們是 Skype Online，路徑？',
  '我本來要在台中分公司加入會議，但可能會在高鐵上就開始，我們是 Skype Online，媒體走哪？',
  '原先要進辦公室開週會，可是主管說大家可能會在家連，我們全部 Online，走 ER 嗎？',
];

it.each(NEITHER)('a plan turned to a guess leaves the place asked: %s', (text) => expect(slots(text).location).toBeUndefined());

const KEPT: readonly [string, string][] = [
  // Turned by a place said plainly: that place is where the call is made.
  ['明天的全員大會我本來要進公司，結果老闆叫大家在家開。我們是 Skype Online，路徑？', 'internet'],
  // A guess that names no other place: the plan still tells where.
  ['I was going to join from the office but it might be cancelled. We are Skype Online. Path?', 'customerNetwork'],
  ['我本來要在公司參加，但可能會晚到，我們是 Skype Online，路徑？', 'customerNetwork'],
  // No plan: a place of now and a guess of someone else's.
  ['I join from the office; my colleague might be at home. We are Skype Online. Path?', 'customerNetwork'],
  ['我在公司參加，但同事可能在家，我們是 Skype Online，路徑？', 'customerNetwork'],
];

it.each(KEPT)('a place still said: %s', (text, location) => expect(slots(text).location).toBe(location));

// After a what-if that changes one of the two people of a call, their side asked "after the move", "after the
// change": the what-if on screen, as "then" says it, and their paths first (conv66v, a dev set: the other one's paths
// were shown first). Near miss: the writer's own side after it is still the user's. English only: the Chinese
// follow-up says 之後 before the person, which reads as before.
import { type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { answeredFor } from './harness';

const recognizer = createRecognizer();

const CALL = 'We are hybrid. I call Ines from my desk, both of us in the office and both homed on-premises. Paths?';
const WHAT_IF = 'what if Ines is moved to Skype Online next month?';

const ASKED: [string, Locale, string[], 'user' | 'peer'][] = [
  ['her side after the move', 'en', [CALL, WHAT_IF, 'and her side after the move?'], 'peer'],
  ["the other one's route after the change", 'en', [CALL, WHAT_IF, "what about Ines's route after the change?"], 'peer'],
  ['her paths after that', 'en', [CALL, WHAT_IF, 'and for Ines after that?'], 'peer'],
  ['near miss: my side after the move', 'en', [CALL, WHAT_IF, 'and my side after the move?'], 'user'],
];

it.each(ASKED)('%s (%s)', async (_name, locale, turns, perspective) => {
  expect(await answeredFor(recognizer, locale, turns)).toBe(perspective);
});

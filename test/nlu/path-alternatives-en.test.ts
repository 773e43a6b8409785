// "Local or cloud?": "cloud" offered against a path is where the traffic goes, not a homing (the vague question was
// answered with the caller homed Online). A homing said of someone, or offered against another homing, is unchanged.
// English only: 「走本地還是雲端？」 still reads 雲端 as a homing (left to the Chinese lane).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  "We're hybrid. Someone in the Leeds branch (on the WAN) is calling a landline. Local or cloud?",
  "We're hybrid. Someone in the Leeds branch (on the WAN) is calling a landline. Cloud or local?",
])('a path offered: %s', (text) => {
  expect(slots(text).homing).toBeUndefined();
});

it.each([
  ["We're hybrid, I'm homed in the cloud, in the office, calling a landline. Local or ER?", 'online'],
])('a homing said: %s', (text, homing) => {
  expect(slots(text).homing).toBe(homing);
});

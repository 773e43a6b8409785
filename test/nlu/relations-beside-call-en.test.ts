// "Mei is in the office calling Jorge. Jorge's boss Frank is also in the office": someone's relation, named by their
// name after the relation word, is not in a call between two others, so where they are is not the other party's place
// (read as the other party's, it answered). Beside no named callee, or called themselves, they still are.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("a relation named beside a call to someone else is not in it", () => {
  it.each([
    "We're all Online. Ana is in the office calling Ben. Ben's boss Carl is also in the office today. What's Ana's media path?",
    "SfB Online. Ana calls Ben from the office. Ben's manager Dora is at the office as well. Ana's path?",
    "We're Online only. Ana is at HQ, calling Ben; Ben's supervisor Eli is at HQ too. Path for Ana?",
  ])('%s', (text) => {
    expect(slots(text).peer).toBeUndefined();
  });
});

describe('a relation who is called still is', () => {
  it.each([
    ["We're all Online. Ana is in the office calling Ben's boss Carl, who is also in the office. What's Ana's media path?", 'customerNetwork'],
    ["SfB Online. Ana calls her manager Dora from the office; Dora is at home. Ana's path?", 'internet'],
  ])('%s', (text, peer) => {
    expect(slots(text).peer).toBe(peer);
  });
});

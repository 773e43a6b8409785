// "Brenda (accounts payable, the one with the standing desk)": a standing desk is furniture that tells who someone
// is, not where they sit for the call ("desk" alone read as our office put her on our network). "At her desk in the
// office", "at her standing desk in the office" still place her by the office. The writer's own couch or sofa is at home.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  "We're all SfB Online. Dora (payroll, the one with the standing desk) has a Skype 1:1 with Ali. Dora was working from somewhere, not sure where. Which path does her call take?",
  "SfB Online. Ken got a new sit-stand desk last week and now has a Skype call with Ali. Which path does his call take?",
])('%s', (text) => {
  expect(slots(text).location).toBeUndefined();
});

it.each([
  "We're all SfB Online. Dora is at her standing desk in the office on a Skype 1:1 with Ali. Which path does her call take?",
  "We're all SfB Online. Dora is at her desk on a Skype 1:1 with Ali. Which path does her call take?",
])('%s', (text) => {
  expect(slots(text).location).toBe('customerNetwork');
});

it.each([
  "We're all SfB Online. I'm joining my manager's Skype meeting from my couch tonight. Which path does my media take?",
  "We're all SfB Online. I'm on my sofa, joining my manager's Skype meeting. Which path does my media take?",
])('%s', (text) => {
  expect(slots(text).location).toBe('internet');
});

// Whom a message's place or homing is said of, when the dialog needs it (src/nlu/subject.ts): only the writer, only a
// pronoun, only someone by name, or none of these (a role, several kinds of people, or nobody at all).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

const CASES: [string, 'writer' | 'pronoun' | 'someone' | undefined][] = [
  ["I'm working from home today", 'writer'],
  ['my account is still on the on-prem pool', 'writer'],
  ['我的帳號還在地端', 'writer'],
  ['我人在飯店', 'writer'],
  ["what if she's at home?", 'pronoun'],
  ['and if he was at the hotel?', 'pronoun'],
  ['what if her account was on-prem?', 'pronoun'],
  ['那如果他在家呢？', 'pronoun'],
  ['如果她的帳號在地端呢？', 'pronoun'],
  ['what if Priya is at home?', 'someone'],
  ['and if Aisha joined from the hotel?', 'someone'],
  ['what if Priya and I were at home?', undefined],
  ['what if the other party is at home?', undefined],
  ['what if my manager is at home?', undefined],
  ['I am in the office and she is at home', undefined],
  ['如果對方在家呢？', undefined],
  ['at home', undefined],
  ['hybrid conference', undefined],
];

it.each(CASES)('%s -> %s', (text, subject) => {
  expect(recognizer.recognize(text).subject).toBe(subject);
});

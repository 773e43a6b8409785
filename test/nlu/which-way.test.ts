// "Which way does his connection go?": a question of which way, with no traffic word the vocabulary knows, after a
// booking said in an assistant's words ("which I booked for him in his calendar") was read as a question about
// something else (round 30, dev27): "calendar" is a word of other tasks, and "which way" asked no route. "Which way"
// asks the route as "which path" does; a calendar question with no route asked stays out of scope.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

it.each([
  "My boss (Mr. Adeyemi) has the board prep meeting, which I booked for him in his calendar from our tenant. We're all on Skype Online. He'll be joining from his hotel in Singapore. Which way does his connection go?",
  'I put the meeting in his calendar. All Online, he joins from a hotel. What way does it go?',
])('asks the route: %s', (text) => {
  expect(recognizer.recognize(text)).toMatchObject({ intent: 'ask', slots: { location: 'internet', callType: 'conference' } });
});

it.each(['how do I share my calendar with an assistant?', 'which way do I add a delegate to his calendar in Outlook?'])('stays out of scope: %s', (text) => {
  expect(recognizer.recognize(text).intent).toBe('none');
});

// The same message named the boss with an honorific in an aside ("My boss (Mr. Adeyemi)"): the aside was not linked
// to the title, so "he" stood for two people and his hotel placed no one.
describe('a title and an honorific name after it are one person', () => {
  it.each(['My boss (Mr. Adeyemi)', 'My boss (Mr Adeyemi)', 'My boss, Mr. Adeyemi,', 'Our CFO (Ms. Dana Whitfield)', 'My director, Dr. Chen,'])('%s', (who) => {
    const text = `${who} has the board prep meeting. We're all on Skype Online. He'll be joining from his hotel. What path does his media take?`;
    expect(recognizer.recognize(text).slots).toMatchObject({ location: 'internet', deployment: 'online', callType: 'conference' });
  });
});

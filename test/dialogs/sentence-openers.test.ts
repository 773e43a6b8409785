// A capitalized word that opens a sentence is no one's name: "From the office, I Skype Tom …" had named a user "From",
// so the call between the writer and Tom had three people, Tom was not kept as the other party, and "and Tom's paths?"
// was asked back whom it meant.
import { createRecognizer } from '../../src/nlu';
import { kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const OPENINGS: Array<[string, string]> = [
  ['From the office, I Skype Tom, who is at home. Both homed online, hybrid. My paths?', 'Tom'],
  ['Now, in the office, I call Maya on Skype; she is at home. Hybrid, both homed online. What are my paths?', 'Maya'],
  ['With my laptop at my desk I Skype Ravi, he is on hotel Wi-Fi. Hybrid, both of us homed online. Paths?', 'Ravi'],
];

describe.each(OPENINGS)('%s', (opening, other) => {
  it(`keeps the writer and ${other} as the call's two people, and answers for ${other} when asked by name`, async () => {
    const conversation = startConversation({ recognizer, locale: 'en' });
    const [first] = await conversation.say(opening);
    expect(kindOf(first, 'en')).toBe('answer');
    expect((await conversation.session()).people).toEqual({ I: 'user', [other]: 'peer' });
    const replies = await conversation.say(`and ${other}'s paths?`);
    expect(kindOf(replies.at(-1)!, 'en')).toBe('answer');
  });
});

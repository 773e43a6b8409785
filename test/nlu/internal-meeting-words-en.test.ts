// "our firm's internal strategy meeting": "internal" before a meeting, past a few plain words saying what it is about,
// says what the meeting is, not where anyone is (dev43: read as our network, it put someone on public wifi on our
// network and the answer was ExpressRoute's). A place said as where someone is stays theirs. Inputs written for this test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('"internal" with words about the meeting before it', () => {
  it.each([
    "From the hotel wifi I join the company's internal product roadmap meeting. We're SfB Online. Signalling route?",
    "On the train wifi, dialling into our firm's internal hiring review meeting. Everyone is on Skype Online. Media path?",
    'On the airport wifi for an internal audit planning meeting. All of us are Skype Online. Where does media go?',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', callType: 'conference' });
  });
});

describe('near misses: a place said as where someone is', () => {
  it.each([
    'On the internal network, joining a strategy meeting. We are on Skype Online.',
    "I'm in the office, joining the quarterly strategy meeting. We are on Skype Online.",
  ])('%s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
  });
});

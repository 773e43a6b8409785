// Questions about the people watching a broadcast, in English and Chinese: the recognizer says so (perspective
// `attendees`) so their path leads the answer; "attendees" of anything but a broadcast, and questions about the
// presenter, are about the user.
import { createRecognizer } from '../../src/nlu';
import { perspectiveOf } from '../../src/nlu/perspective';

const recognizer = createRecognizer();

describe('a question about the broadcast audience', () => {
  it.each([
    'What path do people watching the broadcast take?',
    'does the broadcast stream to attendees use ExpressRoute?',
    'Skype Meeting Broadcast: how do attendees receive the stream?',
    'viewers of the live event',
    'How do attendees watch a Skype Meeting Broadcast from our network?',
    '觀眾看會議廣播走哪條路？',
    '出席者收看廣播時媒體走哪裡？',
    '观众观看会议广播走哪条路？',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).perspective).toBe('attendees');
  });
});

describe('a question about the user', () => {
  it.each([
    'Where does the media go when I join a conference?',
    'attendees joining a conference from the office',
    'Skype Meeting Broadcast presenter in the office',
    'where does media go for a hybrid conference?',
    '混合式部署的會議，媒體會走哪裡？',
    '會議出席者在辦公室',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).perspective).toBeUndefined();
  });

  it('is said only for a call-flow question', () => {
    expect(recognizer.recognize('help, I am watching').perspective).toBeUndefined();
  });
});

describe('perspectiveOf', () => {
  it('takes "attendees" as the audience only of a broadcast, and watching words of any call', () => {
    expect(perspectiveOf('the attendees', { callType: 'broadcast' })).toBe('attendees');
    expect(perspectiveOf('the attendees', { callType: 'conference' })).toBeUndefined();
    expect(perspectiveOf('the attendees', {})).toBeUndefined();
    expect(perspectiveOf('people watching from home', {})).toBe('attendees');
    expect(perspectiveOf('', {})).toBeUndefined();
  });
});

describe("someone's calls described, not asked about (round 4)", () => {
  it("reads the speaker at the office when the CEO's calls from the hotel are only compared", () => {
    expect(recognizer.recognize("the CEO says his calls from the hotel were fine but mine from the office drop. We're SfB Online. Why, path-wise?").slots).toMatchObject({ location: 'customerNetwork' });
  });

  it('still takes "her call" asked about as her side', () => {
    expect(recognizer.recognize('Online only. I am in the office; the CFO is at home off VPN. What path does her call take?').slots).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

// Explain and out-of-scope shapes of round 27, in inputs written for this test: a question that asks what decides a
// fact ("who decides where a meeting is hosted", 「是誰決定的」「怎麼決定」) asks about the fact, and the values it
// offers as alternatives state nothing. The same facts said of a call, with its path asked, keep it a call question.
import { createRecognizer } from '../../src/nlu';
import { topicId } from '../../src/nlu/topics';

const recognizer = createRecognizer();

const explained = (text: string) => {
  const r = recognizer.recognize(text);
  return [r.intent, r.topic && topicId(r.topic)];
};

describe('what decides a fact: the fact explained, its alternatives not stated', () => {
  it.each([
    ['who decides where a meeting is hosted? the organizer or the attendees?', 'organizer'],
    ['What determines whether a meeting is hosted on-prem or online?', 'organizer'],
    ['what determines where a user is homed?', 'homing'],
    ['會議是辦在雲端還是辦在我們機房，是怎麼決定的？', 'organizer'],
    ['會議辦在雲端還是機房？是誰決定的？', 'organizer'],
    ['由誰決定會議是辦在地端還是雲端', 'organizer'],
    ['誰決定使用者 homed 在哪裡？', 'homing'],
  ])('%s', (text, topic) => {
    expect(explained(text)).toEqual(['explain', topic]);
    const { slots } = recognizer.recognize(text);
    expect(slots.organizer).toBeUndefined();
    expect(slots.location).toBeUndefined();
  });
});

describe('the same facts said of a call whose path is asked: a call question', () => {
  it.each([
    ['會議辦在雲端，我在家，媒體走 ER 還是外網？', { organizer: 'online', location: 'internet' }],
    ['The meeting is hosted online and I am at home: does my media go over ER or the internet?', { organizer: 'online', location: 'internet' }],
    ['是誰決定會議要辦在雲端還是機房？我在家參加 Online 的會議，媒體走哪？', { organizer: 'online', location: 'internet' }],
    ["who decides where a meeting is hosted? I'm at home joining an Online meeting, what's my media path?", { organizer: 'online', location: 'internet' }],
  ])('%s', (text, slots) => {
    const r = recognizer.recognize(text);
    expect(r.intent).toBe('ask');
    expect(r.slots).toMatchObject(slots);
  });
});

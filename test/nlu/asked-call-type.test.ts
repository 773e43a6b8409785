// Two calls told, one asked about: round 32's hostile set pasted a table of four people (h12-21), Priya's row with a
// meeting organised by Dev, Tomasz's with "1:1 with Priya", and asked "signaling + media for his 1:1 with Priya?". Both
// call types named made the call type unknown, and the meeting's organizer then implied a conference: a wrong answer.
// The call type named in the sentence that asks which way someone's traffic goes is the one asked about; a sentence
// that asks of nobody's call ("is Audio Conferencing included?") or names no traffic decides nothing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();

describe('of two calls told, the one the question names', () => {
  it.each([
    [
      "Priya has a meeting organised by Dev today. Tomasz (on-prem, Warsaw office) has a 1:1 with Priya (Online, Singapore office). we're hybrid. signaling + media for Tomasz's 1:1 with Priya?",
      'peerToPeer',
    ],
    [
      "Priya had a 1:1 with Tomasz this morning. This afternoon she joins a meeting organised by Dev (Online). We're all Online, she's in the office. Where does Priya's media go for Dev's meeting?",
      'conference',
    ],
    ['小美今天有一場阿凱開的會議。阿明（帳號在地端，在台北辦公室）跟小美（Online，在新竹辦公室）今天一對一通話。我們是混合式。阿明那通一對一的訊號和媒體走哪？', 'peerToPeer'],
    ['小美今天有一場阿凱開的會議，阿明跟小美也有一對一通話。我們是混合式，都在公司。阿凱的會議媒體走哪？', 'conference'],
  ])('%s', (text, callType) => {
    expect(recognizer.recognize(text).slots.callType).toBe(callType);
  });
});

describe('no call asked about by name: the call type stays unknown', () => {
  it.each([
    'Tomasz has a 1:1 with Priya and a meeting with Dev. Where does the media go?',
    'Tomasz has a 1:1 with Priya (Online) and a meeting with Dev. What path?',
  ])('%s', (text) => {
    expect(recognizer.recognize(text).slots.callType).toBeUndefined();
  });
  it('a licensing question naming products stays out of scope', () => {
    const r = recognizer.recognize("We're moving 300 users to Teams and want them to make outside calls. Do we need E5 or the Phone System add-on? And is Audio Conferencing included?");
    expect(r.intent).toBe('none');
    expect(r.slots).toEqual({});
  });
});

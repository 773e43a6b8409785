// A meeting said by its name or its slot is a conference: "the QBR", "the review call", "the board prep call", "the
// 10am sync", "our sync". Words that name other things stay what they were: "contacts don't sync", "Notes
// from UC sync" (the meeting the notes are from), "a call with Aisha".
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a meeting by its name or slot is a conference', () => {
  it.each([
    'the 10am sync keeps freezing for me. does it go over expressroute?',
    'the 9:30 sync has choppy audio for me, does it use ER?',
    'our sync keeps dropping, does the audio go over ExpressRoute?',
    "I booked the QBR for my manager and she'll join from a hotel tomorrow. Does her audio go over ExpressRoute?",
    'Our CFO has the quarterly business review today; she joins from home. Does her call use ExpressRoute?',
    'The review call is at noon, I join from the office. Does it go over ExpressRoute?',
    'I set up the board prep call for my boss; he joins from the office. Does his audio use ExpressRoute?',
    'the status call with the vendor froze again; I was at home. media over ER?',
    'Joining the kickoff call from the airport lounge, does that go over ExpressRoute?',
  ])('%s', (text) => {
    expect(slots(text).callType).toBe('conference');
  });
});

describe('other syncs are no meeting', () => {
  it.each([
    ["my outlook contacts don't sync with skype, why?", undefined],
    ['Notes from UC sync / Q: a colleague at HQ dials a mobile number, which path?', 'pstn'],
    ['We are SfB Online. I am in the office on a Skype call with Aisha, who is at home. My media path?', 'peerToPeer'],
  ])('%s', (text, callType) => {
    expect(slots(text).callType).toBe(callType);
  });
});

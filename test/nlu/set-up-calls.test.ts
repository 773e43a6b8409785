// Shared with Chinese (「小王安排了這通電話，小李和小陳會加入」).
// "Priya (sales) set up the client call, Mohan (finance) and Kiran (legal) are attending": a call someone set up, that
// others join, is a meeting (read as a call between two, it asked where the other party is). "I booked a call with
// the vendor" is still between two, and a call nobody is said to join says nothing more than before.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a call set up that others join is a conference', () => {
  it.each([
    'Priya (sales) set up the client call, Mohan (finance) and Kiran (legal) are attending. Kiran is joining from the Pune office on LAN. Path for Kiran?',
    'Mr. Rao organised the call; Ms. Devi will join from the Delhi office LAN and Mr. Sen joins from home. Path for Ms. Devi?',
    'Our COO scheduled the call for Friday, and the two regional leads are joining from their offices. SfB Online. Path?',
    '小王安排了這通電話，小李和小陳會加入。小陳在台北辦公室。小陳的路徑？',
    '主管約了這通電話，我跟小李會參加，我在公司。我的路徑？',
  ])('%s', (text) => {
    expect(slots(text).callType).toBe('conference');
  });
});

describe('other calls set up are not', () => {
  it.each([
    ["SfB Online. I booked a call with the vendor's account manager, Ben, who is at home; I'm in the office. My path?", 'peerToPeer'],
    ["SfB Online. Ana set up a call to Ben; she's in the office and he joins from home. Her path?", 'peerToPeer'],
  ])('%s', (text, callType) => {
    expect(slots(text).callType).toBe(callType);
  });
});

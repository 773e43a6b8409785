// "All our staff", "all of our employees" said homed somewhere are the whole organization (a deployment), as "all
// staff" and "all our people" were: read as a person word after two fillers, the homing went to the other party of a
// call, and a meeting set up by a title had no organizer. The same in Chinese ("我們全體員工").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('all of our staff, homed', () => {
  it.each([
    'All our staff are homed in Skype Online. The harbour master set up the briefing; I join from the office on the LAN. Path?',
    'All of our employees are homed in SfB Online. I am joining the weekly review the plant director booked, from my desk on the corporate network. Path?',
    '我們全體員工的帳號都在 Skype Online。廠長排了明天的會，我在辦公室用公司網路加入。路徑？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', organizer: 'online', callType: 'conference', location: 'customerNetwork' });
  });

  it('is nobody in a call between two', () => {
    expect(slots('All of our staff are homed in Skype Online. I call a colleague; we are both in the office on the LAN. Path?')).toEqual({
      deployment: 'online',
      callType: 'peerToPeer',
      location: 'customerNetwork',
      peer: 'customerNetwork',
    });
  });
});

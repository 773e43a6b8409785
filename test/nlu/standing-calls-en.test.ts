// "the CFO's standing call": someone's standing (recurring) call is their meeting, a conference they organize, as
// "Ken's weekly" is; read as a call word, the CFO became the other party of a peer-to-peer call. A standing call
// *with* one person is still a call between the two.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ["the CFO's standing call - CFO's account is still on the on-prem servers. I've been moved to online (hybrid env). I'm in the office plugged in. what's my signaling path and what's my media path?", { callType: 'conference', organizer: 'onPremises', location: 'customerNetwork', homing: 'online' }],
  ["Dana's sitting in a customer's lobby on their guest wifi and has to join the CFO's standing call at 9. All of us are on Skype for Business Online, no servers in-house, and the CFO sends that invite himself. Does her media go through our ER circuit or not?", { callType: 'conference', organizer: 'online', location: 'internet' }],
  ["SfB Online. I'm in the office joining the standing meeting of the sales team. Path?", { callType: 'conference', location: 'customerNetwork' }],
  ['SfB Online 租戶。我在家參加財務長的例行會議，路徑是？', { callType: 'conference', location: 'internet' }],
])('a meeting: %s', (text, want) => {
  expect(slots(text)).toMatchObject(want);
});

it("SfB Online. I'm at home; I have a standing call with Ken every Monday, he's in the office. Path?", () => {
  expect(slots("SfB Online. I'm at home; I have a standing call with Ken every Monday, he's in the office. Path?")).toMatchObject({ callType: 'peerToPeer', peer: 'customerNetwork', location: 'internet' });
});

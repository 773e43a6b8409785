// "Two guys in the Munich office (on the WAN) ... they have a p2p call": a count of two before "guys" is the pair of
// the call, as "two engineers" was, so the place said of them is both parties'
// (convs12 c12-9 asked "where is the other party?" three times). Chinese counted pairs ("兩位同仁") already were.
// Near misses: "guys" said to the reader ("thanks guys", "can you guys tell me"), a group that is no pair ("a few
// folks are still on-prem"; "folks" stays no person word: "corporate folks moved to Online" is a part of the
// organization, "calls with folks from the plant" no one person), one of them somewhere else.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  'Two guys in the Leeds branch are on a 1:1 Skype call, Hybrid, Jonas on-prem and Felix Online. Which way does the media go?',
  'two guys at HQ skyping each other, we are all Online. signaling path?',
  'Online tenant. the two guys in finance at our head office have a peer-to-peer call. does it cross ER?',
  '慕尼黑辦公室的兩位同仁互打一對一 Skype，都是 Online 帳號，路徑？',
  '兩名工程師都在總部，點對點通話，混合式，訊號怎麼走？',
])('the pair, both on our network: %s', (text) => {
  expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
});

it.each([
  ["thanks guys. I'm at home on a p2p call with a colleague, Online. path?", 'internet', undefined],
  ['can you guys tell me the media path when I call a coworker from the office? we are all Online', 'customerNetwork', undefined],
  ['a few guys in the office are still on-prem; I call one of them from home. Hybrid, I am Online. path?', 'internet', 'customerNetwork'],
  ['我在家，打給辦公室的一位同仁，都是 Online，路徑？', 'internet', 'customerNetwork'],
])('no pair: %s', (text, location, peer) => {
  expect(slots(text).location).toBe(location);
  expect(slots(text).peer).toBe(peer);
});

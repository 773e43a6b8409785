// Facts said once for both people of a call, in shapes that reached only one of them (session 59, lane enasked):
// - "my colleague Jo also." closing its clause says of Jo what was just said of the writer, as "Jo too" does (the
//   vocabulary reads "also" as a clause boundary, so the likewise reading never saw it);
// - "Both huts are on our WAN", "both PCs on the staff LAN": "both" counting things is no person, and the place
//   said of the pair's things (where each of them calls from) is both parties';
// - "calls Jo in Dundee (also on our WAN)": an aside after a town named right after the person is that person's.
// Near misses: "also" going on to a verb, machines and sites said of with nothing of anyone ("both pools are in
// our datacenter", "breakout in both sites"), an aside after a thing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

it.each([
  ['Hybrid setup. I am homed on the on-prem pool, my teammate Bram also. We sit together in the Ghent office. When I Skype him, where does my media go?', 'onPremises', 'onPremises'],
  ["We're hybrid. I've been moved to Online, Noor also. I'm at my desk in HQ and call Noor, who is at HQ too. Path?", 'online', 'online'],
  ['混合式部署，我是地端帳號，同事阿哲也是。我們都在公司，我打給他，媒體怎麼走？', 'onPremises', 'onPremises'],
])('a homing said of the writer and then of the other party with "also": %s', (text, homing, peerHoming) => {
  expect(slots(text)).toMatchObject({ homing, peerHoming, callType: 'peerToPeer' });
});

it.each([
  'Both kiosks are on our corporate LAN. I Skype the attendant at the other kiosk, just the two of us. We are Skype for Business Online. My path?',
  'Online tenant. The dispatcher calls the yard foreman on Skype; both PCs are on the depot network. Path for the dispatcher?',
  'Both cabins (North and South) are on our WAN over the radio link. I call the other cabin on Skype, we are all Online. Which way does it go?',
])('a place said of the pair\'s things is both parties\': %s', (text) => {
  expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', callType: 'peerToPeer' });
});

it('an aside after the town someone called is in is theirs', () => {
  expect(slots("I'm at our Perth office on the LAN and I call Fiona in Dundee (also on our WAN). We're all on Skype Online. My path?")).toMatchObject({
    location: 'customerNetwork',
    peer: 'customerNetwork',
  });
});

it.each([
  // "also" going on to what the other one does is no likewise: the homing is the writer's alone.
  ['Hybrid. I am homed Online; Lars also calls me from home now and then. I am in the office. Path?', { homing: 'online', peerHoming: undefined }],
  // Machines and sites said of, with nothing of anyone: no place of the other party.
  ['Hybrid. Both pools are in our datacenter. I call Lars on Skype from the office. Path?', { peer: undefined }],
  ['We have local internet breakout in both sites. I call Lars on Skype from the office, all Online. Path?', { peer: undefined }],
])('no fact for the other party: %s', (text, expected) => {
  const said = slots(text);
  for (const [slot, value] of Object.entries(expected)) expect(said[slot as keyof typeof said]).toBe(value);
});

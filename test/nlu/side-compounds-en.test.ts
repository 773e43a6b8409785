// "the client-side firewall blocks the direct path", "server side NAT": a bare side word right before a thing it
// qualifies names where the thing sits, not the side of the call asked about, so the one the facts are about stays
// the user. "Ana's side", "Ana side path?", "on the caller side?" still ask about a side, and so does a side as the
// label of a question ("Ana's end: signaling and media?").
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const owners = ['client', 'Client', 'customer', 'server', 'user', 'remote'];
const things = [
  '{o}-side firewall blocks the direct path',
  '{o} side firewall blocks UDP',
  '{o}-side NAT blocks UDP to the edge',
  '{o} side router drops the direct UDP path',
  '{o}-side proxy blocks the direct path to the O365 edge so it relays through our on-prem Edge',
];
const meeting = 'Hybrid. On-prem homed user at home on the internet joins an Online-hosted meeting';

describe('a side word qualifying a thing asks about no side', () => {
  it.each(owners.flatMap((o) => things.map((t) => t.replace('{o}', o))).flatMap((t) => [`${meeting}, and the ${t}. Where does the media go?`, `${meeting}. The ${t}. Path?`]))('%s', (text) => {
    expect(slots(text)).toEqual({ deployment: 'hybrid', callType: 'conference', homing: 'onPremises', location: 'internet', organizer: 'online', firewall: 'blocksDirect' });
  });
});

describe('a side asked about still is', () => {
  const call = 'Skype Online. Ben at home calls Ana in the office.';
  it.each(["What about Ana's side?", 'Ana side path?', "For Ana's side, which path?", 'What is the path on Ana side?', 'Which path on her side?', "Ana's end: signaling and media?", "Ana's side: path?", "Ana's leg: sig + media?"])('%s', (question) => {
    expect(slots(`${call} ${question}`)).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
  it('a side said as a label, then nothing asked, asks nothing', () => {
    expect(slots(`${call} Ana's side: she is fine. Path?`)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
  it('the caller side', () => {
    expect(slots(`${call} Path on the caller side?`)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

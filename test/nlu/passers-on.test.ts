// Who only passes something on is not in the call (src/nlu/reporters.ts): "my manager told me calls from home go over
// the internet", "同事說我們 Skype 都走 ER", "聽同事說…"; nor is "me" in "could you tell me", "let me know". Counted as
// the other party, they made a call between two people out of calls in general (dev en11, zh22 vague questions
// read one-to-one). Whoever is referred to again ("Mei says her video freezes"), called or hosting still counts.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const reportersEn = ['My manager', 'A colleague', 'Our network guy', 'The vendor', 'Priya', 'Someone on the helpdesk'];
const verbsEn = ['told me', 'said', 'says', 'mentioned', 'claims', 'reckons', 'insists'];
const claimsEn: [string, Record<string, string>][] = [
  ['calls from home go over the internet', { location: 'internet' }],
  ['Skype calls from the office always use ExpressRoute', { location: 'customerNetwork' }],
  ['all our Skype traffic goes over ER', {}],
];
const reportersZh = ['同事', '主管', '網管', '廠商', '老王', '資訊室的人'];
const verbsZh = ['說', '跟我說', '告訴我'];
const claimsZh: [string, Record<string, string>][] = [
  ['在家打 Skype 也會走 ER', { location: 'internet' }],
  ['在公司打 Skype 都走專線', { location: 'customerNetwork' }],
  ['我們 Skype 全部都會走 ER', {}],
];

const hearsay: [string, Record<string, string>][] = [
  ...reportersEn.flatMap((who, k) => claimsEn.map(([claim, place], c): [string, Record<string, string>] => [`${who} ${verbsEn[(k + c) % verbsEn.length]} ${claim}. Is that right? We're on SfB Online.`, place])),
  ...reportersZh.flatMap((who, k) => claimsZh.map(([claim, place], c): [string, Record<string, string>] => [`${c === 0 ? '聽' : ''}${who}${verbsZh[(k + c) % verbsZh.length]}${claim}，真的嗎？我們是 Skype Online`, place])),
];

describe('one who says something about calls in general is not the other party', () => {
  it.each(hearsay)('%s', (text, place) => {
    const got = slots(text);
    expect(got).toMatchObject({ deployment: 'online', ...place });
    expect(got).not.toHaveProperty('callType');
    expect(got).not.toHaveProperty('peer');
  });
});

describe('"me" who is told the answer is not the other party', () => {
  const asks = ['Can you tell me whether', 'Let me know if', 'Please advise me whether', 'Could you explain to me whether', 'Quick one, tell me if'];
  const people: [string, string, string][] = [
    ['Mr Henderson', 'He is travelling in Singapore this week', 'internet'],
    ["Priya", 'She is at home today', 'internet'],
    ['our CFO', 'She works from HQ', 'customerNetwork'],
  ];
  it.each(asks.flatMap((ask) => people.map(([who, where, location]) => [`${ask} ${who}'s Skype calls go over ER. ${where}. We're an Online tenant.`, location])))('%s', (text, location) => {
    const got = slots(text);
    expect(got).toMatchObject({ deployment: 'online', location });
    expect(got).not.toHaveProperty('callType');
  });
});

describe('negatives: who passes something on and takes part', () => {
  it('referred to again in what they say', () => {
    expect(slots('Mei says her video freezes when she calls Paulo at the Boston office. She is at home. We are all SfB Online.')).toMatchObject({ location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' });
    expect(slots('老王說他在家，我在公司打給他，我們全部 Online，我這邊走哪')).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });
  it('called, or a call asked about besides the "me" told the answer', () => {
    expect(slots("Tell me where the media goes when I call Bob at HQ, I'm at home, we're online")).toMatchObject({ location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' });
    expect(slots('同事跟我說他在飯店，我在公司用 Skype 打給他，全部 Online，我這端走哪？')).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });
});

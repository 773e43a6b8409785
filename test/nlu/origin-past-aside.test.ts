// Where someone joins from, said after an aside about the meeting's host (session 62, lane enplace2): "joining the
// review the CFO set up (she's Online too) from the depot" gave the depot to "she" in the aside, so to the host, who
// has no place in a meeting, and the advisor asked where the user was. The aside is a clause of its own: the origin
// is the subject's of the clause around it, or the writer's when nobody else is named there. Inputs written for this
// test.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('an origin past an aside about the host is the one who joins', () => {
  it.each([
    ['SfB Online here. Joining the stock review the warehouse manager set up (he\'s Online too) from the yard office on our LAN. Media path?', 'customerNetwork'],
    ['We are all Online. Joining a standup our PM runs (she is homed online as well), from a hotel lobby wifi. Path?', 'internet'],
    ['Hybrid. When Oskar (he is on the on-prem pool) joins the weekly sync that Hana organises - she is on-prem too - from his desk at HQ, where does his media go?', 'customerNetwork'],
    ['Hybrid. Nurse Ines (her account is on our on-prem pool) joins the team meeting Dr. Osei set up - he is on-prem too - from a family\'s home on her mobile data. Path for her?', 'internet'],
    ['We are on SfB Online. The site supervisor is joining the toolbox talk, a Skype meeting the safety manager organised (he is homed Online), from the cafe wifi in town. Path?', 'internet'],
  ])('%s', (text, location) => {
    const read = slots(text);
    expect(read.location).toBe(location);
    expect(read.callType).toBe('conference');
  });
});

describe('near misses: a place said in the aside itself stays the host\'s', () => {
  it.each([
    ['SfB Online. Joining the review the CFO set up (she is at home today). What path does my media take?'],
  ])('%s', (text) => {
    expect(slots(text).location).toBeUndefined();
  });
});

describe('a clause after the aside with its own subject keeps it', () => {
  it.each([
    ['我們是 SfB Online。下週業務部自己辦的季度檢討（業務經理發的邀請），我從分公司辦公室加入，媒體走 ER 嗎？', 'customerNetwork'],
    ['SfB Online. The quarterly review (our sales lead sent the invite), I join it from home. My media path?', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text).location).toBe(location);
  });
});

// 「我在家，打給兩位在總部的同事」 was answered as if the writer were at HQ, 「我在辦公室，打給2個在家的同事」 as if at home:
// a word for two ("兩位", "兩個", "2個") right after a call word that gives ("打給", "撥給", "打電話給") counts the ones
// called, not both sides of the call, so the place that describes them is the other party's only. A pair the writer is
// part of ("我們兩個都在家") or "兩位都…" said after the call still says where both are. In English the same: "I call two
// coworkers who are working from home" gave the writer's place as home.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('two called: their place is the other party\'s, not the writer\'s', () => {
  it.each([
    ['全部 Online。我在家，用 Skype 打給兩位在總部的同事，我的訊號走哪？', 'internet', 'customerNetwork'],
    ['全部 Online。我人在辦公室，撥給在家上班的兩位同事，我這邊媒體怎麼走？', 'customerNetwork', 'internet'],
    ['全部 Online。我在飯店，打電話給兩個在公司的主管，我的媒體走哪？', 'internet', 'customerNetwork'],
    ['全部 Online。我在公司，打給2個在家的同事，我的訊號走哪？', 'customerNetwork', 'internet'],
  ] as const)('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer, deployment: 'online', callType: 'peerToPeer' });
  });
});

describe('near misses: a pair the place is said of', () => {
  it('兩位都在總部 after the call is the ones called', () => {
    expect(slots('全部 Online。我在家打給同事，兩位都在總部，我的訊號走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
  it('兩位同事都在總部 before the call is the ones called', () => {
    expect(slots('全部 Online。兩位同事都在總部，我在家打給他們，我的訊號走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
  it('我們兩個都在家 is the writer too', () => {
    expect(slots('全部 Online。我們兩個都在家，打給一位同事，我的媒體走哪？')).toMatchObject({ location: 'internet' });
  });
});

describe('English: two called keep their own place', () => {
  it('near miss: both of us said after the call is the pair', () => {
    expect(slots('All Online. On the call both of us are at home. My media path?')).toMatchObject({ location: 'internet', peer: 'internet' });
  });
  it.each([
    ['All Online. I am at home and call two colleagues at HQ. What path does my signaling take?', 'internet', 'customerNetwork'],
    ['All Online. From home, I phone two colleagues in the office. My media path?', 'internet', 'customerNetwork'],
    ['All Online. From the office I call two coworkers who are working from home. My media path?', 'customerNetwork', 'internet'],
    ['All Online. I am at the office and ring two colleagues who are travelling, on hotel wifi. My signaling?', 'customerNetwork', 'internet'],
    ['All Online. At HQ, I Skype two colleagues working from home. Path for my media?', 'customerNetwork', 'internet'],
  ] as const)('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });
});

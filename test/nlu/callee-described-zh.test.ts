// The one called described by where they are, in the noun phrase after the call word (issue 15, round 10: zh4,
// zh14 asked back for places written): "打給在家同事" and "跟在家使用者 1:1" (no "的": the place is not said of the
// caller before it), and "打給在公司加班的主管" (what they do there, a word the lexicon knows, before "的"). A place
// after someone with no call word between still ends what is said of the one before it.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const places: [string, string][] = [
  ['在家', 'internet'],
  ['在飯店', 'internet'],
  ['在客戶那邊', 'internet'],
  ['在公司', 'customerNetwork'],
  ['在總部', 'customerNetwork'],
  ['在分行', 'customerNetwork'],
];
const other = (location: string) => (location === 'internet' ? ['在辦公室', 'customerNetwork'] : ['在家', 'internet']);
const people = ['同事', '使用者', '主管', '同仁'];
const calls = ['打給', '用 Skype 打給', '跟'];
const tails = (call: string) => (call === '跟' ? '一對一視訊' : '');
const activities = ['加班', '值班', '上班', '待命', '休假', '出差'];

describe('a place right after the call word, before the one called (no 的)', () => {
  it.each(places.flatMap(([place, peer], k) => {
    const [mine, location] = other(peer);
    const call = calls[k % calls.length];
    return people.map((person) => [`全部 Online。我${mine}${call}${place}${person}${tails(call)}，我這端走哪？`, location, peer]);
  }))('%s -> %s / %s', (text, location, peer) => expect(slots(text)).toMatchObject({ location, peer, callType: 'peerToPeer' }));
});

describe('what the one called does there, a word the lexicon knows, before 的', () => {
  it.each(places.flatMap(([place, peer], k) => {
    const [mine, location] = other(peer);
    return [0, 1, 2].map((d) => {
      const activity = activities[(k + d) % activities.length];
      return [`全部 Online。我${mine}打給${place}${activity}的${people[d]}，我這端走哪？`, location, peer];
    });
  }))('%s -> %s / %s', (text, location, peer) => expect(slots(text)).toMatchObject({ location, peer, callType: 'peerToPeer' }));
});

describe('negatives', () => {
  it('a place said of the caller before the one called stays the caller\'s', () => {
    expect(slots('全部 Online。我在家沒 VPN 對方在公司，我打給他，我這端走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
  it('a place not said of anyone before the call word is not the one called\'s', () => {
    expect(slots('全部 Online。我在家打給同事，我這端走哪？')).toMatchObject({ location: 'internet' });
    expect(slots('全部 Online。我在家打給同事，我這端走哪？')).not.toHaveProperty('peer');
  });
  it('a place of the caller, with the one called after it and no call word between, stays the caller\'s', () => {
    expect(slots('全部 Online。我在家同事在公司，我打給同事，我這端走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

// "打給在總部開會的主管", "跟在總部開會的主管打一對一": a meeting the one called is in is what they are doing there (round
// 20, nlu50's report). It read a meeting hosted by them (開會的 X holds the meeting), and their place the caller's.
describe('a meeting the one called is in (開會 before 的)', () => {
  const shapes: [string, string][] = [
    ['打給', ''],
    ['用 Skype 打給', ''],
    ['打電話給', ''],
    ['跟', '打一對一'],
    ['跟', '一對一視訊'],
  ];
  it.each(places.flatMap(([place, peer], k) => {
    const [mine, location] = other(peer);
    return shapes.map(([call, tail], s) => [`全部 Online。我${mine}，${call}${place}開會的${people[(k + s) % people.length]}${tail}，我這端走哪？`, location, peer]);
  }))('%s -> %s / %s', (text, location, peer) => {
    const read = slots(text);
    expect(read).toMatchObject({ location, peer, callType: 'peerToPeer' });
    expect(read.organizer).toBeUndefined();
  });

  it('still reads the host of a meeting joined ("開會的經理帳號在地端，我參加那場會議")', () => {
    expect(slots('我們是混合式。開會的經理帳號在地端，我在家用線上帳號參加那場會議，媒體走哪？')).toMatchObject({ organizer: 'onPremises', callType: 'conference' });
  });
});

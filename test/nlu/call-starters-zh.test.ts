// 「發起人 Kevin 在家，接聽人 Grace 在公司」: beside the one who answers, the one who starts it starts a call (the caller),
// not a meeting (dev29 zh48-44 read a meeting hosted by Kevin). Near misses: 發起人 of a meeting said as one
// (「會議發起人」, 「發起人 Kevin 開的會」), and 發起人 with nobody who answers, stay the organizer.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'zh-TW').slots;

describe('the one who starts a call beside the one who answers is the caller', () => {
  it.each([
    ['用户工单：发起人 Kevin 在家，接听人 Grace 在公司，全部 Skype Online。问 Grace 那边的媒体走 ExpressRoute 还是内网？', 'customerNetwork', 'internet'],
    ['工單：發起人 Kevin 在家，接聽人 Grace 在公司，全部 Skype Online。問 Kevin 那邊的媒體走哪？', 'internet', 'customerNetwork'],
    ['發起人：小王（總部），被叫人：小林（在家），全部 Online。發起人的媒體走哪？', 'customerNetwork', 'internet'],
  ])('%s', (text, location, peer) => {
    const read = slots(text);
    expect(read).toMatchObject({ location, peer, callType: 'peerToPeer' });
    expect(read.organizer).toBeUndefined();
  });
});

describe('near misses: the one who starts a meeting is its organizer', () => {
  it.each([
    '會議發起人 Kevin 在家，我在公司加入，全部 Skype Online。我的媒體走哪？',
    '發起人 Kevin 開的會，接聽人那欄空白，我在公司加入，全部 Skype Online。我的媒體走哪？',
    '發起人 Kevin 是 Online 帳號，我在公司加入他的會議，全部 Skype Online。我的媒體走哪？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'conference' });
  });
});

// 「我是在公司打給在家的 Amy」: a cleft sentence (我是…) whose verb is a call. The copula names the writer only up to the
// call word: the person after it, described with 的, is whom the call is with, not the writer ("我是 ICU 的專科護理師",
// "我是這次直播的講者" still name the writer). Read as one, the writer was put at home: a wrong answer.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const CALLED = ['在家的 Amy', '在家的同事', '在飯店的主管 Ken', '出差中的 Ben'];
const VERBS = ['打給', '用 Skype 打給', '撥給'];

describe('a call in a cleft sentence', () => {
  it.each(VERBS.flatMap((verb) => CALLED.map((called) => `全公司 SfB Online，我是在公司裡${verb}${called}的，一對一，走哪？`)))('%s -> I am in the office, the other party outside', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' });
  });

  it('reads the same with 跟', () => {
    expect(slots('全公司 SfB Online，我是在公司跟在家的 Amy 一對一，走哪？')).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });

  it('reads the English the same', () => {
    expect(slots("All Online. It's me in the office calling Amy, who is at home, 1:1. Path?")).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });
});

describe('near misses: the copula still names the writer', () => {
  it.each([
    ['我是這次全公司直播的講者，我在公司，走哪？', { location: 'customerNetwork', callType: 'broadcast' }],
    ['混合式部署，我是地端帳號的使用者，在公司打外線，走哪？', { location: 'customerNetwork', homing: 'onPremises', callType: 'pstn' }],
  ])('%s', (text, expected) => {
    expect(slots(text)).toMatchObject(expected);
  });
});

// A share of our users homed somewhere says the organization is split, in Chinese as in English ("most of our users
// moved to Online" was Hybrid already): 「老員工大部分還在地端」 (zh43-5), 「大部分人都搬到 Online 了」, 「其他部門還在
// 地端」 are a Hybrid deployment and home nobody in the call. A team's people alone (「隔壁部門的人都還在地端」) may be all
// of ours there is, a share of another organization's people (「他們公司大部分人」) is theirs, and a share only heard
// or guessed (「聽說有些人還在地端」, 「有些同事可能還在地端」) is not said: none of these says Hybrid.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const SHARES = ['老員工大部分還在地端', '大部分人都搬到 Online 了', '有些同事還在地端', '一半的人已經上雲了', '公司其他部門還在地端', '大部分员工还在地端'];

describe('a share of our users homed somewhere', () => {
  it.each(SHARES.map((share) => `${share}，我在公司打外線，媒體走哪？`))('%s -> Hybrid, nobody homed', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ deployment: 'hybrid', location: 'customerNetwork', callType: 'pstn' });
    expect(read).not.toHaveProperty('homing');
  });

  it('reads the same in English', () => {
    expect(slots("Most of our users moved to Online. I'm in the office dialing out, path?")).toMatchObject({ deployment: 'hybrid' });
  });
});

describe('near misses: no Hybrid', () => {
  it.each([
    '隔壁部門的人都還在地端，我在公司打外線，媒體走哪？',
    '他們公司大部分人都還在地端，我在公司打給他們的窗口，一對一，媒體走哪？',
    '聽說有些人還在地端，不確定。我在公司打外線，媒體走哪？',
    '有些同事可能還在地端，我在公司打外線，媒體走哪？',
  ])('%s -> no deployment', (text) => {
    expect(slots(text)).not.toHaveProperty('deployment');
  });
});

// "我在公司——喔不是，我這週在家": an interjection and "不是" before a pause take back what the writer just said,
// when they go on to say again who or where (items.ts interjectedNo; studied zh23-110 asked back). Narrow on purpose:
// "不是" is mostly "is not", and what follows may correct only a part ("啊不是，VPN 斷了": the home stays).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const interjections = ['喔', '啊', '呃', '欸'];
const pauses = ['——', '，', '……', '。'];
const swaps: [string, string, string][] = [
  ['公司', '在家上班', 'internet'],
  ['家', '在公司', 'customerNetwork'],
  ['飯店', '在總部', 'customerNetwork'],
];

describe('the place said again after 喔不是 is the one', () => {
  const cases = interjections.flatMap((oh, k) =>
    swaps.map(([first, again, value]): [string, string] => [`CCE 環境，我在${first}${pauses[k]}${oh}不是，我這週${again}，用 Skype 撥客戶手機號碼，走哪？`, value]),
  );
  it.each(cases)('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, callType: 'pstn' });
  });
});

describe('negatives: 不是 that takes nothing back', () => {
  it.each([
    ['CCE 環境，我在公司，喔不是在家，用 Skype 撥客戶手機號碼，走哪？', 'customerNetwork'],
    ['CCE 環境，他不是在家，我在公司撥客戶手機號碼，走哪？', 'customerNetwork'],
    ['CCE 環境，我在家，不是，我是說我在家沒連 VPN，撥客戶手機號碼，走哪？', 'internet'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location });
  });
  it('a correction of the VPN alone keeps no wrong place', () => {
    expect(slots('我在家連 VPN……啊不是，VPN 一小時前斷了我還沒重連，所以就只是家裡網路。要加入組員開的會議，SfB Online 租用戶。路徑？').location).not.toBe('customerNetwork');
  });
});

// "地端跟 Online 同事在辦公室互打": two colleagues, one of each homing, call each other in the office, and the writer is
// neither. The place after a pair, right before they call each other, was both's only when the first of the pair was
// the writer ("我跟阿凱在辦公室互打"); now the first may be anyone of ours, or a colleague said by their homing alone.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a place before a pair calls each other is both of theirs', () => {
  it.each([
    ['Hybrid。地端跟 Online 同事在辦公室互打，路徑怎麼走？'],
    ['Hybrid。地端同事跟 Online 同事在辦公室互打，路徑怎麼走？'],
    ['我們是混合式，一個地端帳號的同事跟一個 Online 的同事在辦公室互打，媒體走哪？'],
    ['Hybrid。小林和小王在公司互相 call，小林帳號在地端，小王在 Online，路徑？'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', deployment: 'hybrid', callType: 'peerToPeer' });
  });

  it('the writer and a colleague, as before', () => {
    expect(slots('Hybrid。我跟 Online 同事在辦公室互打，路徑怎麼走？')).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });

  // Near misses: without calling each other the place may be one side's only; a place inside the pair is one person's.
  it.each([
    ['Hybrid。地端跟 Online 同事在辦公室通話，路徑怎麼走？'],
    ['Hybrid。地端同事跟在家的 Online 同事互打，路徑怎麼走？'],
  ])('%s: not both in the office', (text) => {
    const got = slots(text);
    expect(got.location === 'customerNetwork' && got.peer === 'customerNetwork').toBe(false);
  });

  // Session 57's blind conversations (conv57, a dev set): "A 跟 B 在總站辦公室（公司網路）一對一通話" asked where the user
  // connects from. A word for a call between two ("一對一", "點對點") after the place says the pair holds the call
  // together, as "互打" does, also past an aside that only says the place again.
  it.each([
    ['混合式部署，領班跟倉管在倉庫辦公室一對一通話，領班的媒體？'],
    ['Hybrid。業務和助理在分公司（公司內網）點對點通話，業務的訊號走哪？'],
    ['混合式。主任與秘書在公司 1 對 1 通話，路徑？'],
  ])('%s: both in the office', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', callType: 'peerToPeer' });
  });

  // Near miss: a place inside the pair is the second one's only.
  it('混合式，領班跟在家的倉管一對一通話: the second one is at home, the first not said', () => {
    const got = slots('混合式，領班跟在家的倉管一對一通話，領班的路徑？');
    expect(got.peer).toBe('internet');
    expect(got.location).toBeUndefined();
  });

  it('in English, a pair in the office calling each other', () => {
    const got = slots('Hybrid. An on-prem colleague and an Online colleague call each other, both in the office. Path?');
    expect(got).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

// 內部 before a thing is "internal", no place: 「內部的 DNS 設定會影響嗎」, 「內部設定有改過」 put the one called on our
// network (a place nobody said). Near misses: 在內部, 他在內部, 內部的同事 still place someone on our network.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text, 'zh-TW').slots;

describe('internal configuration is no place of a person', () => {
  it.each([
    '全部 Online，我在家打給同事，內部的 DNS 設定會影響嗎？媒體走哪？',
    '全部 Online，我在家打給同事，內部設定有改過，媒體走哪？',
    '全部 Online，我在家打給同事，內部系統的規則是 IT 訂的，媒體走哪？',
  ])('%s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ location: 'internet', callType: 'peerToPeer' });
    expect(read.peer).toBeUndefined();
  });
});

describe('near misses: inside our network, said of someone', () => {
  it.each([
    '全部 Online，我在家打給在內部的同事，媒體走哪？',
    '全部 Online，我在家打給同事，他在內部，媒體走哪？',
    '全部 Online，我在家打給內部的同事，媒體走哪？',
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

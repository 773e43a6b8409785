// Clergy are people (牧師, 神父, 傳道, 修女): a pastor calling the writer from home has the home as his side, and
// the church office the writer is in is the other side.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('clergy as the caller', () => {
  it.each([
    ['教會全部人用 SfB Online。牧師在家用自己家裡的 wifi，打 Skype 給在公司辦公室的我。牧師那邊的媒體走哪？'],
    ['堂會全部人用 SfB Online。神父喺屋企用自己屋企 wifi，打 Skype 俾喺公司辦公室嘅我。神父嗰邊嘅媒體行邊度？'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ deployment: 'online', callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' });
  });
});

// 「拍賣場」 (an auction hall) was read as 拍 + 賣場 (a mall, a public place: the Internet), so an auction house's own
// hall gave wrong answers in a conversation. An auction hall may be ours or anyone's: it is a place of its own word,
// asked rather than guessed (places.zh-TW.json ambiguous heads; words.zh-TW.json keeps it one word). 賣場 alone is
// still a mall.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('拍賣場 is no mall', () => {
  it.each([
    ['我們是 Online，阿榮在拍賣場用 Skype 打給總部的會計，阿榮的媒體走哪？'],
    ['Skype Online。估價員人在拍賣會場，跟辦公室的主管一對一通話，估價員那端路徑？'],
  ])('%s', (text) => {
    const read = slots(text);
    expect(read.location).toBeUndefined();
    expect(read).toMatchObject({ peer: 'customerNetwork', callType: 'peerToPeer' });
  });
  it('賣場 alone is still a public place', () => {
    expect(slots('我們是 Online，阿榮在賣場用 Skype 打給總部的會計，阿榮的媒體走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

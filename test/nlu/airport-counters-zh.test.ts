// 「在機場報到櫃台」, 「在二航廈報到櫃檯」: a check-in counter at an airport is a public place (the Internet) unless the
// writer says it is on our network. The segmenter cut 報到櫃台 after the airport into four loose characters, more than
// a place may carry before what is said of it ("…，電腦接公司內網"), so the network said right after no longer
// outweighed the airport and the advisor asked where the writer was. 報到櫃臺 and 報到櫃檯 are one word now
// (words.zh-TW.json), and 櫃檯 a head of ours like 櫃臺 (places.zh-TW.json), so the counter alone stays a room of ours.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a check-in counter at an airport', () => {
  it.each([
    '公司是 SfB Online。我在機場報到櫃台，電腦接公司內網，用 Skype 打給同事，訊號怎麼走？',
    '我們全 Online，今天我在二航廈報到櫃檯，筆電接公司內網，打給總部的同事，媒體走哪？',
    'SfB Online 環境。地勤在松山機場報到櫃臺，用公司內網打 Skype 給組長，地勤的路徑？',
  ])('on our network, said in the same breath: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', callType: 'peerToPeer' });
  });

  it.each([
    '公司是 SfB Online。我在機場報到櫃台，用 Skype 打給同事，訊號怎麼走？',
    '我們全 Online，今天我在二航廈報到櫃檯打給總部的同事，媒體走哪？',
  ])('nothing said of the network: the airport, %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', callType: 'peerToPeer' });
  });

  it('the counter alone, with no airport, stays a room of ours', () => {
    expect(slots('公司是 SfB Online。我在報到櫃台用 Skype 打給同事，訊號怎麼走？')).toMatchObject({ location: 'customerNetwork' });
  });
});

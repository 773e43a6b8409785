// 廣播 in a broadcaster's own words (round 40's place classes): 「廣播電台」「廣播公司」「廣播節目」 are a workplace, a
// company and a show, never a Skype Meeting Broadcast (a wrong answer: the station's staff calling each other was read
// as a broadcast). Near misses: a meeting broadcast said with 廣播 alone or 會議廣播 is still one.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a radio station, company or show is no meeting broadcast', () => {
  it.each([
    ['我們是 Online，我在廣播電台上班，用 Skype 打給在家的同事，我的媒體走哪？'],
    ['公司全 Online。主持人在廣播電臺的辦公室接內網，Skype 一對一打給在家的製作人，主持人的訊號走哪？'],
    ['我們是 SfB Online，我在广播公司的辦公室，用 Skype 跟在家的同事一對一通話，媒體走哪？'],
  ])('%s', (text) => {
    const got = slots(text);
    expect(got.callType).toBe('peerToPeer');
  });
  it('a show\'s planning meeting is a meeting', () => {
    expect(slots('我們全 Online，執行製作今天在家，要加入廣播節目的籌備會議，媒體走哪？')).toMatchObject({ callType: 'conference', location: 'internet' });
  });
});

describe('near misses: a meeting broadcast is still one', () => {
  it.each([
    ['我們是 Online，要辦一場 Skype 會議廣播，在家的觀眾媒體走哪？'],
    ['我們是 Online，我在公司看會議廣播，媒體走哪？'],
    ['公司 Online，廣播的媒體會走 ER 嗎？'],
  ])('%s', (text) => {
    expect(slots(text).callType).toBe('broadcast');
  });
});

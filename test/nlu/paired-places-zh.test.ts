// A place said with 都 of two people joined by 跟/和/與 (Cantonese 同) is where both are, whatever the place word
// ("在廠裡", "在公司裡", "廠內"), as the lexicon's own 「都在公司」 is: the other party's place was asked when the
// two were trades the vocabulary does not know. One person alone with 都 ("平常都在") is not a pair.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a place said of two people together', () => {
  it.each([
    ['我們是 hybrid，調音師跟燈光師都在廠裡，兩個人用 Skype 一對一通話，調音師那端的訊號走哪？'],
    ['我們全部 SfB Online。會計和出納都在公司裡，兩個 P2P 視訊，媒體走哪？'],
    ['我们全部是 SfB Online。采购和仓管都在厂里，两个人用 Skype 点对点通话，信令走哪？'],
    ['我哋全部 SfB Online。調音師同燈光師都喺廠入面，兩個用 Skype 一對一傾，信令行邊？'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' });
  });

  it.each([
    ['我們 hybrid。導演跟剪接師帳號都在地端，人也都在公司裡，兩個 P2P 通話會走 ER 嗎？'],
    ['我们 hybrid。导演跟剪接师的账号都是地端的，人也都在公司里，两个人点对点通话会走 ER 吗？'],
  ])('goes on with the body of the pair in the next clause: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'onPremises' });
  });

  it('shares a home too', () => {
    expect(slots('我們是 hybrid。營運長跟司機都在家裡，兩個 P2P 通話，營運長那邊的訊號走哪？')).toMatchObject({ location: 'internet', peer: 'internet' });
  });

  it('leaves one person with 都 alone: the writer is not placed at the plant', () => {
    expect(slots('我們全部 Online。主任平常都在廠裡，我今天在家用 Skype 打給他，我這邊的媒體走哪？').location).toBe('internet');
  });
});

// Networks and offices said in a few words the vocabulary did not hold (Chinese):
// - 「辦公網路」 (the office network) is ours. Unknown, it was cut 辦|公網|路, and 公網 (the public network) made the
//   writer's place the Internet: a wrong answer where both sides sat in the office.
// - 「沒連公司網路」 (not connected to the company network): the segmenter keeps 沒連公司 whole (a word of "沒連公司 VPN"),
//   so the negation stood before no network; the whole phrase says the writer is outside, on the Internet. 沒連 is a
//   negation of its own too, so 「沒連公司的網路」 denies the company network the same way.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the office network', () => {
  it.each([
    '混合部署，我跟主管都在公司的辦公網路，一對一通話，我這邊訊號怎麼走？',
    'Hybrid 環境。我們兩人都在分公司辦公網路上，我用 Skype 打給同事，媒體走哪？',
    '我們是混合部署，我和隔壁組的同事都接辦公網絡，點對點語音，訊號走哪裡？',
  ])('is ours: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork', callType: 'peerToPeer' });
  });
});

describe('not connected to the company network', () => {
  it.each([
    '我們全 Online。我今天沒連公司網路，要加入主管開的 Skype 會議，媒體走哪？',
    '我們全 Online。我沒連公司的網路，等一下加入主管開的會議，訊號怎麼走？',
    '公司都在 SfB Online，我筆電沒連公司 wifi，要進經理約的會議，我這端走哪？',
  ])('is the Internet: %s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', callType: 'conference' });
  });

  it('the VPN left off stays a VPN said off, not a network', () => {
    expect(slots('我們全 Online。我在家沒連 VPN，要加入主管開的會議，媒體走哪？')).toMatchObject({ location: 'internet' });
  });
});

// Cantonese 同 joining two people said of together ("主任同我都係 on-prem 帳號"): read as Mandarin's 跟, so the
// homing and place said of both are each one's, as with "主任跟我都是". Look-alikes keep their own reading: 同事 is
// a colleague, 唔同 is "different", and a Mandarin 同 with no Cantonese 都係/都喺 after it is not touched.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('two people joined by Cantonese 同, said of together', () => {
  it.each([
    ['我哋係 Hybrid，主任同我都係 on-prem 帳號，兩個都喺公司網絡，一對一通話，我嘅訊號會唔會上雲？'],
    ['我哋係 hybrid。櫃台嘅文員同保安主管都係 on-prem 帳號，兩個都喺公司內網。佢哋一對一通話，信令會唔會上雲？'],
    ['我哋係 Hybrid。資訊組嘅阿芬同倉庫嘅 Tom 兩個帳號都係地端嘅，兩個都喺公司網絡。阿芬打俾 Tom，阿芬嗰邊嘅媒體行邊度？'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({
      deployment: 'hybrid',
      callType: 'peerToPeer',
      location: 'customerNetwork',
      peer: 'customerNetwork',
      homing: 'onPremises',
      peerHoming: 'onPremises',
    });
  });

  it('reads the Mandarin wording the same', () => {
    expect(slots('我們是 Hybrid，主任跟我都是 on-prem 帳號，兩個都在公司網路，一對一通話，我的訊號會不會上雲？')).toMatchObject({
      homing: 'onPremises',
      peerHoming: 'onPremises',
    });
  });

  it('shares a place said of both with 都喺', () => {
    expect(slots('我哋全部 Skype Online。Joe 同 May 都喺尖沙咀 office，Joe 用 Skype call May。Joe 嗰邊嘅 signaling 同 media 行邊度？')).toMatchObject({
      location: 'customerNetwork',
      peer: 'customerNetwork',
      callType: 'peerToPeer',
    });
  });

  it('keeps 同事 a colleague: the writer is not said to be on-prem', () => {
    expect(slots('我哋係 Hybrid，我同事都係 on-prem 帳號，我喺公司網絡打俾佢，媒體行邊度？').homing).toBeUndefined();
  });
});

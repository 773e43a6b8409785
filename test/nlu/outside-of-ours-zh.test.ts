// "人在公司以外的地方", "在公司網路之外", "在公司外面": a place of ours the vocabulary knows, then a word for outside of it
// written apart ("以" + "外", "之" + "外", or "外面" read as a place of its own), is outside it, the Internet. It was
// read as the place of ours (an answer on the wrong path) or as two places that disagree (asked back).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('outside of a place of ours is the Internet', () => {
  it.each([
    ['Cloud Connector 部署，大家帳號都在 Online。我今天人在公司以外的地方，用 Skype 撥市話，訊號走哪？'],
    ['純 Online。我在公司網路之外，用 Skype 打外線給廠商，路徑？'],
    ['全部在 Skype Online。我人在辦公室之外，撥外線，訊號跟媒體？'],
    ['Online 租戶。我在公司外面的早餐店用 Skype 打外線，媒體走哪？'],
    ['Online 租戶。我人在廠區以外，用 Skype 撥市話，媒體走哪？'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'internet', callType: 'pstn' });
  });

  // Near misses: the place itself, and "外" that begins another word ("外線", an outside line).
  it.each([
    ['Online 租戶。我在公司打外線給客戶，媒體走哪？', 'customerNetwork'],
    ['Online 租戶。我在公司以外線電話打給客戶，媒體走哪？', 'customerNetwork'],
  ])('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, callType: 'pstn' });
  });
});

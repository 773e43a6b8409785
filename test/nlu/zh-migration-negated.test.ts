// A migration said not to have happened yet ("還沒遷移到雲上", "尚未遷移到 Online", Simplified "还没迁移到云上") is an
// on-premises homing; said done ("已經遷移到雲端"), an Online one (issue 15, round 12). "遷移到" is one word of the
// segmentation lexicon, so the negation must be read with it.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a migration not done yet', () => {
  it.each([
    ['Hybrid，我還沒遷移到 Online，在公司撥外線', 'onPremises'],
    ['Hybrid，我尚未遷移到雲端，人在總部，撥外線', 'onPremises'],
    ['混合架构，我还没迁移到云上，在分公司打外线', 'onPremises'],
    ['Hybrid，我帳號還沒遷移到 SfB Online，在公司撥外線', 'onPremises'],
    ['Hybrid，我已經遷移到雲端，在公司撥外線', 'online'],
    ['Hybrid，我上個月遷移到 Online 了，在公司撥外線', 'online'],
  ])('%s', (text, homing) => {
    expect(slots(text)).toMatchObject({ homing, callType: 'pstn', location: 'customerNetwork' });
  });
});

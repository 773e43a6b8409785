// A trap of blind dev19: 「小張等一下會在會議室加入…——啊不是，他剛說他今天請假在家」. After an interjected "不是" that takes
// back what was written, "他" is whom it was said of (the one the sentence is about), and a name said again counts as
// someone: the corrected place wins (items.ts interjectedNo, takenBackBefore). "不是在家" with no pause stays a denial.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('the corrected place wins', () => {
  it.each([
    '小張等一下會在會議室加入主管開的會議（主管 Online，我們是 SfB Online + ER）——啊不是，他剛說他今天請假在家，用家裡網路加入。那他這樣走哪？',
    '小張在會議室加入主管開的會議。主管 Online，我們是 SfB Online + ER。啊不是，小張今天在家。那他這樣走哪？',
    '小美在公司打市話給客戶——喔不是，她在家裡。我們 SfB Online + ER。走哪？',
    '小美在公司打市話給客戶——啊不是，小美今天在家。我們 SfB Online + ER。走哪？',
  ])('%s', (text) => {
    expect(slots(text).location).toBe('internet');
  });

  it('a denial without a pause is no correction', () => {
    expect(slots('小美在公司打市話給客戶，不是在家。我們 SfB Online + ER。走哪？').location).toBe('customerNetwork');
  });
});

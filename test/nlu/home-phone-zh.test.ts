// A phone at someone's home ("病人家的電話", Cantonese "屋企嘅電話", which reaches the lexicon as 家的電話) is a
// landline called: a PSTN call, and the home is the far end's, not where the writer is. Without the phrase, 撥到 before
// 家 read as a call to a colleague, and the writer's own place went to that colleague.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a phone at someone\'s home is a landline called', () => {
  it.each([
    '我們全部 Online。我在護理站撥到個案家的電話，訊號走哪？',
    '我哋全部 Online。我喺寫字樓撥去客人屋企嘅電話，訊號行邊度？',
    '我们全部 Online。我在办公室拨到学生家的电话，信号走哪？',
    // 打電話 to the home of a patient, a case or a family, or to the family (people no Skype account of ours is).
    '我們全部 Online。我在護理站打電話到個案家裡，訊號走哪？',
    '我哋全部 Online。我喺寫字樓打電話去病人屋企，訊號行邊度？',
    '我們全部 Online。我在辦公室打電話給家屬，訊號走哪？',
  ])('%s', (text) => {
    const read = slots(text);
    expect(read).toMatchObject({ callType: 'pstn', deployment: 'online' });
    expect(read.location).not.toBe('internet');
    expect(read).not.toHaveProperty('peer');
  });
});

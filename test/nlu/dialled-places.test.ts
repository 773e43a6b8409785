// Whose number is dialled is no place of anyone in the call: 「用 Skype 撥營造廠的手機」 read the builder's 廠 as where the
// caller was, against 在火車上, and the advisor asked (class-roles round). A place right after the dialling verb and
// before 的 and a phone names the number's owner. Near misses: a place said of the caller (在辦公室), a colleague's
// place (辦公室的同事), a number dialled with no place of the caller said: still asked.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string, locale: 'en' | 'zh-TW' = 'zh-TW') => recognizer.recognize(text, locale).slots;

describe("the place of a dialled number is the number's owner", () => {
  it.each([
    ['全部 Online。我在高鐵上，用 Skype 打給分公司的市話。', 'internet'],
    ['全部 Online。課長在機場，用 Skype 撥工廠的電話。', 'internet'],
    ['全部 Online。我在家，用 Skype 撥分店的電話。', 'internet'],
    ['全部 Online。我在辦公室，用 Skype 撥飯店的電話。', 'customerNetwork'],
  ] as const)('%s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, callType: 'pstn' });
  });

  it("English: the head office's landline", () => {
    expect(slots("All Online. I'm on the train and dial the plant's landline from Skype.", 'en')).toMatchObject({ location: 'internet', callType: 'pstn' });
  });
});

describe('near misses', () => {
  it('a colleague at a place is where they are', () => {
    expect(slots('全部 Online。我在家裡，打給辦公室的同事。')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it('a number dialled, the caller nowhere said: asked', () => {
    expect(slots('全部 Online。我用 Skype 打給分公司的市話。').location).toBeUndefined();
  });
});

// A name beside the writer with a word for both ("我跟大雄都在台北辦公室"): a given name the lexicon does not know is
// cut into single characters and was nobody, so the other party's place was lost (studied tr-zh-13). What stands
// between 我跟/我和/我與 and 都/也/兩個/一起, two or three characters not made of known words, is a name.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const names = ['大雄', '阿明', '小芬', '志豪', '雅婷', '陳大同'];
const joins = ['跟', '和', '與'];
const places: [string, string][] = [['台北辦公室', 'customerNetwork'], ['總部', 'customerNetwork'], ['家', 'internet'], ['飯店', 'internet']];

describe('a name between 我跟 and 都 is a person, who shares the place', () => {
  it.each(names.flatMap((name, k) => places.map(([place, value]): [string, string] => [`全部 Skype Online。我${joins[k % joins.length]}${name}都在${place}，一對一通話，我這端走哪？`, value])))('%s', (text, value) => {
    expect(slots(text)).toMatchObject({ location: value, peer: value, callType: 'peerToPeer' });
  });
});

describe('negatives: known words between are not a name', () => {
  it('a title the lexicon knows stays a title', () => {
    expect(slots('全部 Skype Online。我跟主管都在家，一對一通話，我這端走哪？')).toMatchObject({ location: 'internet', peer: 'internet' });
  });
  it('no word for both: nothing is taken as a name', () => {
    expect(slots('全部 Skype Online。我在家，打給在總部的同事，我這端走哪？')).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });
});

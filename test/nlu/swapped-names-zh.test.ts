// A name put right for another ("幫我確認 Laura 的路徑 / 打錯，是 Lisa 不是 Laura", "不是小陳，是小林"): where the wrong
// name was written before, the writer meant the one said instead; the same name written after is that other person
// (dev24 zh44-2 answered with Laura's office, a wrong answer). "A 不是 B 的主管" corrects nothing.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

const PAIRS: [string, string][] = [['Laura', 'Lisa'], ['小陳', '小林'], ['Amy', 'Jenny']];
const SWAPS = [(wrong: string, right: string) => `打錯，是 ${right} 不是 ${wrong}`, (wrong: string, right: string) => `不是${wrong}，是${right}`, (wrong: string, right: string) => `啊不是 ${wrong}，是 ${right}啦`];
/** The wrong name's own person, named again after the correction, said to be out of the call. */
const OUT = ['但跟這通無關', '跟這通電話沒關係', '不在這通裡'];
const PLACES: [string, string, 'customerNetwork' | 'internet'][] = [
  ['在出差的飯店', '在辦公室', 'internet'],
  ['在總部座位上', '在家', 'customerNetwork'],
];

describe('the name said instead is whom the question is about', () => {
  const grid = PAIRS.flatMap(([wrong, right], p) =>
    PLACES.flatMap(([place, elsewhere, location]) =>
      SWAPS.map((swap): [string, string] => [
        `幫我確認一下 ${wrong} 的 PSTN 通話路徑。${swap(wrong, right)}。${right} 人${place}，撥客戶手機。我們是純 SfB Online。${wrong}${elsewhere}，${OUT[p]}`,
        location,
      ]),
    ),
  );
  it.each(grid)('%s -> %s', (text, location) => {
    expect(slots(text)).toMatchObject({ location, deployment: 'online', callType: 'pstn' });
  });
  it('what was said with the wrong name before the correction is the right one\'s', () => {
    expect(slots('幫我看一下小陳的 PSTN 通話路徑，小陳在家撥客戶手機。啊不是小陳，是小林啦。我們是 Skype Online。')).toMatchObject({ location: 'internet' });
  });
});

describe('negatives: who someone is not', () => {
  it('"Amy 不是 Ken 的主管" keeps Amy', () => {
    expect(slots('幫我看一下 Amy 的路徑，Amy 不是 Ken 的主管。Amy 在家撥客戶手機，Ken 在辦公室。我們是 Skype Online。')).toMatchObject({ location: 'internet' });
  });
  it('"Laura 在辦公室，跟這通無關" alone says she is out of the call', () => {
    expect(slots('Lisa 在飯店撥客戶手機。我們是純 SfB Online。Laura 在辦公室，跟這通無關。')).toMatchObject({ location: 'internet' });
  });
  it('without a correction, the one asked about keeps their place', () => {
    expect(slots('幫我看一下小陳的 PSTN 通話路徑，小陳在家撥客戶手機。我們是 Skype Online。')).toMatchObject({ location: 'internet' });
  });
});

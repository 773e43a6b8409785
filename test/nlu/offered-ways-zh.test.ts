// "他 Skype 打給我的時候是走 ER 嗎 還是外網": a place after "還是" that a question about the way offers, beside another
// way ("ER"), is asked, not said of anyone (clauses.ts offeredWay); before, only traffic named before it ("媒體會走
// ER 還是直接出外網") made it asked, and "外網" here was answered as the writer's place. Where someone is, said
// outside the question, still is.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const location = (text: string) => recognizer.recognize(text).slots.location;

describe('a way offered by a question about the way is asked, not said', () => {
  it.each([
    ['老闆 Skype 打給我的時候是走 ER 嗎 還是外網'],
    ['全公司 Online，我加入主管開的會，會走 ER 還是網際網路？'],
    ['When my boss calls me on Skype, does it go over ER or the internet?'],
  ])('%s', (text) => {
    expect(location(text)).toBeUndefined();
  });

  it.each([
    ['我在家，老闆 Skype 打給我的時候是走 ER 嗎 還是外網', 'internet'],
    ['全公司 Online，我在辦公室加入主管開的會，會走 ER 還是網際網路？', 'customerNetwork'],
  ])('where the writer is, said apart, stays: %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

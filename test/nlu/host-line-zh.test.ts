// A list of who is where ("- 王經理：總部 / - 小周：家裡 / - Jenny：？（她沒回我）"): the line of the meeting's host says
// where the host is, which is nobody's place in the call (a host has no place in it). Before, with nobody found
// before it in its line, the host's place fell to the writer by default and answered for Jenny, whose place the
// list leaves unknown (parties.ts hostsLine).
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const location = (text: string) => recognizer.recognize(text).slots.location;

describe("the host's line of a list is nobody's place in the call", () => {
  it.each([
    ['王經理開的會，大家都是 Skype Online：\n- 王經理：總部\n- 小周：家裡\n- Jenny：？（她沒回我）\nJenny 的訊號跟媒體會走哪？'],
    ['林協理發的會議，全公司 Online。\n林協理：台北總部\n阿宏：高鐵上\n小芳：不確定\n小芳的媒體走 ER 嗎？'],
    ['Meeting set up by Mr Wang, everyone is Skype Online:\n- Mr Wang: HQ\n- Zhou: home\n- Jenny: ? (no reply)\nWhere do Jenny\'s signaling and media go?'],
  ])('%s', (text) => {
    expect(location(text)).toBeUndefined();
  });

  it.each([
    ['王經理開的會，大家都是 Skype Online：\n- 王經理：總部\n- 小周：家裡\n- Jenny：台北辦公室\nJenny 的訊號跟媒體會走哪？', 'customerNetwork'],
    ['王經理開的會，大家都是 Skype Online：\n- 王經理：總部\n- Jenny：家裡\nJenny 的訊號跟媒體會走哪？', 'internet'],
  ])('the asked one\'s own line still says: %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

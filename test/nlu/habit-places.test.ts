// "Howard 常常在家工作，他跟…打 Skype 視訊", "小陳平常都在公司上班，他昨天跟在家的王姐打了一通", "Ray usually works
// from home. Yesterday he called ...": a place said as a habit, in a clause apart from the call told, is not where
// anyone was for that call (habits.ts): the place is asked. Before, the habit was answered as the call's place.
// Said of the call itself, or "usually" with a call set on no day, it is the question and stays.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const location = (text: string) => recognizer.recognize(text).slots.location;

describe('a habit is not the place of the call told apart from it', () => {
  it.each([
    ['全 Online。阿偉常常在外面跑客戶，他用 Skype 打給在家的同事，阿偉的媒體走哪？'],
    ['全 Online。小陳平常都在公司上班，他昨天跟在家的王姐打了一通一對一視訊，小陳那邊的媒體走 ER 嗎？'],
    ['全 Online。Ray 每次出差都住飯店，昨天他加入處長開的週會很卡，他的流量有走 ER 嗎？'],
    ['All Online. Ray usually works from home. Yesterday he called a colleague in the office on Skype. Where did his media go?'],
    ['All Online. Our boss is often out at customer sites. When he joins the director\'s meeting, does his media go over ER?'],
  ])('%s', (text) => {
    expect(location(text)).toBeUndefined();
  });

  it.each([
    ['全 Online。我平常在公司，用 Skype 打外線給廠商走哪？', 'customerNetwork'],
    ['全 Online。我平常在公司打外線給廠商，走哪？', 'customerNetwork'],
    ['全 Online。我常常在家工作，今天也在家，我打給在辦公室的同事，走哪？', 'internet'],
    ['All Online. I usually call suppliers from the office. Does that go over ER?', 'customerNetwork'],
  ])('said of the call, or now: %s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

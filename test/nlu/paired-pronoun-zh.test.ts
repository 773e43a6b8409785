// "阿宏在客戶那裡用 4G 加入小美開的會，小美跟 Jessica 在辦公室。他的訊號…": "他" does not single out one of two
// others named together ("小美跟 Jessica"), so it stands for the one who acts alone before them (people.ts
// lastPersonBefore). Before, "他" was the last one named, Jessica, and her office was answered as his place.
// The writer's partner ("小王跟我") is still whom "他" stands for.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const location = (text: string) => recognizer.recognize(text).slots.location;

describe('a singular pronoun is not one of a pair of others', () => {
  it.each([
    ['全公司 Online。阿宏在客戶那裡用手機 4G 加入小美開的會，小美跟 Jessica 在辦公室。他的訊號跟媒體走哪？', 'internet'],
    ['全公司 Online。阿宏在家用手機熱點加入經理開的會，小林和阿德在公司。他的媒體走哪？', 'internet'],
    ['All Online. Hung joined the manager\'s meeting over 4G from a customer site. Raj and Jake are in the office. Where does his media go?', 'internet'],
    // Not a pair of others: the writer's partner.
    ['全公司 Online。小王跟我在辦公室一起加入經理開的會，他的媒體走哪？', 'customerNetwork'],
  ])('%s', (text, place) => {
    expect(location(text)).toBe(place);
  });
});

// "I'm at home and I ring the dispatcher on the office LAN. Media path for the dispatcher?": a role word the vocabulary
// does not know was a person where it was called, but said again in the question it was nobody, so the question was
// the writer's and took the writer's place (a wrong answer). The same word said again is the one called.
// Chinese roles the vocabulary knows (領班, 總務, 司機) already worked; these hold it. Unknown Chinese roles after 打給
// (調度, 場務) are read where something is said of them: see called-unknown-role-zh.test.ts.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a role called, asked about again by its word', () => {
  it.each([
    ["Online only. I'm at home and I ring the dispatcher on the office LAN. Media path for the dispatcher?", 'customerNetwork', 'internet'],
    ["Online only. I'm at home and I ring the quartermaster on the office LAN. Media path for the quartermaster?", 'customerNetwork', 'internet'],
    ["Online only. I'm at home, calling the sommelier on the office LAN. Media path for the sommelier?", 'customerNetwork', 'internet'],
    ["Online only. I'm at home and I phone the farrier on the office LAN. Which way does media go for the farrier?", 'customerNetwork', 'internet'],
    ['Online only. From home I call the bursar who is in the office. Media path for the bursar?', 'customerNetwork', 'internet'],
    ['Online。我在家，打給領班，他在公司內網。領班的媒體走哪？', 'customerNetwork', 'internet'],
    ['Online。我在家，打給在公司的總務，總務的媒體？', 'customerNetwork', 'internet'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });

  // Near misses: the writer asking about their own side, or not naming a side, keeps the writer's place; a known role
  // works as it did.
  it.each([
    ["Online only. I'm at home and I ring the dispatcher on the office LAN. Media path for me?", 'internet', 'customerNetwork'],
    ["Online only. I'm at home and I call the foreman on the office LAN. Media path?", 'internet', 'customerNetwork'],
    ["Online only. I'm at home and I call the receptionist on the office LAN. Media path for the receptionist?", 'customerNetwork', 'internet'],
    ['Online。我在家，打給在公司的總務，我的媒體？', 'internet', 'customerNetwork'],
    ['Online。我在家，打給阿明，他在公司內網。阿明的媒體走哪？', 'customerNetwork', 'internet'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });
});

// "Online. I think I'm at home, calling Kofi who's in the office. media?": the writer's own place, only believed, was
// taken as said. One knows where one is: a writer who thinks, probably is or guesses (lowercase, mid-sentence, or with
// no subject opening the sentence) leaves their place asked. A belief of someone else's place stays (see
// places-in-doubt.test.ts), and "I think" about the path or anything else leaves a place said plainly.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe("the writer's own place, believed, is asked", () => {
  it.each([
    ["Online. I think I'm at home, calling Kofi who's in the office. media?"],
    ["Online. i think i'm at home, calling Kofi who's in the office. media?"],
    ["Online. I'm prob at home, calling Kofi who's in the office. media?"],
    ['Online. Probably at home today, calling Kofi who is in the office. Media path?'],
    ["SfB Online, calling Kofi who's in the office, and i'm probably at home. media?"],
    ["Online. I guess I'm at home, calling Kofi who's in the office. media?"],
    ['純 Online。我應該是在家吧，打給在公司的阿明，媒體走哪？'],
    ['純 Online。我好像在家，打給在公司的阿明，媒體走哪？'],
    ['純 Online。我大概在家，打給在公司的阿明，媒體走哪？'],
  ])('%s', (text) => {
    expect(slots(text).location).toBeUndefined();
    expect(slots(text).peer).toBe('customerNetwork');
  });

  // Near misses: "I think" of the path, or a belief of someone else's place, leaves the places said.
  it.each([
    ["Online. I'm at home, calling Kofi who's in the office. I think it goes over ER, right?", 'internet', 'customerNetwork'],
    ["Online. I'm at home, calling Kofi who's in the office. i think the media is direct?", 'internet', 'customerNetwork'],
    ["Online. I'm at home, calling Kofi; he's probably in the office. Media?", 'internet', 'customerNetwork'],
    ['純 Online。我在家，打給在公司的阿明，我覺得應該走 ER 吧？', 'internet', 'customerNetwork'],
    ['純 Online。我在家，打給阿明，他應該在公司吧，媒體走哪？', 'internet', 'customerNetwork'],
  ])('%s', (text, location, peer) => {
    expect(slots(text)).toMatchObject({ location, peer });
  });
});

// "call Kofi or Lena, both at home", 「打給阿明或小華，他們都在家」: the one called offered as one of two leaves the other
// party's facts asked (offeredCallees.ts), but a place said of both is the other party's whichever is called; and it
// was read as the writer's too ("both" for the writer and the one called), giving the writer's place wrong.
import { createRecognizer } from '../../src/nlu';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('two offered callees with one shared place', () => {
  it.each([
    ['Online. I\'m in the office and will call Kofi or Lena, both at home. Media path?'],
    ['Online. I\'m in the office, calling Kofi or Lena - they\'re both at home. Media?'],
    ['Online. I\'m in the office and will call either Kofi or Lena, both working from home. Path?'],
    ['純 Online。我在公司，要打給阿明或小華，他們都在家，媒體走哪？'],
    ['純 Online。我在公司，打給阿明或小華，兩個都在家，路徑？'],
  ])('%s', (text) => {
    expect(slots(text)).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });

  // Near misses: each at a place of their own, the other party's place stays asked; the writer's is kept.
  it.each([
    ['Online. I\'m in the office and will call Kofi or Lena; Kofi is at home, Lena is in the office. Media path?'],
    ['純 Online。我在公司，要打給阿明或小華，阿明在家，小華在公司，媒體走哪？'],
  ])('%s', (text) => {
    expect(slots(text).location).toBe('customerNetwork');
    expect(slots(text).peer).toBeUndefined();
  });
});

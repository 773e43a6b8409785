// A blind trap question asked 「那『她』的媒體走哪？」 about the one called, and was answered for the caller (a wrong
// answer): quote marks are breaks, so the stressed pronoun was cut off from the side it asks about. A pronoun in
// quotes is stress, not a quotation. Written for the grid: quote styles x pronouns x languages, and a quoted passage
// around one (not a stress) left as it is.
import { createRecognizer } from '../../src/nlu';
import { foldText } from '../../src/nlu/text';

const recognizer = createRecognizer();
const slots = (text: string) => recognizer.recognize(text).slots;

describe('a stressed pronoun asks about its person', () => {
  it.each(['「她」', '『她』', '"她"', '\u201c她\u201d', '她'])(
    '我在公司打給 Sarah，她今天在家。那%s的媒體走哪？大家都是 SfB Online。',
    (her) => {
      expect(slots(`我在公司打給 Sarah，她今天在家。那${her}的媒體走哪？大家都是 SfB Online。`)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
    },
  );

  it.each(['"her"', '\u201cher\u201d', 'HER', '"his"'])("I'm in the office and call Sam, who is at home today. What about %s media? We're all SfB Online.", (pronoun) => {
    const text = `I'm in the office and call ${pronoun.includes('his') ? 'Sam' : 'Sarah'}, who is at home today. What about ${pronoun} media? We're all SfB Online.`;
    expect(slots(text)).toMatchObject({ location: 'internet', peer: 'customerNetwork' });
  });

  it.each(['"my"', '「我」'])('and the writer stressed stays the writer: %s', (me) => {
    expect(slots(`I'm in the office and call Sarah, who is at home today. What about ${me} media? We're all SfB Online.`)).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
  });

  it('leaves quotes with more in them, and quotes on either side of a word, as they are', () => {
    expect(foldText('she said "I am at home" and "ok" I "think"')).toBe('she said "I am at home" and "ok" I "think"');
    expect(foldText('「homed」是什麼意思')).toBe('「homed」是什麼意思');
  });
});

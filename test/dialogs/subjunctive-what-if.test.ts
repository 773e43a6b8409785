// "What if he were at home?": a what-if put in the subjunctive is the case to answer, as "what if he was at home?"
// is. The recognizer took every "if he were" for a supposition weighed and read nothing (dialog leftover, issue 15):
// "what if I were in the office?" was not understood. Weighed ("if he were at home, would it change anything?") it is still only asked about;
// a lone pronoun in the writer's call between two people is the other party (one-other-person.test.ts).
import type { PartialScenario } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { allText, kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const P2P: Record<Locale, string> = {
  en: 'We are fully Online. I am at home and call a colleague who is in the office. Which paths?',
  'zh-TW': '我們全部是 Online。我在家打給同事，同事在公司。路徑怎麼走？',
};

const CASES: [Locale, string, PartialScenario | 'whichParty'][] = [
  ['en', 'what if I were in the office?', { location: 'customerNetwork' }],
  ['en', 'so what if I were working from the office?', { location: 'customerNetwork' }],
  ['en', 'what if he were at home?', { peer: 'internet' }],
  ['zh-TW', '如果我在公司呢？', { location: 'customerNetwork' }],
  ['zh-TW', '如果他在家呢？', { peer: 'internet' }],
];

describe.each(CASES)('%s: %s after a peer-to-peer answer', (locale, text, then) => {
  it(then === 'whichParty' ? 'asks whom it means' : `applies ${JSON.stringify(then)}`, async () => {
    const conversation = startConversation({ recognizer, locale });
    const [answer] = await conversation.say(P2P[locale]);
    expect(kindOf(answer, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    const after = (await conversation.session()).scenario;
    if (then === 'whichParty') {
      expect(replies.map(allText).join(' ')).toContain(t(locale, 'dialog.whichParty'));
      expect(after).toEqual(before);
    } else {
      expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
      expect(after).toEqual({ ...before, ...then });
    }
  });
});

describe('weighed, the subjunctive is only asked about', () => {
  it.each([
    'if he were working from home, would it change anything?',
    'what if she were at home, would that change anything?',
  ])('%s reads no place', (text) => {
    expect(recognizer.recognize(text).slots.location).toBeUndefined();
  });
});

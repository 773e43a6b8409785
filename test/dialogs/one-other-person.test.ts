// Whom "he", "she", 他, 她 or a name mean in a call between two people, when only one can be meant. Found by the blind
// judge of convs7: after 「我在辦公室跟同事一對一通話」 (the writer is the user), 「那如果他在飯店呢？」 and 「那他的訊號呢？」
// were asked back whom they mean; after "Maria calls Tom", "what if Tom is working from home?" too (the caller is the
// user, as the recognizer reads the call, the callee the other party). Near misses: a call the writer is not in, a
// new name, the writer said ("I'm at home"), a role said, keep their reading.
import { createRecognizer } from '../../src/nlu';
import { t, type Locale } from '../../src/i18n';
import type { PartialScenario } from '../../src/engine';
import { startConversation } from './harness';
import { kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const WRITER_IN_CALL: Record<Locale, string> = {
  en: "We're on SfB Online. I'm in the office on a 1:1 call with a colleague, he's in the office too. Media path?",
  'zh-TW': '我們公司是商務用 Skype Online，我在辦公室跟同事一對一通話，他也在公司，媒體走哪條路？',
};
const CALLER_CALLEE: Record<Locale, string> = {
  en: 'Maria calls Tom on Skype for Business, we are fully on SfB Online, both at their desks in HQ. What path does the audio take?',
  'zh-TW': '我們全部在 SfB Online，小美打給小明，兩個人都在總部座位上，語音走哪？',
};
const NOT_IN_CALL: Record<Locale, string> = {
  en: 'Two users on SfB Online in a 1:1 call, both in the office. Media path?',
  'zh-TW': '兩個 SfB Online 使用者一對一通話，兩個都在公司，媒體怎麼走？',
};

type Then = PartialScenario | 'whichParty' | 'same';
const OPENINGS = { WRITER_IN_CALL, CALLER_CALLEE, NOT_IN_CALL };
const CASES: [Locale, keyof typeof OPENINGS, string, Then][] = [
  ['en', 'WRITER_IN_CALL', 'what if he is at a hotel?', { peer: 'internet' }],
  ['en', 'WRITER_IN_CALL', "and if she's working from home?", { peer: 'internet' }],
  ['zh-TW', 'WRITER_IN_CALL', '那如果他在飯店呢？', { peer: 'internet' }],
  ['zh-TW', 'WRITER_IN_CALL', '如果她在家呢', { peer: 'internet' }],
  ['en', 'WRITER_IN_CALL', 'and his signaling?', 'same'],
  ['zh-TW', 'WRITER_IN_CALL', '那他的訊號呢？', 'same'],
  ['zh-TW', 'WRITER_IN_CALL', '他那邊的部分呢', 'same'],
  ['en', 'CALLER_CALLEE', 'what if Tom is working from home that day?', { peer: 'internet' }],
  ['en', 'CALLER_CALLEE', 'what if Maria is at a hotel?', { location: 'internet' }],
  ['zh-TW', 'CALLER_CALLEE', '如果小明人在家呢？', { peer: 'internet' }],
  // Near misses: the writer said is the user; a role said is that role; a call the writer is not in, or a new name, is asked.
  ['en', 'WRITER_IN_CALL', "what if I'm at home?", { location: 'internet' }],
  ['zh-TW', 'WRITER_IN_CALL', '如果我在家呢', { location: 'internet' }],
  ['zh-TW', 'WRITER_IN_CALL', '如果使用者在家呢', { location: 'internet' }],
  ['en', 'NOT_IN_CALL', 'what if he is at a hotel?', 'whichParty'],
  ['zh-TW', 'NOT_IN_CALL', '那如果他在飯店呢？', 'whichParty'],
  ['en', 'CALLER_CALLEE', 'what if Priya is at a hotel?', 'whichParty'],
];

describe.each(CASES)('%s: after %s, %s', (locale, opening, text, then) => {
  it(typeof then === 'string' ? then : `applies ${JSON.stringify(then)}`, async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(OPENINGS[opening][locale]);
    expect(kindOf(card, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    const replies = await conversation.say(text);
    const said = saidIn(replies);
    const after = (await conversation.session()).scenario;
    if (then === 'whichParty') {
      expect(said).toContain(t(locale, 'dialog.whichParty'));
      expect(after).toEqual(before);
      return;
    }
    expect(said).not.toContain(t(locale, 'dialog.whichParty'));
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect(after).toEqual(then === 'same' ? before : { ...before, ...then });
  });
});

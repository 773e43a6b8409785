// The writer correcting where the other party of a call between two people is ("sorry, I meant the courier is at the
// south yard, not home", 「我是說司機在倉庫，不是在家」): "I meant", 「我是說」 is the writer correcting themselves, no
// person of the call, so the other party named in it is whom the place is said of (session 62's dev conversations: the
// foreman's corrected place moved the caller, and the answer kept the foreman at home).
// Near miss: the writer's own place said after "I mean" is still the writer's.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const OPENING: Record<Locale, string> = {
  en: 'We are on Skype for Business Online. The dispatcher calls the courier, who is at home today. The dispatcher is in the control room on our LAN. Paths for the dispatcher?',
  'zh-TW': '我們用 Skype Online。調度員打給阿明，阿明今天在家。調度員在調度室，連公司網路。調度員的路徑？',
};

const CORRECTIONS: Array<[Locale, string]> = [
  ['en', 'sorry, I meant the courier is at the south yard, not home. the south yard is on our network'],
  ['en', 'no wait, I misspoke: the courier is at the depot on the LAN'],
  ['zh-TW', '抱歉，我是說阿明在公司，連公司網路，不是在家'],
  ['zh-TW', '我剛剛說錯了，阿明在辦公室用公司網路'],
  // An apology that names the writer: "my mistake", 「我搞錯了」 (conv62v, a dev set: the correction moved no one).
  ['en', 'sorry, my mistake - the courier is at the depot on the LAN'],
  ['zh-TW', '抱歉我搞錯了，阿明在辦公室，連公司網路'],
];

describe.each(CORRECTIONS)('%s: %s', (locale, text) => {
  it("moves the other party, the caller's place kept", async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(OPENING[locale]);
    expect(kindOf(first, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject({ location: 'customerNetwork', peer: 'internet' });
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject({ location: 'customerNetwork', peer: 'customerNetwork' });
  });
});

describe.each([
  ['en', "I mean, I'm the one at home"],
  ['zh-TW', '我是說，我自己在家'],
] as const)('near miss %s: %s', (locale, text) => {
  it('never moves the other party', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(OPENING[locale]);
    await conversation.say(text);
    expect((await conversation.session()).scenario.peer).toBe('internet');
  });
});

// A correction that names the deployment and the call again is a change to the question on screen, not a new one.
// Found by the blind judge of convs7 (c7-2 t3): "wait sorry, it's Raj's meeting, Jen just forwarded it. Raj is still
// on-prem" was read as a new question, dropped "homed on-premises" and "in the office", and asked where the user is
// again. Near miss: a new question that says no correction still starts afresh.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf, questionOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const OPENING: Record<Locale, string[]> = {
  en: ["I'm homed on our on-prem pool and I'm in the office. joining a meeting in 5 min, does my traffic go over ER?", "Jen from finance sent the invite, she's been moved to Online"],
  'zh-TW': ['我們是混合式部署，我是地端帳號，人在辦公室，等一下要開會，會走 ER 嗎？', '是線上使用者召集的'],
};
const KEPT: PartialScenario = { homing: 'onPremises', location: 'customerNetwork', organizer: 'onPremises' };

describe.each([
  ['en', "wait sorry, it's Raj's meeting, Jen just forwarded it. Raj is still on-prem"],
  ['en', 'actually the organizer of this hybrid conference is an on-prem user'],
  ['zh-TW', '抱歉搞錯了，是地端使用者召集的混合式會議'],
  ['zh-TW', '不對，這場混合式的會議是地端的人開的'],
] as [Locale, string][])('%s: %s', (locale, text) => {
  it('changes the organizer and keeps what was said before', async () => {
    const conversation = startConversation({ recognizer, locale });
    let replies = await conversation.say(OPENING[locale][0]);
    replies = await conversation.say(OPENING[locale][1]);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject(KEPT);
  });
});

describe.each([
  ['en', 'new one: hybrid conference hosted by an on-prem user, which paths?'],
  ['zh-TW', '另一個問題：混合式部署，地端使用者召集的會議，路徑？'],
] as [Locale, string][])('%s near miss: %s', (locale, text) => {
  it('is a new question: what it does not say is asked', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(OPENING[locale][0]);
    await conversation.say(OPENING[locale][1]);
    const replies = await conversation.say(text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('question');
    expect((await conversation.session()).scenario.location).toBeUndefined();
    expect(questionOf(replies.at(-1)!).slot).toBeDefined();
  });
});

// The blind judge of convs8 (c8-10 t2): after an answer for a PSTN call from home, "we're skype online with microsoft
// calling plan" named the deployment and the call type, was read as a new question and dropped "from home". A
// statement of the same call, asking nothing, adds to the question on screen.
describe.each([
  ['en', 'My boss wants to know if his phone calls from home go through our private line to Microsoft', "we're skype online with microsoft calling plan"],
  ['zh-TW', '老闆在家打 PSTN 電話會走公司的 ER 到微軟嗎', '我們是 Skype Online，PSTN 用微軟的通話方案'],
] as [Locale, string, string][])('%s: %s, then %s', (locale, question, statement) => {
  it('keeps the place said before', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(question);
    expect((await conversation.session()).scenario.location).toBe('internet');
    const replies = await conversation.say(statement);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect((await conversation.session()).scenario).toMatchObject({ location: 'internet', deployment: 'online', callType: 'pstn' });
  });
});

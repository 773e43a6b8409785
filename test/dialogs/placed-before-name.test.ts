// Follow-ups that say where someone is before naming them, or where the writer goes back to. Found by session 53's
// brief: 「我在公司打給在家的小明」 never remembered 小明 as the other party, so a later 「小明其實在地端」 moved the writer's
// homing (a wrong answer where the other party's homing was already known); 「如果是東京的 Dana 開的會呢？」 in a Hybrid
// meeting was called out of scope, and "what if Dana from the Tokyo branch had organized it?" read no one (with the
// writer at home, "branch" moved them to the office); 「那我回到公司呢？」 after an answer from a hotel was out of
// scope. The homing said with the new organizer (「如果是還在地端的 Dana…」, "Dana, who is still on-prem") was used
// already and still is. Near misses: another company's person placed before the name is not our organizer; 「那我在
// 公司的同事呢？」 names no one (同 of 同事 was read as "with").
import type { PartialScenario } from '../../src/engine';
import { createRecognizer } from '../../src/nlu';
import type { Locale } from '../../src/i18n';
import { startConversation } from './harness';
import { kindOf, questionOf } from './cardReading';

const recognizer = createRecognizer();

const HYBRID_CALL: PartialScenario = { deployment: 'hybrid', callType: 'peerToPeer', homing: 'online' };

/** The writer calls someone said after where they are; a later fact of that person is the other party's. */
const CALLEE_PLACED: [string, string, PartialScenario][] = [
  ['混合式部署，我跟對方都是 Online 帳號。我在辦公室打給在家的小芬，訊號怎麼走？', '小芬其實是地端帳號', { ...HYBRID_CALL, location: 'customerNetwork', peer: 'internet', peerHoming: 'onPremises' }],
  ['混合式部署，兩邊都是 Online 帳號，我在公司撥給在高鐵上的林經理，媒體走哪？', '林經理還在地端', { ...HYBRID_CALL, location: 'customerNetwork', peer: 'internet', peerHoming: 'onPremises' }],
  ['我們是混合式部署，我跟對方都是線上帳號，我在家打給在公司的阿德，路徑？', '阿德是 on-prem 的', { ...HYBRID_CALL, location: 'internet', peer: 'customerNetwork', peerHoming: 'onPremises' }],
  ['全部 Online，我在公司打電話給在咖啡店的 Nadia，路徑？', 'Nadia 回到公司了', { deployment: 'online', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' }],
];

describe.each(CALLEE_PLACED)('zh-TW: %s / %s', (opening, followUp, then) => {
  it("applies the fact to the one called, not to the writer", async () => {
    const conversation = startConversation({ recognizer, locale: 'zh-TW' });
    const [answer] = await conversation.say(opening);
    expect(kindOf(answer, 'zh-TW')).toBe('answer');
    await conversation.say(followUp);
    expect((await conversation.session()).scenario).toEqual(then);
  });
});

const HYBRID_MEETING = '混合式部署，我是 Online 帳號，在辦公室參加 Ken 主持的會議，Ken 也是線上帳號。路徑？';
const HYBRID_MEETING_EN = "We're hybrid. I'm homed Online, in the office, joining a meeting Ken organized; Ken is homed Online too. Paths?";

/** A new organizer in a what-if, where they are said before the name: their homing asked, or used when said. */
const NEW_ORGANIZER: [Locale, string, string, 'asks' | 'onPremises'][] = [
  ['zh-TW', HYBRID_MEETING, '如果是東京的 Dana 開的會呢？', 'asks'],
  ['zh-TW', HYBRID_MEETING, '那要是大阪分公司的 Yuki 開的會呢', 'asks'],
  ['zh-TW', HYBRID_MEETING, '如果是還在地端的 Dana 開的會呢？', 'onPremises'],
  ['zh-TW', HYBRID_MEETING, '改成帳號還在地端的阿德開的會呢？', 'onPremises'],
  ['en', HYBRID_MEETING_EN, 'what if Dana from the Tokyo branch had organized it?', 'asks'],
  ['en', HYBRID_MEETING_EN, 'and if Dana, who is still on-prem, had set it up?', 'onPremises'],
];

describe.each(NEW_ORGANIZER)('%s: %s / %s', (locale, opening, whatIf, expected) => {
  it(expected === 'asks' ? "asks where the new organizer is homed" : 'hosts the meeting where the new organizer is homed', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(opening);
    const replies = await conversation.say(whatIf);
    const { scenario } = await conversation.session();
    if (expected === 'asks') {
      expect(replies.map((card) => questionOf(card).slot)).toContain('organizer');
      // The organizer answered: the meeting hosted there.
      await conversation.say(locale === 'en' ? 'on-prem' : '地端');
      expect((await conversation.session()).scenario.organizer).toBe('onPremises');
    } else {
      expect(replies.map((card) => kindOf(card, locale))).toContain('answer');
      expect(scenario.organizer).toBe('onPremises');
    }
  });
});

const AT_HOME_MEETING = '混合式部署，我是 Online 帳號，在家參加 Ken 主持的會議，Ken 也是線上帳號。路徑？';
const AT_HOME_MEETING_EN = "We're hybrid. I'm homed Online, working from home, joining a meeting Ken organized; Ken is homed Online too. Paths?";

/** Where the new organizer is, said with their name, is theirs: the writer at home stays there. */
const ORGANIZER_PLACED: [Locale, string, string][] = [
  ['en', AT_HOME_MEETING_EN, 'what if Dana from the Tokyo office had organized it?'],
  ['en', AT_HOME_MEETING_EN, 'and if Raj in the Leeds office had set it up?'],
  ['zh-TW', AT_HOME_MEETING, '如果是台北辦公室的阿德開的會呢？'],
];

describe.each(ORGANIZER_PLACED)('%s: %s / %s', (locale, opening, whatIf) => {
  it("asks the organizer's homing and leaves the writer where they are", async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(opening);
    const replies = await conversation.say(whatIf);
    expect(replies.map((card) => questionOf(card).slot)).toContain('organizer');
    expect((await conversation.session()).scenario.location).toBe('internet');
  });
});

it("near miss: the customer's Amy placed before her name is not asked about as one of ours", async () => {
  const conversation = startConversation({ recognizer, locale: 'zh-TW' });
  await conversation.say(HYBRID_MEETING);
  const replies = await conversation.say('如果是客戶的 Amy 開的會呢？');
  expect(replies.map((card) => questionOf(card).slot)).not.toContain('organizer');
});

/** The writer back at the office in a what-if: on the customer network. */
const BACK_AT_OFFICE: [string, string][] = [
  ['混合式部署，我是 Online 帳號，在飯店打給在公司的 Tom，Tom 也是 Online，路徑？', '那我回到公司呢？'],
  ['全部 Online，我出差在機場打給在家的同事，路徑？', '等我回到辦公室呢？'],
  ['我們全部 Online，我在家加入 Ken 開的會議，路徑？', '如果我回到公司再加入呢'],
];

describe.each(BACK_AT_OFFICE)('zh-TW: %s / %s', (opening, whatIf) => {
  it('places the writer on the customer network', async () => {
    const conversation = startConversation({ recognizer, locale: 'zh-TW' });
    await conversation.say(opening);
    const before = (await conversation.session()).scenario;
    expect(before.location).toBe('internet');
    await conversation.say(whatIf);
    const after = (await conversation.session()).scenario;
    expect(after).toEqual({ ...before, location: 'customerNetwork', ...(after.organizer !== undefined && { organizer: after.organizer }) });
  });
});

it('near miss: 同 of 同事 is no "with", 「那我在公司的同事呢？」 names no one', async () => {
  const conversation = startConversation({ recognizer, locale: 'zh-TW' });
  await conversation.say('混合式部署，我是 Online 帳號，在家打給在公司的 Tom，Tom 也是 Online，路徑？');
  await conversation.say('那我在公司的同事呢？');
  expect(Object.keys((await conversation.session()).people ?? {})).not.toContain('事呢');
});

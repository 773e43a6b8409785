// A what-if that changes the call type and names a person the conversation knows ("what if Amy dials an outside number
// instead?", 「那改成 Amy 打 PSTN 呢」): a blind judge of session 46 saw it not understood (「改成」 hid every fact from the
// recognizer) and the writer's office and homing kept for Amy. The call type changes, the person named is the one whose
// paths are asked (her known place and homing), nothing else changes; her facts not known are asked, never the
// writer's taken for hers. Near misses: the writer calling out keeps the writer's facts; a place said with it wins.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { kindOf, questionOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

/** The writer on-premises in the office, calling Amy, at home and Online. */
const CALLING_AMY: Record<Locale, string> = {
  en: "Hybrid, I'm homed on-prem. I'm in the office calling Amy; Amy is at home and homed online. paths?",
  'zh-TW': '混合式部署，我的帳號在地端，我在公司打給 Amy，Amy 在家，帳號在線上，路徑？',
};
/** The same, Amy's place not said. */
const AMY_UNPLACED: Record<Locale, string> = {
  en: "Hybrid, I'm homed on-prem. I'm in the office calling Amy; Amy is homed online. paths?",
  'zh-TW': '混合式部署，我的帳號在地端，我在公司打給 Amy，Amy 的帳號在線上，路徑？',
};

const AMYS_PSTN: PartialScenario = { deployment: 'hybrid', callType: 'pstn', location: 'internet', homing: 'online' };

const CASES: Array<[Locale, Record<Locale, string>, string, PartialScenario]> = [
  ['en', CALLING_AMY, 'what if Amy dials an outside number instead?', AMYS_PSTN],
  ['en', CALLING_AMY, 'and if Amy calls a landline?', AMYS_PSTN],
  ['zh-TW', CALLING_AMY, '那改成 Amy 打 PSTN 呢', AMYS_PSTN],
  ['zh-TW', CALLING_AMY, '如果改成 Amy 打市話呢？', AMYS_PSTN],
  // A place said with it is hers.
  ['en', CALLING_AMY, 'what if Amy dials an outside number from the office?', { ...AMYS_PSTN, location: 'customerNetwork' }],
  ['zh-TW', CALLING_AMY, '那改成 Amy 在公司打外線呢', { ...AMYS_PSTN, location: 'customerNetwork' }],
  // Near miss: the writer calls out, with the writer's own facts.
  ['en', CALLING_AMY, 'what if I dial an outside number instead?', { deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork', homing: 'onPremises' }],
  ['zh-TW', CALLING_AMY, '那如果改成我打 PSTN 呢', { deployment: 'hybrid', callType: 'pstn', location: 'customerNetwork', homing: 'onPremises' }],
];

describe.each(CASES)('%s: after %#, %s', (locale, opening, text, then) => {
  it('changes the call type, with the facts of whoever calls out', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(opening[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    await conversation.say(text);
    expect((await conversation.session()).scenario).toEqual(then);
  });
});

describe.each([
  ['en', 'what if Amy dials an outside number instead?'],
  ['zh-TW', '那改成 Amy 打 PSTN 呢'],
] as const)('%s: Amy\'s place never said: %s', (locale, text) => {
  it('asks where she is, not the writer\'s office', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(AMY_UNPLACED[locale]);
    const replies = await conversation.say(text);
    const { scenario } = await conversation.session();
    expect(scenario).toMatchObject({ callType: 'pstn', homing: 'online' });
    expect(scenario.location).toBeUndefined();
    expect(questionOf(replies.at(-1)!).slot).toBe('location');
  });
});

/**
 * The other way: the caller out of a PSTN answer turns to a Skype call with someone named by their title and placed
 * before it (「跟在家的首席」, "the concertmaster at home"): the caller keeps their place, the one called is
 * the other party where the message puts them. A dev conversation of session 56 (conv56) saw 首席 unknown as a
 * person, the place given to the caller.
 */
const CALLING_OUT: Record<Locale, string> = {
  en: 'We use Cloud Connector Edition with ExpressRoute. The office manager is in the office and dials a sponsor on their landline. Paths?',
  'zh-TW': '我們用 Cloud Connector Edition，有 ExpressRoute。行政主任在辦公室打市話給贊助商，路徑怎麼走？',
};
const SKYPE_CALL_WITH: [Locale, string][] = [
  ['en', 'what if the manager called the concertmaster at home over Skype instead?'],
  ['zh-TW', '如果主任改成跟在家的首席用 Skype 通話呢？主任那邊'],
  ['zh-TW', '那如果改成跟在家的樂手一對一通話呢'],
  ['zh-TW', '要是主任改成跟在家的首席用 Skype 一對一講呢'],
];

describe.each(SKYPE_CALL_WITH)('%s: after a PSTN answer, %s', (locale, text) => {
  it('is a call with the one named, where the message puts them; the caller stays', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(CALLING_OUT[locale]);
    expect(kindOf(card, locale)).toBe('answer');
    await conversation.say(text);
    expect((await conversation.session()).scenario).toMatchObject({ callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' });
  });
});

// Whose homing a correction says in a conference another company hosts. Found by a blind judge: after a question
// about a customer's meeting on the customer's own servers, "wait sorry, they moved to Skype Online last year" (they:
// the customer) was applied to the user's homing. "They", 「他們」 or the company itself ("the customer", 「客戶」)
// is the organizing company: moved to Skype for Business Online, its conference is hosted in the cloud (principle
// 1). "She", 「她」 may be the user or the organizer: asked. The writer ("I'm actually homed on-prem") stays the user.
import type { PartialScenario } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { allText, kindOf } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const OPENING: Record<Locale, string> = {
  en: "Hybrid here. I'm joining a customer's meeting from the office, they host it on their own servers. Does it use ER?",
  'zh-TW': '我們是混合式部署。我在公司參加客戶開的會議，會議在他們自己的伺服器上。會走 ER 嗎？',
};

interface Case {
  locale: Locale;
  correction: string;
  /** What the scenario gains, or 'ask' when whom it means is asked and nothing changes. */
  then: PartialScenario | 'ask';
}

const CASES: Case[] = [
  { locale: 'en', correction: 'wait sorry, they moved to Skype Online last year', then: { organizer: 'online' } },
  { locale: 'en', correction: 'actually they are homed Online now', then: { organizer: 'online' } },
  { locale: 'en', correction: 'the customer is on Skype for Business Online now', then: { organizer: 'online' } },
  { locale: 'zh-TW', correction: '等等抱歉，他們去年已經搬到 Skype Online 了', then: { organizer: 'online' } },
  { locale: 'zh-TW', correction: '客戶其實已經搬到 Online 了', then: { organizer: 'online' } },
  { locale: 'zh-TW', correction: '他們其實是線上的', then: { organizer: 'online' } },
  // Hosted in the company's own Office 365 tenant: in the cloud, an Online-hosted conference (principle 1); found
  // by the blind judge of convs7 answered as still on the company's own servers. Their own servers stay theirs.
  { locale: 'en', correction: 'what if they host it in their office 365 tenant instead', then: { organizer: 'online' } },
  { locale: 'en', correction: 'the customer hosts it in its own O365 tenant now', then: { organizer: 'online' } },
  { locale: 'zh-TW', correction: '如果他們在自己的 Office 365 租用戶主持呢', then: { organizer: 'online' } },
  { locale: 'zh-TW', correction: '客戶現在是在他們的租用戶開會', then: { organizer: 'online' } },
  { locale: 'en', correction: 'what if they host it on their own servers', then: {} },
  { locale: 'zh-TW', correction: '如果他們還是在自己的伺服器上主持呢', then: {} },
  // A singular pronoun may be the user or the customer's organizer.
  { locale: 'en', correction: 'sorry, she moved to Skype Online last year', then: 'ask' },
  { locale: 'zh-TW', correction: '抱歉，她去年搬到 Online 了', then: 'ask' },
  // Near misses: the writer, and the role said, are who they say.
  { locale: 'en', correction: "sorry, I'm actually homed on-prem", then: { homing: 'onPremises' } },
  { locale: 'zh-TW', correction: '抱歉，我其實是地端帳號', then: { homing: 'onPremises' } },
  { locale: 'en', correction: 'the organizer moved to Skype Online', then: { organizer: 'online' } },
  { locale: 'zh-TW', correction: '召集人其實是線上的', then: { organizer: 'online' } },
];

describe.each(CASES)('$locale: $correction after a customer-hosted conference', ({ locale, correction, then }) => {
  it(then === 'ask' ? 'asks whom it means and changes nothing' : `applies ${JSON.stringify(then)}`, async () => {
    const conversation = startConversation({ recognizer, locale });
    const [answer] = await conversation.say(OPENING[locale]);
    expect(kindOf(answer, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    expect(before.organizer).toBe('otherCompany');
    const replies = await conversation.say(correction);
    const after = (await conversation.session()).scenario;
    if (then === 'ask') {
      expect(replies.map(allText).join(' ')).toContain(t(locale, 'dialog.whichParticipant'));
      expect(after).toEqual(before);
    } else {
      expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
      expect(after).toEqual({ ...before, ...then });
    }
  });
});

/**
 * The other way: our own meeting moved to another company's own Skype (a lead's brief of session 53: 「改到客戶那邊的
 * Skype 開」 turned the meeting into a peer-to-peer call, "the meeting moved to the customer's own Skype" changed
 * nothing): hosted on that company's servers.
 */
const OUR_MEETING: Record<Locale, string> = {
  en: "Hybrid deployment. I'm homed Online, at my desk in the office, joining a meeting set up by an Online colleague. Paths?",
  'zh-TW': '混合式部署。我是 Online 帳號，在公司參加線上同事開的會議。路徑？',
};

const MOVED_TO_THEIRS: [Locale, string, PartialScenario['organizer']][] = [
  ['en', "heads up, the meeting moved to the client's own Skype", 'otherCompany'],
  ['en', "what if the partner ran it on their own Lync instead?", 'otherCompany'],
  ['zh-TW', '會議改到客戶那邊的 Skype 開了', 'otherCompany'],
  ['zh-TW', '如果改到廠商自己的 Skype 開呢？', 'otherCompany'],
];

describe.each(MOVED_TO_THEIRS)('%s: %s after our own meeting', (locale, moved, organizer) => {
  it(`is hosted by ${organizer}, still a meeting`, async () => {
    const conversation = startConversation({ recognizer, locale });
    const [answer] = await conversation.say(OUR_MEETING[locale]);
    expect(kindOf(answer, locale)).toBe('answer');
    const before = (await conversation.session()).scenario;
    expect(before.organizer).toBe('online');
    await conversation.say(moved);
    const after = (await conversation.session()).scenario;
    expect(after).toEqual({ ...before, organizer });
  });
});

// In a conference there is no other party: a colleague placed after a conference answer ("and a colleague at home?",
// 「等等 重來，我其實是要問同事在咖啡廳參加同一場會」) is another participant, whose paths are the user's at that
// place. Found replaying the blind conversations: the place was read as the other party's, which a conference has
// not, and "that doesn't change anything" kept the office answer. Only where every user is homed Online (the
// colleague's homing cannot differ); in a Hybrid deployment, in a call between two people, or said of "the other
// party", it reads as before.
import { createRecognizer } from '../../src/nlu';
import type { Locale } from '../../src/i18n';
import { startConversation } from './harness';
import { kindOf } from './cardReading';

const recognizer = createRecognizer();

const ONLINE_CONFERENCE: Record<Locale, string> = {
  en: 'We are all on Skype for Business Online; I join a meeting my team lead organized, from the office. Which paths?',
  'zh-TW': '我們全部都是 online 啦，我在公司參加我們部門自己開的會',
};
const HYBRID_CONFERENCE: Record<Locale, string> = {
  en: 'Hybrid deployment, I am homed on-premises and in the office, joining a meeting an Online user organized. Which paths?',
  'zh-TW': '混合式部署，我的帳號在內部部署，人在辦公室，參加線上使用者召集的會議，路徑怎麼走？',
};
const P2P: Record<Locale, string> = {
  en: 'Online tenant, 1:1 call, I am in the office and so is the other party. Which paths?',
  'zh-TW': '全部都是 Online，點對點通話，我在公司，對方也在公司。路徑怎麼走？',
};

async function after(locale: Locale, opening: string, text: string) {
  const conversation = startConversation({ recognizer, locale });
  expect(kindOf((await conversation.say(opening)).at(-1)!, locale)).toBe('answer');
  const before = (await conversation.session()).scenario;
  const replies = await conversation.say(text);
  return { replies, before, after: (await conversation.session()).scenario };
}

describe.each([
  ['en', 'and a colleague at home?'],
  ['zh-TW', '等等 重來，我其實是要問同事在咖啡廳參加同一場會'],
  ['zh-TW', '那同事在家呢'],
] as const)('%s after an Online conference answer: %s', (locale, text) => {
  it('answers for a participant on the Internet', async () => {
    const { replies, before, after: now } = await after(locale, ONLINE_CONFERENCE[locale], text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect(now).toEqual({ ...before, location: 'internet' });
  });
});

describe.each([
  ['en', HYBRID_CONFERENCE.en, 'and a colleague at home?', {}],
  ['zh-TW', HYBRID_CONFERENCE['zh-TW'], '那同事在家呢', {}],
  ['en', P2P.en, 'and a colleague at home?', { peer: 'internet' }],
  ['zh-TW', P2P['zh-TW'], '那同事在家呢', { peer: 'internet' }],
] as const)('%s near miss: %s then %s', (locale, opening, text, change) => {
  it('reads as before', async () => {
    const { before, after: now } = await after(locale, opening, text);
    expect(now).toEqual({ ...before, ...change });
  });
});

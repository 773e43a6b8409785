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

// convs8's blind judge (c8-19): a meeting hosted Online with the deployment never said ("Online" answered the
// organizer question); 「出差去美國住飯店的同事呢」 got "doesn't change anything". The deployment still to be asked, the
// participant's place is applied; once the user's homing is known (it may not be the colleague's), it is not.
const ORGANIZER_ONLY: Record<Locale, string> = {
  en: 'I join a meeting an Online user organized, from the office. Which paths?',
  'zh-TW': '我在台北辦公室參加線上使用者召集的會議，會走 ER 嗎',
};
const HOMED_ORGANIZER_ONLY: Record<Locale, string> = {
  en: 'I am homed on-premises and join a meeting an Online user organized, from the office. Which paths?',
  'zh-TW': '我的帳號在內部部署，在台北辦公室參加線上使用者召集的會議，會走 ER 嗎',
};

describe.each([
  ['en', 'and a colleague staying at a hotel in the US?'],
  ['zh-TW', '出差去美國住飯店的同事呢'],
] as const)('%s after a meeting hosted Online, the deployment not said: %s', (locale, text) => {
  it('answers for a participant on the Internet', async () => {
    const { replies, before, after: now } = await after(locale, ORGANIZER_ONLY[locale], text);
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
    expect(now).toEqual({ ...before, location: 'internet' });
  });

  it('with the user homed, reads as before', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(HOMED_ORGANIZER_ONLY[locale]);
    const before = (await conversation.session()).scenario;
    await conversation.say(text);
    expect((await conversation.session()).scenario.location).toBe(before.location);
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

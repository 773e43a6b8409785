// "Where does everyone's media go in this meeting?" after a meeting's answer: the card shows the user's paths; every
// other participant takes the article's paths by their own facts (where they are; in Hybrid, where they are homed) in
// the same meeting. A blind judge saw it answered "that doesn't change anything" and the user's media path again. Each
// line is the engine's answer for that case, so the test computes the expected lines from the engine, never by hand.
// Near misses: a what-if about everyone changes a fact; the same words after a peer-to-peer answer are no meeting's.
import { advise, type PartialScenario } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { participantsText } from '../../src/present';
import { startConversation } from './harness';
import { kindOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

const MEETINGS: Record<'online' | 'hybrid', Record<Locale, string>> = {
  online: { en: 'Online deployment, I join a colleague\'s meeting from the office: which paths?', 'zh-TW': '全部都是 Online，我在公司參加同事開的會議，路徑怎麼走？' },
  hybrid: {
    en: "Hybrid deployment. I'm homed on-prem, in the office, joining a meeting an Online user organized: which paths?",
    'zh-TW': '混合式部署，我的帳號在地端，人在公司，參加線上使用者召集的會議，路徑怎麼走？',
  },
};

const ASKED: [Locale, 'online' | 'hybrid', string][] = [
  ['en', 'online', "where does everyone's media go in this meeting?"],
  ['en', 'hybrid', 'and what about the other participants, which paths do they take?'],
  ['en', 'hybrid', 'so how does each attendee’s audio flow?'],
  ['zh-TW', 'online', '這場會議每個人的媒體各走哪裡？'],
  ['zh-TW', 'hybrid', '那其他與會者的路徑呢？'],
  ['zh-TW', 'hybrid', '大家的訊號跟媒體各自怎麼走？'],
];

describe.each(ASKED)('%s, %s meeting on screen: %s', (locale, meeting, text) => {
  it("each participant's paths by their own facts; nothing changes", async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(MEETINGS[meeting][locale]);
    expect(kindOf(card, locale)).toBe('answer');
    const before = await conversation.session();
    const said = saidIn(await conversation.say(text));
    const shown = advise(before.scenario as PartialScenario).resolution!;
    const expected = participantsText(shown.scenario, before.focus, locale);
    expect(said).toContain(expected);
    expect(expected).toContain(t(locale, 'dialog.participants'));
    // A line per case: two places, and in Hybrid two homings for each.
    expect(expected.split('\n\n')).toHaveLength(1 + (meeting === 'hybrid' ? 4 : 2));
    expect(await conversation.session()).toEqual(before);
  });
});

describe.each([
  ['en', 'what if everyone is at home?'],
  ['zh-TW', '如果大家都在家呢？'],
] as const)('%s, a what-if about everyone: %s', (locale, text) => {
  it('changes the fact, not the list of participants', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEETINGS.online[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'dialog.participants'));
    expect((await conversation.session()).scenario.location).toBe('internet');
  });
});

it('after a peer-to-peer answer: no list of participants', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say('Online deployment, I call a colleague, both of us in the office: which paths?');
  const said = saidIn(await conversation.say("where does everyone's media go?"));
  expect(said).not.toContain(t('en', 'dialog.participants'));
});

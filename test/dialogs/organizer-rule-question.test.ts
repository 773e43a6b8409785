// The organizer rule said back as a question ("so meetings always follow the organizer?", 「所以會議都跟著召集人走？」)
// after a meeting's answer: the rule confirmed and explained (why the organizer matters), nothing changed. The blind
// judge found 「所以會議都跟著召集人走？」 met with "nothing changes". Near misses: the same words with a fact of the
// organizer ("so if the organizer is on-prem, …") are a what-if; the organizer following up is no rule.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { saidIn } from './cardReading';
import { MEETING_ANSWERED, startConversation } from './harness';

const recognizer = createRecognizer();

const RULE: [Locale, string][] = [
  ['en', 'so meetings always follow the organizer?'],
  ['en', "so it's hosted wherever the organizer is homed, right?"],
  ['en', "so the meeting's location depends on the organizer?"],
  ['en', 'got it, so it just goes with the organizer'],
  ['zh-TW', '所以會議都跟著召集人走？'],
  ['zh-TW', '也就是說會議在哪裡主持是看召集人的帳號？'],
  ['zh-TW', '所以都由主辦人決定嗎'],
];

describe.each(RULE)('%s after a meeting answer: %s', (locale, text) => {
  it('explains why the organizer matters, nothing changed', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEETING_ANSWERED[locale]);
    const before = (await conversation.session()).scenario;
    const said = saidIn(await conversation.say(text));
    expect(said).toContain(t(locale, 'terms.organizer.title'));
    expect((await conversation.session()).scenario).toEqual(before);
  });
});

const NEAR: [Locale, string][] = [
  ['en', 'so if the organizer is on-prem, does the meeting follow the organizer?'],
  ['zh-TW', '那如果召集人是地端的，會議也跟著召集人走嗎？'],
];

describe.each(NEAR)('%s after a meeting answer: %s', (locale, text) => {
  it('is a what-if of the organizer', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(MEETING_ANSWERED[locale]);
    const said = saidIn(await conversation.say(text));
    expect(said).not.toContain(t(locale, 'terms.organizer.title'));
    expect((await conversation.session()).scenario.organizer).toBe('onPremises');
  });
});

it('en: the organizer following up is no rule', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(MEETING_ANSWERED.en);
  const said = saidIn(await conversation.say('the organizer follows up by email later'));
  expect(said).not.toContain(t('en', 'terms.organizer.title'));
});

// "Don't know" to a question, typed in either language or with the question card's button: the advisor says what
// each answer would give the user (the engine's answer for each value, or the facts still open with it) and where to
// find the fact out, and keeps the question on screen; nothing of the scenario changes. In a triage, the fact is noted
// as unknown, as its own button does. Whole messages only: "I don't know why the audio drops" is no answer.
import { advise } from '../../src/engine';
import { slotLabel, slotValueText } from '../../src/present';
import { t, type Locale } from '../../src/i18n';
import { saysDontKnow } from '../../dialogs/followUpWords';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { allText, questionOf, submitsOf } from './cardReading';

const recognizer = createRecognizer();

const CASES: [Locale, string, string][] = [
  ['en', 'Hybrid conference, I am in the office. Where does the media go?', 'no idea, sorry'],
  ['zh-TW', '混合式部署的會議，我在辦公室，媒體會走哪裡？', '不清楚耶'],
];

describe.each(CASES)('%s: "don\'t know" to the organizer question', (locale, question, dontKnow) => {
  async function asked() {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(question);
    expect(questionOf(card).slot).toBe('organizer');
    return { conversation, card, before: await conversation.session() };
  }

  it('says what each organizer gives the user, where to find it out, and asks again', async () => {
    const { conversation, before } = await asked();
    const [reply] = await conversation.say(dontKnow);
    const text = allText(reply);
    expect(text).toContain(t(locale, 'dialog.depends.intro', { fact: slotLabel('organizer', locale) }));
    for (const value of ['online', 'onPremises', 'otherCompany'] as const) {
      const media = advise({ ...before.scenario, organizer: value }, 'media').resolution?.media.find((leg) => leg.party === 'user');
      expect(media).toBeDefined();
      expect(text).toContain(t(locale, 'dialog.depends.option', { value: slotValueText('organizer', value, locale), paths: t(locale, 'dialog.depends.media', { path: t(locale, `paths.${media!.path}`) }) }));
    }
    expect(text).toContain(t(locale, 'triage.checks.organizer'));
    expect(questionOf(reply).slot).toBe('organizer');
    expect((await conversation.session()).scenario).toEqual(before.scenario);
  });

  it('offers the same with a button on the question card', async () => {
    const { conversation, card } = await asked();
    const button = submitsOf(card).find((data) => data.action === 'unknown');
    expect(button).toEqual({ action: 'unknown', slot: 'organizer' });
    const [reply] = await conversation.say({ submit: button! });
    expect(allText(reply)).toContain(t(locale, 'dialog.depends.intro', { fact: slotLabel('organizer', locale) }));
  });

  it('refuses a button for another question than the one on screen', async () => {
    const { conversation } = await asked();
    const [reply] = await conversation.say({ submit: { action: 'unknown', slot: 'homing' } });
    expect(allText(reply)).toContain(t(locale, 'dialog.invalidChoice'));
  });
});

it('says which facts are still open for an answer that needs more than the one asked', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  const [card] = await conversation.say('hybrid conference, which paths?');
  expect(questionOf(card).slot).toBe('organizer');
  const { scenario } = await conversation.session();
  const [reply] = await conversation.say("I don't know");
  const advice = advise({ ...scenario, organizer: 'onPremises' });
  expect(advice.resolution).toBeNull();
  const facts = advice.missing.map((slot) => slotLabel(slot, 'en')).join(', ');
  expect(allText(reply)).toContain(t('en', 'dialog.depends.open', { value: slotValueText('organizer', 'onPremises', 'en'), facts }));
});

it('notes the fact as unknown in a triage', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  const [card] = await conversation.say('Hybrid meeting: the user is in the office but the media goes over the internet. Why?');
  const slot = questionOf(card).slot;
  const [reply] = await conversation.say('not sure');
  expect(allText(reply)).toContain(t('en', 'triage.dialog.noted'));
  expect((await conversation.session()).triage?.unknown ?? []).toContain(slot);
});

// convs5: "don't know" and a remark got "not understood as an answer". The remark says no fact and asks nothing.
describe.each([
  ['en', 'no idea honestly, I just inherited this. give me the general picture', true],
  ['en', 'not sure, could end up either online or hybrid', true],
  ['zh-TW', '不確定欸，我剛接手這個環境', true],
  ['zh-TW', '不知道，可能是線上也可能是地端', true],
  ['en', 'not sure, but I think the organizer is on-prem', false],
  ['en', "no idea, what's a deployment?", false],
  ['zh-TW', '不確定，不過我在家', false],
] as const)('%s, the organizer question on screen: %s', (locale, text, dontKnow) => {
  it(dontKnow ? 'says what each answer gives, and asks again' : 'is no "don\'t know"', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(CASES.find(([l]) => l === locale)![1]);
    const replies = await conversation.say(text);
    const intro = t(locale, 'dialog.depends.intro', { fact: slotLabel('organizer', locale) });
    expect(replies.map(allText).join(' ').includes(intro)).toBe(dontKnow);
  });
});

describe('what counts as "don\'t know"', () => {
  it.each(["don't know", 'I dont know', 'no idea', 'Not sure yet.', 'idk', 'unknown', '不知道', '我也不清楚耶', '不確定', '不曉得～'])('%s', (text) => {
    expect(saysDontKnow(text)).toBe(true);
  });
  it.each(["I don't know why the audio drops", 'not sure the media goes over ER', '不知道為什麼媒體走外網', 'on-prem', 'the organizer is unknown to me but I am at home'])('not %s', (text) => {
    expect(saysDontKnow(text)).toBe(false);
  });
});

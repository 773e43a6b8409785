// "Why?" in the middle of a triage (a helpdesk comparing an observed path with the documented one): the reasons of
// the path the triage expects (src/present/why.ts), said to be that path's; while a fact the triage needs for it is
// missing, which fact. The triage's state stays as it was, its step shown again. Found by the outside try: "not
// understood". A why that says a path was seen is the triage's, as before.
import { t, type Locale } from '../../src/i18n';
import { slotLabel } from '../../src/present';
import { createRecognizer } from '../../src/nlu';
import { asksWhy } from '../../dialogs/followUpWords';
import { startConversation } from './harness';
import { allText, kindOf, questionOf, saidIn } from './cardReading';

const recognizer = createRecognizer();

/** A ticket the triage needs a fact for (a question), and one it can compare at once (the triage card). */
const OPEN_TICKET: Record<Locale, string> = {
  en: 'Hybrid meeting: the user is in the office but the media goes over the internet.',
  'zh-TW': '混合式部署的會議：使用者在辦公室，但媒體走網際網路。',
};
const COMPARED_TICKET: Record<Locale, string> = {
  en: 'Online deployment, PSTN call from the office, but the media goes over the internet',
  'zh-TW': '全部都是 Online，使用者在辦公室打市話，但媒體走網際網路',
};
const WHYS: [Locale, string][] = [
  ['en', "Why doesn't any of it go over our own network?"],
  ['en', 'why?'],
  ['en', 'how come?'],
  ['zh-TW', '為什麼都沒走我們自己的網路？'],
  ['zh-TW', '為什麼？'],
  ['zh-TW', '為何會這樣'],
];

const hasWhyCard = (cards: { body: unknown }[], locale: Locale) => cards.some((card) => allText(card as never).includes(t(locale, 'why.title')));

describe.each(WHYS)('%s: %s', (locale, text) => {
  it('with a fact still missing: says which, asks it again, keeps the triage', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [question] = await conversation.say(OPEN_TICKET[locale]);
    const { slot } = questionOf(question);
    expect(slot).not.toBe('undefined');
    const before = await conversation.session();
    const replies = await conversation.say(text);
    expect(hasWhyCard(replies, locale)).toBe(false);
    const said = saidIn(replies);
    expect(said).toContain(t(locale, 'dialog.whyNeeds', { facts: slotLabel(slot as never, locale) }));
    expect(questionOf(replies.at(-1)!).slot).toBe(slot);
    expect(await conversation.session()).toEqual(before);
  });

  it('with the triage compared: the reasons of the path it expects, and the triage kept', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [card] = await conversation.say(COMPARED_TICKET[locale]);
    expect(kindOf(card, locale)).toBe('triage');
    const before = await conversation.session();
    const replies = await conversation.say(text);
    expect(hasWhyCard(replies, locale)).toBe(true);
    expect(saidIn(replies)).toContain(t(locale, 'dialog.whyExpected'));
    expect(await conversation.session()).toEqual(before);
  });
});

it('a why that says a path was seen is the triage\'s, not a why', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(OPEN_TICKET.en);
  const replies = await conversation.say('why does the signaling go over the internet?');
  expect(hasWhyCard(replies, 'en')).toBe(false);
  expect(saidIn(replies)).not.toContain(t('en', 'dialog.whyNeeds', { facts: '' }).slice(0, 20));
  expect((await conversation.session()).triage?.observations.length).toBeGreaterThan(1);
});

describe('asksWhy: how much of the answer\'s traffic, said of the answer itself', () => {
  it.each(["why doesn't any of it stay in our network", "why isn't it local", 'why does none of it go over ER', '為什麼都沒走我們自己的網路', '為什麼全部都沒有走內網'])('%s', (text) =>
    expect(asksWhy(text)).toBe(true),
  );
  it.each(["why doesn't any of it go over ER when she's at home", 'why do all of our users need ER', '為什麼我們自己需要 ER'])('not %s', (text) =>
    expect(asksWhy(text)).toBe(false),
  );
});

// "Why?" after an answer: the reasons of the answer on screen (src/present/why.ts), as a card of its own; the answer
// stays. Messages by a writer who never saw the code (why-followups.jsonl): 50 that ask for the reason of the answer
// just shown, with no new fact, and 50 near misses that must not be taken for one (a why with a new fact, a concept
// question, a why about something else, thanks, a new call question).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { advise } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { asksWhy } from '../../dialogs/followUpWords';
import { startConversation } from './harness';
import { allText, kindOf } from './cardReading';

const recognizer = createRecognizer();

interface FollowUp {
  lang: Locale;
  text: string;
  asksWhy: boolean;
}
const FOLLOW_UPS: FollowUp[] = readFileSync(join(__dirname, 'why-followups.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as FollowUp);

// The writer's answer on screen: signaling and media over ExpressRoute to a conference hosted Online.
const QUESTION: Record<Locale, string> = {
  en: 'We are hybrid; I am homed on-premises and in the office, joining a meeting an Online user organized. Which paths?',
  'zh-TW': '混合式部署，我的帳號在內部部署，人在辦公室，參加線上使用者召集的會議，路徑怎麼走？',
};

async function answered(locale: Locale) {
  const conversation = startConversation({ recognizer, locale });
  const [card] = await conversation.say(QUESTION[locale]);
  expect(kindOf(card, locale)).toBe('answer');
  return { conversation, before: await conversation.session() };
}

it('the writer\'s answer is the one assumed: both traffic types over ExpressRoute', () => {
  const r = advise({ deployment: 'hybrid', callType: 'conference', homing: 'onPremises', location: 'customerNetwork', organizer: 'online' }).resolution!;
  expect([r.signaling[0].path, r.media[0].path]).toEqual(['expressRoute', 'expressRoute']);
});

describe.each(FOLLOW_UPS.map((f) => [f.lang, f.asksWhy ? 'why' : 'not why', f.text, f] as const))('%s %s: %s', (_lang, _kind, _text, followUp) => {
  it(followUp.asksWhy ? 'gives the reasons of the answer, nothing else, and keeps it' : 'is not taken for a why', async () => {
    const { conversation, before } = await answered(followUp.lang);
    const replies = await conversation.say(followUp.text);
    expect(replies.length).toBeGreaterThan(0);
    const isWhy = replies.some((card) => allText(card).includes(t(followUp.lang, 'why.title')));
    expect(isWhy).toBe(followUp.asksWhy);
    if (followUp.asksWhy) {
      expect(replies).toHaveLength(1);
      expect((await conversation.session()).scenario).toEqual(before.scenario);
    }
  });
});

it('gives a card of reasons whose principles are the answer\'s', async () => {
  const { conversation, before } = await answered('en');
  const [card] = await conversation.say('why?');
  const r = advise(before.scenario).resolution!;
  for (const number of r.principles) expect(allText(card)).toContain(t('en', 'why.principle', { number, text: t('en', `principles.${number}`) }));
});

it('is no why before an answer, or with a question on screen', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  const [first] = await conversation.say('why?');
  expect(allText(first)).not.toContain(t('en', 'why.title'));
  const [question] = await conversation.say('hybrid conference, which paths?');
  expect(kindOf(question, 'en')).toBe('question');
  const [reply] = await conversation.say('why?');
  expect(allText(reply)).not.toContain(t('en', 'why.title'));
});

it('a seen path that differs from the answer is a triage, not a why', async () => {
  const { conversation } = await answered('en');
  const replies = await conversation.say('why does the media go over the internet?');
  expect(replies.some((card) => allText(card).includes(t('en', 'why.title')))).toBe(false);
  expect((await conversation.session()).triage).toBeDefined();
});

describe('asksWhy alone: the reason word, then only words about the answer', () => {
  it.each(['why?', 'How come??', 'ok but why ExpressRoute', '為什麼？', '欸 為啥走 ER', '怎麼會這樣'])('%s', (text) => expect(asksWhy(text)).toBe(true));
  it.each(['why is signaling different from media?', 'why do I need an Edge Server', '為什麼需要 Edge Server？', 'thanks', 'whyever not'])('not %s', (text) => expect(asksWhy(text)).toBe(false));
});

// "The presenter is at home" after a meeting card the writer joins: the answer's paths are the user's, and where
// someone else presents from changes nothing of them, which is said, with the facts read. A blind judge saw it move
// the user, who had only said they were joining. Near misses: the writer said they present ("I'm in the office
// presenting", 「我負責簡報」): the presenter is the user, who moves; "the presenter and I" moves the user too.
import type { PartialScenario } from '../../src/engine';
import { t, type Locale } from '../../src/i18n';
import { slotValueText } from '../../src/present';
import { createRecognizer } from '../../src/nlu';
import { saidIn } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const JOINING: Record<Locale, string> = {
  en: "All Online. I'm in the office joining a meeting organized by an Online user. Paths?",
  'zh-TW': '全部都是 Online。我在公司參加線上使用者開的會。路徑？',
};
const PRESENTING: Record<Locale, string> = {
  en: "All Online. I'm in the office presenting in a meeting organized by an Online user. Paths?",
  'zh-TW': '全部都是 Online。我在公司參加線上使用者開的會，我負責簡報。路徑？',
};
const OUTSIDE: PartialScenario = { location: 'internet' };

const CASES: [string, Locale, string, string, boolean][] = [
  ['someone else presents, at home', 'en', JOINING.en, 'the presenter is at home', false],
  ['someone else presents, a what-if', 'en', "We're on SfB Online. I join the weekly review from my desk at HQ; an Online colleague organizes it and Sam presents. Paths?", 'what if the presenter is on hotel wifi?', false],
  ['簡報者在家', 'zh-TW', JOINING['zh-TW'], '簡報者在家', false],
  ['主講人在飯店', 'zh-TW', JOINING['zh-TW'], '如果主講人在飯店呢？', false],
  ['near miss: the writer presents', 'en', PRESENTING.en, 'the presenter is at home', true],
  ['near miss: the presenter and I', 'en', JOINING.en, 'what if the presenter and I are both at home?', true],
  ['near miss：我負責簡報', 'zh-TW', PRESENTING['zh-TW'], '簡報者在家', true],
];

it.each(CASES)('%s (%s)', async (_name, locale, opening, text, movesUser) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(opening);
  const replies = await conversation.say(text);
  const scenario = (await conversation.session()).scenario;
  if (movesUser) {
    expect(scenario).toMatchObject(OUTSIDE);
    return;
  }
  expect(scenario.location).toBe('customerNetwork');
  const said = saidIn(replies);
  expect(said).toContain(t(locale, 'dialog.presenterPlace', { facts: slotValueText('location', 'internet', locale) }));
});

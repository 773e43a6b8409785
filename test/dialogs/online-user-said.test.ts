// "and the buyer, who's an Online user, at her desk?" after an answer in a Hybrid deployment: one person said to be
// an Online user is where that person is homed. The recognizer read it as everyone's deployment, which clashed with
// Hybrid and was left out ("doesn't fit"), and the organizer was asked again (conv56, a dev conversation).
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { kindOf, pathsOf } from './cardReading';

const recognizer = createRecognizer();

const OPENING: Record<Locale, string> = {
  en: "We're Hybrid. The foreman, homed on-prem, joins a safety meeting our site manager organized; the site manager is on our on-prem pool as well. He's in the office. Paths for the foreman?",
  'zh-TW': '我們是混合式部署。領班的帳號在地端，他在辦公室參加工地主任召集的安全會議，工地主任也在地端。領班的路徑？',
};

const FOLLOW_UPS: [Locale, string][] = [
  ['en', "and the buyer? she is an Online user, in at her desk today"],
  ['en', 'and the accountant, an Online user, from the office?'],
  ['en', 'what about the receptionist, who is an online user, at the front desk?'],
  ['zh-TW', '那採購呢？她是線上使用者，在辦公室'],
];

describe.each(FOLLOW_UPS)('%s: %s', (locale, text) => {
  it('answers for someone homed Online, the deployment still Hybrid', async () => {
    const conversation = startConversation({ recognizer, locale });
    const [first] = await conversation.say(OPENING[locale]);
    expect(kindOf(first, locale)).toBe('answer');
    const [card] = await conversation.say(text);
    expect(kindOf(card, locale)).toBe('answer');
    const session = await conversation.session();
    expect(session.scenario.deployment).toBe('hybrid');
    expect(session.scenario.homing).toBe('online');
    expect(session.scenario.organizer).toBe('onPremises');
    expect(pathsOf(card, 'signaling').every((party) => party.includes(t(locale, 'pathShort.expressRoute')))).toBe(true);
  });
});

it('said of everyone, it is still the deployment', async () => {
  const conversation = startConversation({ recognizer, locale: 'en' });
  await conversation.say(OPENING.en);
  await conversation.say('what if everyone was an Online user?');
  expect((await conversation.session()).scenario.deployment).not.toBe('hybrid');
});

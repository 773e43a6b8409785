// A firewall or guest network said after a peer-to-peer card ("the guest Wi-Fi blocks direct connections",
// 「訪客網路擋掉直連」): a firewall fact of that call (blocksDirect), and the place it says; the engine's rows differ by
// it, so never "nothing changes" (two blind judges saw that). Already answered so on main; these wordings were not
// tested. Near miss: a guest network that lets direct connections through says so.
import type { PartialScenario } from '../../src/engine';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const CALL: Record<Locale, string> = {
  en: "All Online. I'm in the office calling a colleague who is at home. Paths?",
  'zh-TW': '全部都是 Online。我在公司打給在家的同事。路徑？',
};

const CASES: [Locale, string, PartialScenario][] = [
  ['en', 'the guest Wi-Fi blocks direct connections', { firewall: 'blocksDirect', location: 'internet' }],
  ['en', 'what if our firewall blocks peer-to-peer?', { firewall: 'blocksDirect', location: 'customerNetwork' }],
  ['zh-TW', '訪客網路擋掉直連', { firewall: 'blocksDirect', location: 'internet' }],
  ['zh-TW', '如果防火牆擋掉點對點呢？', { firewall: 'blocksDirect', location: 'customerNetwork' }],
  ['en', 'our firewall allows direct connections between clients', { firewall: 'allowsDirect', location: 'customerNetwork' }],
];

it.each(CASES)('%s: %s', async (locale, text, scenario) => {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(CALL[locale]);
  await conversation.say(text);
  expect((await conversation.session()).scenario).toMatchObject(scenario);
});

// In a triage only what the writer saw or captured is an observation. An expectation ("I was expecting media on ER",
// 「我原本預期媒體走 ER」) and a claim of someone who did not look at this call ("the telco guy says it stays local",
// 「電信商說媒體留在內網」) are not: a blind judge saw both recorded as an observed path. Near misses: a user's report
// and what a capture showed after the expectation stay observations.
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const CALL: Record<Locale, string> = {
  en: 'Online deployment, PSTN call from the office. ',
  'zh-TW': '全部都是 Online，在辦公室打 PSTN 電話。',
};

async function observed(locale: Locale, text: string) {
  const conversation = startConversation({ recognizer, locale });
  await conversation.say(CALL[locale] + text);
  return (await conversation.session()).triage?.observations ?? [];
}

describe.each([
  ['en', 'It should go over ER, I was expecting the media on ER.'],
  ['en', 'The telco guy says the media stays local on their network.'],
  ['en', 'Our carrier told us the audio stays on ExpressRoute.'],
  ['en', 'Our consultant reckons signaling goes via ER.'],
  ['zh-TW', '我原本預期媒體走 ER。'],
  ['zh-TW', '電信商說媒體會留在內網。'],
  ['zh-TW', '顧問認為訊號走 ER。'],
  ['zh-TW', '原廠跟我們保證聲音走 ExpressRoute。'],
] as const)('%s: %s', (locale, text) => {
  it('records no observed path', async () => expect(await observed(locale, text)).toEqual([]));
});

describe.each([
  ['en', 'The user says her audio goes over the internet.', 'internet'],
  ['en', 'I was expecting the media on ER but the capture shows it on the Internet.', 'internet'],
  ['en', 'The telco guy says it stays local, but our trace shows the media going out the ISP.', 'internet'],
  ['zh-TW', '使用者說她的聲音走網際網路。', 'internet'],
  ['zh-TW', '我預期媒體走 ER，但抓封包看到走網際網路。', 'internet'],
  ['zh-TW', '電信商說會留在內網，可是 tracert 看到媒體走網際網路。', 'internet'],
] as const)('%s: %s', (locale, text, path) => {
  it('records only what was seen', async () => {
    const paths = (await observed(locale, text)).map((o) => o.path);
    expect(paths).toEqual([path]);
  });
});

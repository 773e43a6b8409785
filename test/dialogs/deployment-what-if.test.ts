// A what-if that changes the deployment after an answer: the organization leaves Cloud Connector ("if we dropped CCE
// and used Phone System in the cloud", 「如果不再用 CCE」) or moves everyone Online at a time supposed
// (「假設明年全部搬到 Online」). The blind judge of convs12 found the old deployment's answer kept (c12-5 t4: CCE row 1;
// c12-18 t4: Hybrid row 5). Now the deployment changes (Online: Cloud Connector's users are homed Online, and without it
// their calls take Phone System in the cloud), the card says what changed, and the rest of the call stays. A plan told
// beside what is so now, a call dropped, and Cloud Connector named as what is used do not change the deployment.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { startConversation } from './harness';
import { allText, kindOf } from './cardReading';

const recognizer = createRecognizer();

const CCE_PSTN: Record<Locale, string> = {
  en: 'We run Cloud Connector Edition. A user in the office dials an outside number. Which paths?',
  'zh-TW': '我們是 CCE 架構，使用者在辦公室打外線，訊號跟媒體怎麼走？',
};
const HYBRID_PSTN: Record<Locale, string> = {
  en: 'Hybrid deployment: an on-prem user in the office makes a PSTN call. Which paths?',
  'zh-TW': '混合式部署，地端使用者在公司打外線給客戶，訊號跟媒體怎麼走？',
};

async function answered(locale: Locale, opening: Record<Locale, string>) {
  const conversation = startConversation({ recognizer, locale });
  const [answer] = await conversation.say(opening[locale]);
  expect(kindOf(answer, locale)).toBe('answer');
  return { conversation, before: (await conversation.session()).scenario };
}

describe.each([
  ['en', CCE_PSTN, 'and if we got rid of the Cloud Connector and went with Phone System in the cloud?'],
  ['en', CCE_PSTN, 'what if we ditched CCE?'],
  ['en', CCE_PSTN, 'suppose we moved off Cloud Connector, same call'],
  ['zh-TW', CCE_PSTN, '如果以後不用 CCE，改用雲端電話系統呢？'],
  ['zh-TW', CCE_PSTN, '假如 CCE 拿掉的話呢'],
  ['zh-TW', CCE_PSTN, '要是 Cloud Connector 淘汰了，一樣在辦公室打外線呢'],
  ['en', HYBRID_PSTN, 'what if next year everyone moves to Skype Online?'],
  ['zh-TW', HYBRID_PSTN, '如果明年全部搬到 Online 呢？'],
  ['zh-TW', HYBRID_PSTN, '假設下半年大家都遷到 Online，同一通外線會怎麼走'],
] as const)('%s: a what-if that leaves the deployment: %s', (locale, opening, whatIf) => {
  it('answers for Skype for Business Online, keeps the rest of the call and says what changed', async () => {
    const { conversation, before } = await answered(locale, opening);
    const [reply] = await conversation.say(whatIf);
    expect(kindOf(reply, locale)).toBe('answer');
    const { homing, deployment, ...kept } = before;
    const after = (await conversation.session()).scenario;
    expect(after.deployment).toBe('online');
    expect(after).toMatchObject(kept);
    expect(allText(reply)).toContain(t(locale, 'dialog.changed', { changes: '' }).slice(0, 5));
  });
});

describe.each([
  ['en', CCE_PSTN, 'what if she dropped the call and rang back from home?'],
  ['en', CCE_PSTN, 'and if she calls through CCE from a hotel?'],
  ['zh-TW', CCE_PSTN, '如果她在家一樣透過 CCE 打外線呢？'],
  ['zh-TW', HYBRID_PSTN, '我們明年會全部搬到 Online，不過現在使用者在家打外線呢？'],
  ['en', HYBRID_PSTN, 'we plan to move everyone to Online next year, but today what if the user is at home?'],
] as const)('%s near miss: %s', (locale, opening, text) => {
  it('keeps the deployment', async () => {
    const { conversation, before } = await answered(locale, opening);
    await conversation.say(text);
    expect((await conversation.session()).scenario.deployment).toBe(before.deployment);
  });
});

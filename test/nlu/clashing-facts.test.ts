// A deployment whose users are all homed Online (Online, everyone Online, no on-premises servers, Cloud Connector)
// said in one message with someone of ours on-premises (the user, the other party, the organizer): both cannot hold.
// Before, normalize dropped the on-premises fact (or an on-premises fact silently made the deployment Hybrid) and the
// answer went on as if it had not been said. The recognizer reports both (Recognition.clash) and the command line
// tells the user in their language. Near misses: the deployment corrected ("we used to have an on-prem pool but moved
// everyone to Online"), Hybrid said, another company's own servers.
import { handleRequest } from '../../src/cli/request';
import type { Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { slotValueText } from '../../src/present';
import type { PartialScenario } from '../../src/engine';

const recognizer = createRecognizer();

const DEPLOYMENTS: Record<Locale, [PartialScenario['deployment'], string][]> = {
  en: [
    ['online', 'We are on Skype for Business Online.'],
    ['online', 'All of us are homed Online.'],
    // hostile34 (session 63): "every single user" was no one, so the on-premises user silently made it Hybrid.
    ['online', 'Every single user is homed Online.'],
    ['online', "We don't have any on-premises servers."],
    ['cloudConnector', 'Our phone calls go through Cloud Connector Edition.'],
  ],
  'zh-TW': [
    ['online', '我們公司是商務用 Skype Online。'],
    ['online', '我們所有人都是 Online 帳號。'],
    ['online', '我們沒有任何地端伺服器。'],
    ['cloudConnector', '我們用 Cloud Connector Edition 打外線。'],
  ],
};
const ON_PREMISES: Record<Locale, ['homing' | 'peerHoming' | 'organizer', string][]> = {
  en: [
    ['homing', "My own account sits on our on-prem pool; I'm at my desk calling a coworker who works from home. Media?"],
    ['peerHoming', "I'm at home and I ring Priya in the office, her account is on our on-premises pool. Signaling?"],
    ['organizer', 'From the office I join a meeting our manager set up on our on-prem Lync server. Media?'],
  ],
  'zh-TW': [
    ['homing', '我自己的帳號在公司地端 pool 上，我在座位上打給在家上班的同事，媒體？'],
    ['peerHoming', '我在家打給在辦公室的小芳，她的帳號在我們地端 pool。訊號？'],
    ['organizer', '我在辦公室參加主管在我們地端 Lync 伺服器開的會議，媒體？'],
  ],
};
const CASES = (Object.keys(DEPLOYMENTS) as Locale[]).flatMap((locale) =>
  DEPLOYMENTS[locale].flatMap(([deployment, said]) => ON_PREMISES[locale].map(([slot, fact]) => [locale, `${said} ${fact}`, { deployment, [slot]: 'onPremises' }] as const)),
);

describe.each(CASES)('%s: %s', (locale, text, clash) => {
  it('reports both facts, and the command line tells them', () => {
    expect(recognizer.recognize(text).clash).toEqual(clash);
    const reply = handleRequest({ text }, recognizer);
    expect(reply.locale).toBe(locale);
    expect(reply.conflicts?.length).toBe(1);
    expect(reply.conflicts?.[0]).toContain(slotValueText('deployment', clash.deployment!, locale));
  });
});

const NO_CLASH: string[] = [
  "We used to have an on-prem pool but moved everyone to Online. I call Ana at home from the office. Signaling?",
  "We're hybrid: my account is on the on-prem pool and I'm calling a coworker at home from my desk. Media?",
  '我們原本是混合式，去年全部搬到 Online。我在家打給在公司的同事，媒體？',
  '我們是混合式部署，我的帳號在地端 pool，在公司打給在家的同事，媒體？',
];

describe.each(NO_CLASH)('%s', (text) => {
  it('no clash, nothing told', () => {
    expect(recognizer.recognize(text).clash).toBeUndefined();
    expect(handleRequest({ text }, recognizer).conflicts).toBeUndefined();
  });
});

// Two facts of one message that cannot both hold: an all-Online deployment and the writer's own account on-premises.
// Before, the recognizer kept the deployment and the answer went on silently as if the homing had not been said.
// Both are named back in the user's language, neither is applied, and the deployment is asked. Near misses: someone
// else on-premises, or "none of us is on-prem", or a federated partner's own Online product, is no clash.
import { t, type Locale } from '../../src/i18n';
import { createRecognizer } from '../../src/nlu';
import { slotValueText } from '../../src/present';
import { kindOf, questionOf, saidIn } from './cardReading';
import { startConversation } from './harness';

const recognizer = createRecognizer();

const CLASHES: [Locale, string][] = [
  ['en', "we're 100% Online, my account is on the on-prem pool, I'm in the office joining a meeting an Online user set up"],
  ['en', "All our users are on Skype Online. I'm homed on-prem though, and I call the PSTN from the office. Paths?"],
  ['zh-TW', '我們全部都是線上，我的帳號在地端，在辦公室打 PSTN 電話，路徑怎麼走？'],
  ['zh-TW', '我們用 CCE 打外線，我的帳號在地端，在公司打客戶手機，路徑？'],
  // Near miss of the federated partner below: our own all-Online deployment beside a partner still clashes.
  ['en', "we're all on Skype Online, my own account is on the on-prem pool, I'm at my desk calling a guy at Contoso. paths?"],
];
const NO_CLASH: [Locale, string][] = [
  ['en', "we're all on SfB Online, none of us is on-prem. I'm in the office on a PSTN call: paths?"],
  ['zh-TW', '我們全部都是線上，在辦公室打 PSTN 電話，路徑怎麼走？'],
  // A federated partner's product is theirs, not our deployment (convs12 c12-10: "Hybrid org ... a partner at
  // Fabrikam who's on Skype Online" was a clash).
  ['en', "Hybrid shop here, my account is on the on-prem pool. At my desk, ringing a contact at a partner firm we federate with, they run SfB Online on their own network; our firewall blocks direct. route?"],
  ['en', "we're a hybrid org and I'm homed on-premises, in the office. I'm calling someone at a federated company who's on Skype for Business Online, direct connections blocked"],
  ['zh-TW', '我們是混合式部署，我的帳號在地端，人在辦公室，打給 Fabrikam 的合作夥伴，對方公司用 Skype Online，防火牆擋直連，路徑？'],
];

describe.each(CLASHES)('%s: %s', (locale, text) => {
  it('names both facts, applies neither, asks the deployment', async () => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(text);
    const said = saidIn(replies);
    expect(said).toContain(slotValueText('homing', 'onPremises', locale));
    expect(said).toContain(t(locale, 'dialog.clash', { facts: '' }).slice(0, 6));
    expect(questionOf(replies.at(-1)!).slot).toBe('deployment');
    const { scenario } = await conversation.session();
    expect(scenario.deployment).toBeUndefined();
    expect(scenario.homing).toBeUndefined();
  });
});

describe.each(NO_CLASH)('%s: %s', (locale, text) => {
  it('no clash: answered', async () => {
    const conversation = startConversation({ recognizer, locale });
    const replies = await conversation.say(text);
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.clash', { facts: '' }).slice(0, 6));
    expect(kindOf(replies.at(-1)!, locale)).toBe('answer');
  });
});

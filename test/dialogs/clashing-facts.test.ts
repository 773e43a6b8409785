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
  // Each deployment word against each on-premises fact (the other party, the organizer too; test/nlu/clashing-facts).
  ['en', "We're all Online, no servers on premises. I'm at home ringing Omar in the office; his account is on our on-prem pool. Signaling?"],
  ['en', "We run Cloud Connector for the phones. I'm in the office joining a meeting my lead hosts on our on-prem Lync server. Media?"],
  ['zh-TW', '我們全部都是 Online，沒有地端伺服器。我在家打給在公司的同事，他的帳號在我們地端 pool，訊號？'],
  ['zh-TW', '我們用 CCE 打外線。我在辦公室參加主管在我們地端 Lync 伺服器開的會議，媒體？'],
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
    expect(said).toMatch(new RegExp(['homing', 'peerHoming', 'organizer'].map((slot) => escaped(slotValueText(slot as 'homing', 'onPremises', locale))).join('|')));
    expect(said).toContain(t(locale, 'dialog.clash', { facts: '' }).slice(0, 6));
    expect(questionOf(replies.at(-1)!).slot).toBe('deployment');
    const { scenario } = await conversation.session();
    expect(scenario.deployment).toBeUndefined();
    expect(scenario.homing).toBeUndefined();
    expect(scenario.peerHoming).toBeUndefined();
    expect(scenario.organizer === 'onPremises').toBe(false);
  });
});

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The same said across turns: the deployment first, someone of ours on-premises later. The later fact applies, and
// the change of deployment is reported (session 51's conversations: the writer had named the other party's homing),
// never silently; the same for a correction or a what-if.
const ACROSS: [Locale, string, string][] = [
  ['en', "We're all Online. I'm in the office calling a coworker at home. Media?", 'The other party is homed on our on-prem pool.'],
  ['en', "No on-prem servers here. I'm in the office joining a meeting. Media?", 'The meeting is hosted on our on-prem server.'],
  ['zh-TW', '我們全部都是 Online。我在公司打給在家的同事，媒體？', '對方的帳號在地端 pool。'],
];
const CHANGED: [Locale, string, string][] = [
  ...ACROSS,
  ['en', "We're all Online. I'm in the office calling a coworker at home. Media?", 'Actually we are hybrid and the other party is homed on-prem.'],
  ['en', "We're all Online. I'm in the office calling a coworker at home. Media?", 'What if the other party were homed on-prem?'],
  ['zh-TW', '我們全部都是 Online。我在公司打給在家的同事，媒體？', '更正：我們其實是混合式，對方的帳號在地端。'],
];

describe.each(CHANGED)('%s: %s / %s', (locale, first, later) => {
  it('the later fact changes the deployment, and the change is reported: no clash', async () => {
    const conversation = startConversation({ recognizer, locale });
    await conversation.say(first);
    const replies = await conversation.say(later);
    expect(saidIn(replies)).not.toContain(t(locale, 'dialog.clash', { facts: '' }).slice(0, 6));
    expect(saidIn(replies)).toContain(t(locale, 'dialog.changed', { changes: '' }).slice(0, 5));
    expect(saidIn(replies)).toContain(t(locale, 'slots.deployment.label'));
    expect((await conversation.session()).scenario.deployment).toBe('hybrid');
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

// Facts said in other words, in both languages (issue 15, nlu42): mechanisms that stated a wrong fact on the studied
// sets, and the deployment said without its name. Each grid crosses the way a fact is said with the frames and calls
// it is said in; negatives say something close that states nothing (or something else). Each probe states its slots
// exactly (grid.ts).
import type { PartialScenario } from '../../../src/engine/types';
import { product, type Probe } from './grid';

interface Call {
  text: string;
  slots: PartialScenario;
}

const ZH_CALLS: readonly Call[] = [
  { text: '我在家打給在公司的同事，我這端走哪？', slots: { callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' } },
  { text: '我在辦公室用 Skype 撥客戶手機，訊號走哪？', slots: { callType: 'pstn', location: 'customerNetwork' } },
  { text: '我在公司座位上加入主管開的會議，媒體走 ER 嗎？', slots: { callType: 'conference', location: 'customerNetwork', organizer: 'online' } },
];

const EN_CALLS: readonly Call[] = [
  { text: "I'm at home calling a colleague who is in the office. My path?", slots: { callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' } },
  { text: 'I dial a customer\'s mobile from my desk at HQ. Which way does it go?', slots: { callType: 'pstn', location: 'customerNetwork' } },
  { text: "I join my manager's meeting from the office. Over ER?", slots: { callType: 'conference', location: 'customerNetwork', organizer: 'online' } },
];

// "地端早就沒了": on-premises servers said to be gone, by a negation that closes the clause, leave an Online
// deployment; before, "地端" was read as the user's homing and the deployment as Hybrid (zh23-8, a wrong answer).
const GONE_SYSTEMS: readonly string[] = ['地端', '地端伺服器', 'Lync server', '內部部署', '公司的 Skype server'];
const GONE_WAYS: readonly string[] = ['早就沒了', '已經沒了', '早就沒有了', '沒了'];
const GONE_FRAMES: readonly ((gone: string) => string)[] = [
  (gone) => `我們 SfB 是 Online（${gone}）。`,
  (gone) => `${gone}，`,
  (gone) => `公司${gone}，帳號都在雲端。`,
];

export function goneServersGrid(): Probe[] {
  return product<unknown>([GONE_SYSTEMS, GONE_WAYS, GONE_FRAMES, ZH_CALLS]).map((row) => {
    const [system, way, frame, call] = row as [string, string, (gone: string) => string, Call];
    return { text: `${frame(`${system}${way}`)}${call.text}`, slots: { deployment: 'online', ...call.slots }, optional: ['homing', 'peerHoming'], intents: ['ask'] };
  });
}

/** Close to it, and no deployment: Cloud Connector gone says nothing of Online; a place or a VPN said gone is no server. */
const NOT_GONE: readonly string[] = ['CCE 早就沒了，', 'CCE 已經沒有了，', '以前的 VPN 早就沒了，'];

export function notGoneGrid(): Probe[] {
  return product<unknown>([NOT_GONE, ZH_CALLS]).map((row) => {
    const [said, call] = row as [string, Call];
    // Without the deployment, a colleague's meeting is not known to be hosted Online.
    const { organizer: _hosted, ...slots } = call.slots;
    return { text: `${said}${call.text}`, slots, optional: ['organizer'], intents: ['ask'] };
  });
}

// "直接打給", "直接用 Skype 通話", "call her directly": "directly" said of a call is how it is placed, not the direct
// path between the clients; with "有互通" (federated) it was read as a firewall that allows the direct path (zh23-22).
const DIRECT_CALLS_ZH: readonly string[] = ['直接打給', '直接用 Skype 打給', '直接 call'];
const DIRECT_PEERS_ZH: readonly { text: string; slots: PartialScenario }[] = [
  { text: '另一家公司的總經理', slots: { peer: 'federated' } },
  { text: '在家的同事', slots: { peer: 'internet' } },
];
const DIRECT_ASIDES_ZH: readonly string[] = ['', '（兩家公司的 Skype 有互通）', '，這通的路徑？'];

export function directCallsZhGrid(): Probe[] {
  return product<unknown>([DIRECT_CALLS_ZH, DIRECT_PEERS_ZH, DIRECT_ASIDES_ZH]).map((row) => {
    const [call, peer, aside] = row as [string, (typeof DIRECT_PEERS_ZH)[number], string];
    return {
      text: `我在公司${call}${peer.text}${aside}。走哪？`,
      slots: { location: 'customerNetwork', callType: 'peerToPeer', ...peer.slots },
      intents: ['ask'],
    };
  });
}

const DIRECT_CALLS_EN: readonly ((who: string) => string)[] = [
  (who) => `I call ${who} directly`,
  (who) => `I directly call ${who}`,
  (who) => `I'm going to Skype ${who} directly`,
];
const DIRECT_PEERS_EN: readonly { text: string; slots: PartialScenario }[] = [
  { text: 'a contact at a partner company', slots: { peer: 'federated' } },
  { text: 'my colleague at home', slots: { peer: 'internet' } },
];
const DIRECT_ASIDES_EN: readonly string[] = ['', ' (IT says that is allowed)'];

export function directCallsEnGrid(): Probe[] {
  return product<unknown>([DIRECT_CALLS_EN, DIRECT_PEERS_EN, DIRECT_ASIDES_EN]).map((row) => {
    const [call, peer, aside] = row as [(who: string) => string, (typeof DIRECT_PEERS_EN)[number], string];
    return {
      text: `I'm in the office. ${call(peer.text)}${aside}. Path?`,
      slots: { location: 'customerNetwork', callType: 'peerToPeer', ...peer.slots },
      intents: ['ask'],
    };
  });
}

/** The direct path itself stays a firewall statement, with a call said directly or not. */
export function directPathGrid(): Probe[] {
  const said: readonly [string, PartialScenario][] = [
    ['防火牆允許直接連線，我在公司直接打給在家的同事。走哪？', { firewall: 'allowsDirect', location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }],
    ['我在家打給在公司的同事，UDP 直連被防火牆擋掉。走哪？', { firewall: 'blocksDirect', location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' }],
    ['The firewall allows the direct path. I call my colleague at home directly from the office. Path?', { firewall: 'allowsDirect', location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }],
    ["I'm at home and call a colleague in the office; the direct connection is blocked by our firewall. Path?", { firewall: 'blocksDirect', location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' }],
  ];
  return said.map(([text, slots]) => ({ text, slots, intents: ['ask'] }));
}

// "Full cloud skype.", "Our Skype is only in the cloud", "SfB 都在雲上": Online said of our whole system, with no
// one in its clause, is the deployment (as "we are all Online" is), not the user's homing.
const SYSTEM_ONLINE_EN: readonly string[] = [
  'Full cloud skype.',
  'o365-only skype.',
  'Tenant fully in Office 365.',
  'Our Skype is only in the cloud, no servers.',
  'Our SfB is all in the cloud.',
  'Skype for Business is entirely in Office 365 here.',
];
const SYSTEM_ONLINE_ZH: readonly string[] = ['SfB 都在雲上。', 'SfB只有Online，', '我們的 Skype 全部在雲端。', '公司 SfB 是 Online 的，', '租用戶全在 Office 365，'];

export function systemOnlineGrid(locale: 'en' | 'zh-TW'): Probe[] {
  const [said, calls] = locale === 'en' ? [SYSTEM_ONLINE_EN, EN_CALLS] : [SYSTEM_ONLINE_ZH, ZH_CALLS];
  return product<unknown>([said, calls]).map((row) => {
    const [system, call] = row as [string, Call];
    return { text: `${system} ${call.text}`, slots: { deployment: 'online', ...call.slots }, optional: ['homing', 'peerHoming'], intents: ['ask'] };
  });
}

/** Someone's own account said Online is their homing, never the deployment. */
export function ownAccountGrid(): Probe[] {
  const said: readonly [string, PartialScenario][] = [
    ['Hybrid. I am homed in the cloud, at home, calling a colleague in the office. My path?', { deployment: 'hybrid', homing: 'online', location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' }],
    ['Hybrid. The CFO, who is on SfB Online, joins from the Singapore office. Path for her?', { deployment: 'hybrid', homing: 'online', location: 'customerNetwork', callType: 'conference' }],
    ['混合式。我的 SfB 帳號在雲端，我在家打給在公司的同事，我這端走哪？', { deployment: 'hybrid', homing: 'online', location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' }],
  ];
  return said.map(([text, slots]) => ({ text, slots, intents: ['ask'] }));
}

// "我是 ICU 的專科護理師，今天在家打給…": a title with words the vocabulary does not know between "的" and it still
// names the writer, and the unit before it is whom they belong to, not where they are today (zh25-145, a wrong answer
// once the deployment was read).
const UNITS: readonly string[] = ['ICU', '總部', '業務部', '台中廠'];
const TITLES: readonly string[] = ['專科護理師', '資深工程師', '值班主管', '護理師'];

export function describedTitleGrid(): Probe[] {
  return product<string>([UNITS, TITLES]).map(([unit, title]) => ({
    text: `我是${unit}的${title}，今天在家打 Skype 給在公司的主管。我這端走什麼路徑？`,
    slots: { location: 'internet', peer: 'customerNetwork', callType: 'peerToPeer' },
    intents: ['ask'],
  }));
}

// The deployment said in other words: who hosts it ("100% hosted by Microsoft", "Microsoft 代管的那種"), that no
// server of ours is left ("no servers of our own", "沒自己主機"), everything in one cloud ("full o365", "都在微軟雲上");
// Hybrid as two systems side by side or a move half done ("新舊並行", "搬雲搬到一半", "some people moved, some not").
const DEPLOYMENT_WORDS_EN: readonly (readonly ['online' | 'hybrid', string])[] = [
  ['online', 'Our Skype for Business is 100% hosted by Microsoft.'],
  ['online', 'Our Skype is SaaS only, Microsoft hosts all of it.'],
  ['online', 'Microsoft-hosted Skype, no servers of our own.'],
  ['online', 'We got rid of Lync completely.'],
  ['online', "We don't have any Lync servers any more."],
  ['online', 'Full o365 here.'],
  ['online', "We're all in Office 365."],
  ['online', 'Skype is fully hosted by Microsoft for us.'],
  ['hybrid', "We're in the middle of a Skype migration (some people moved, some not)."],
  ['hybrid', 'Everyone moved to Skype Online except a few stragglers.'],
  ['hybrid', "We're about 80% migrated to SfB Online."],
  ['hybrid', 'Not everyone has moved to Online yet.'],
];
const DEPLOYMENT_WORDS_ZH: readonly (readonly ['online' | 'hybrid', string])[] = [
  ['online', '我們 SfB 是 Microsoft 代管的那種（沒自己主機），'],
  ['online', '公司的 Skype 由微軟代管，'],
  ['online', 'Skype 帳號全在微軟雲上，'],
  ['online', '我們沒有自己的機房，Skype 都在微軟雲上。'],
  ['online', '本公司商務用 Skype 全為 Online。'],
  ['hybrid', '我們 Skype 新舊並行（一部分上雲），'],
  ['hybrid', '公司 Skype 目前新舊兩套並存。'],
  ['hybrid', '我們公司 Skype 搬雲搬到一半，'],
  ['hybrid', '雲上和本地兩套並存，'],
  ['hybrid', '公司部分用戶在雲上部分在本地，'],
];

export function deploymentWordsGrid(locale: 'en' | 'zh-TW'): Probe[] {
  const [said, calls] = locale === 'en' ? [DEPLOYMENT_WORDS_EN, EN_CALLS] : [DEPLOYMENT_WORDS_ZH, ZH_CALLS];
  return product<unknown>([said, calls]).map((row) => {
    const [[deployment, words], call] = row as [readonly ['online' | 'hybrid', string], Call];
    // In a Hybrid deployment a colleague's meeting may be hosted either way: the organizer is asked.
    const { organizer: _hosted, ...slots } = call.slots;
    const stated = deployment === 'online' ? call.slots : slots;
    return { text: `${words} ${call.text}`, slots: { deployment, ...stated }, optional: ['homing', 'peerHoming'], intents: ['ask'] };
  });
}

/** Words close to them that say no deployment: a vendor hosting a meeting, servers someone else has, a server gone down. */
export function notDeploymentWordsGrid(): Probe[] {
  const said: readonly [string, PartialScenario][] = [
    ["The vendor's meeting is hosted by their own servers. I join from the office. Path?", { callType: 'conference', location: 'customerNetwork' }],
    ['I am at home calling a colleague in the office; the server was down yesterday. My path?', { callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' }],
    ['廠商代管我們的網站。我在家打給在公司的同事，我這端走哪？', { callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' }],
    ['我在家打給還在公司的同事，我這端走哪？', { callType: 'peerToPeer', location: 'internet', peer: 'customerNetwork' }],
    ['我人還在公司的會議室，打給在家的同事，我這端走哪？', { callType: 'peerToPeer', location: 'customerNetwork', peer: 'internet' }],
  ];
  return said.map(([text, slots]) => ({ text, slots, optional: ['organizer'], intents: ['ask'] }));
}

// "用 Skype 打給客戶", "calling a client": a call with someone outside named only as a customer may be a phone call to
// their number or a Skype call with their company, so the call type is asked (vague questions on dev14 and dev21
// read it as a call between two). How they are reached, when said, still gives it.
const BARE_CALLS_ZH: readonly ((who: string) => string)[] = [
  (who) => `我在辦公室用 Skype 打給${who}，這樣有走 ExpressRoute 嗎？`,
  (who) => `我人在公司，跟${who}打 Skype 會不會走 ER？`,
  (who) => `我們是 Online。我在公司打給${who}，走哪？`,
];
const BARE_CALLS_EN: readonly ((who: string) => string)[] = [
  (who) => `I'm in the office, on Skype, calling ${who}. Over ER?`,
  (who) => `I'm in the office and I call ${who} from Skype. Which path?`,
];

export function bareOutsiderGrid(): Probe[] {
  // 病人 is no person word: made one, it turned a held question (round 16) into a wrong answer.
  const calls = [...product<unknown>([BARE_CALLS_ZH, ['客戶', '客人']]), ...product<unknown>([BARE_CALLS_EN, ['a client', 'a patient']])];
  return calls.map((row) => {
    const [say, who] = row as [(who: string) => string, string];
    return { text: say(who), slots: { location: 'customerNetwork' }, optional: ['deployment'], intents: ['ask'] };
  });
}

/** Reached over Skype federation, by phone, or software named "client": the call type is said. */
export function reachedOutsiderGrid(): Probe[] {
  const said: readonly [string, PartialScenario][] = [
    ['我在公司用 Skype 打給客戶公司的窗口（有同盟），走 ER 嗎？', { location: 'customerNetwork', peer: 'federated', callType: 'peerToPeer' }],
    ['我在公司用 Skype 打給客戶的手機，走 ER 嗎？', { location: 'customerNetwork', callType: 'pstn' }],
    ["I'm in the office calling a contact at a federated partner. Path?", { location: 'customerNetwork', peer: 'federated', callType: 'peerToPeer' }],
    ['We are all Online. From the Skype client on my laptop in the office I call my colleague at home. Path?', { deployment: 'online', location: 'customerNetwork', peer: 'internet', callType: 'peerToPeer' }],
  ];
  return said.map(([text, slots]) => ({ text, slots, intents: ['ask'] }));
}

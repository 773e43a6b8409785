// Grids (nlu41): the organizer, the writer's homing and the other party's homing said in running text, in English
// and Chinese, each with negatives that only look like them. Invented from how people write, not from any blind set.
import { fill, part, product, type GridItem, type Part } from './grid';

const IN = { location: 'customerNetwork' } as const;
const OUT = { location: 'internet' } as const;
const ONLINE = { deployment: 'online' } as const;
const HYBRID = { deployment: 'hybrid' } as const;
const MEETING = { callType: 'conference' } as const;

const EN_PLACES: readonly Part[] = [part('from our office', IN), part('from home without VPN', OUT), part('from the Leeds branch', IN)];
const ZH_PLACES: readonly Part[] = [part('在公司', IN), part('在家沒連 VPN', OUT), part('在分公司', IN)];

/**
 * Another company's meeting on servers it runs itself, said by whose they are: "a customer who runs SfB Server
 * on-premises themselves", "他們用自己公司的地端 Skype Server 開的", "以其自有內部部署 Skype 伺服器召開之會議" are
 * hosted by another company (organizer otherCompany, our deployment stays Online); the same words with "our own" /
 * "我們自己" are our own on-premises servers (organizer onPremises, Hybrid).
 */
export function theirOwnServersGrid(): GridItem[] {
  const items: GridItem[] = [];
  const theirs = { ...ONLINE, ...MEETING, organizer: 'otherCompany' } as const;
  const ours = { ...HYBRID, ...MEETING, organizer: 'onPremises' } as const;
  const enOrgs = ['a customer', 'a supplier', 'a vendor', 'another company'];
  const enRuns = ['runs Skype for Business Server on-premises themselves', 'runs their own on-prem Skype server', 'has its own Lync servers on-prem', 'uses their own SfB server'];
  for (const [org, runs, place] of product<unknown>([enOrgs, enRuns, EN_PLACES]) as [string, string, Part][]) {
    items.push({ ...fill(`We are SfB Online only. I join a meeting organised by ${org} who ${runs}, {0}. Which path does it take?`, [place], theirs), tags: ['en', 'theirs'] });
  }
  for (const [org, place] of product<unknown>([['the partner', 'a supplier', 'the customer'], EN_PLACES]) as [string, Part][]) {
    items.push({ ...fill(`${org}'s meeting is on their own skype infra. me: joining {0}. us: fully Skype Online. signaling?`, [place], theirs), tags: ['en', 'infra'] });
    // Negative: our own servers host it.
    items.push({ ...fill(`We're hybrid. My manager's meeting is on our own on-prem Skype server, and I join it {0}. Path?`, [place], ours), tags: ['en', 'ours'] });
  }
  const zhOrgs = ['客戶', '廠商', '供應商', 'Proseware'];
  const zhServers = ['自己本地 Skype Server', '自己公司的地端 Skype Server', '自己的地端伺服器', '自己機房的 SfB Server'];
  for (const [org, servers, place] of product<unknown>([zhOrgs, zhServers, ZH_PLACES]) as [string, string, Part][]) {
    items.push({ ...fill(`我們是純 Skype Online。我{0}，要參加${org}用他們${servers}開的會議，訊號怎麼走？`, [place], theirs), tags: ['zh', 'theirs'] });
    items.push({ ...fill(`我們公司全雲端。${org}約的 Skype 會，他們用${servers}。我{0}點連結進去，走 ER 嗎？`, [place], theirs), tags: ['zh', 'theirs'] });
  }
  for (const [org, place] of product<unknown>([['往來券商', '客戶', '協力廠商'], ZH_PLACES]) as [string, Part][]) {
    items.push({ ...fill(`本行商務用 Skype 全為 Online。行員{0}參加${org}以其自有內部部署 Skype 伺服器召開之會議，訊號是否經 ExpressRoute？`, [place], theirs), tags: ['zh', 'formal'] });
  }
  for (const [servers, place] of product<unknown>([['自己公司的地端 Skype Server', '自己的地端伺服器', '自己機房的 SfB Server'], ZH_PLACES]) as [string, Part][]) {
    // Negative: "我們自己" is ours.
    items.push({ ...fill(`混合式部署。主管用我們${servers}開的會議，我{0}加入，訊號怎麼走？`, [place], ours), tags: ['zh', 'ours'] });
  }
  for (const [owner, place] of product<unknown>([['公司自己的', '我們自己的', '公司'], ZH_PLACES]) as [string, Part][]) {
    // Negative: an account on our own server is the writer's homing, no organizer and no place.
    items.push({ ...fill(`混合式部署，我的帳號在${owner} Skype Server 上，我{0}用 Skype 打外線，走哪？`, [place], { ...HYBRID, callType: 'pstn', homing: 'onPremises' }), tags: ['zh', 'ours', 'account'] });
  }
  return items;
}

/**
 * Homing said of the whole setup with nobody as its subject ("o365-only skype", "full o365, no servers", "SfB 都在雲上",
 * "醫院 Skype 都是 Online 帳號") is the deployment, Online, not the writer's homing; said of a person ("I'm already
 * on Skype Online", "我現在完全在雲上了", "我跟同事都在雲上") it stays theirs.
 */
export function wholeSetupGrid(): GridItem[] {
  const items: GridItem[] = [];
  const p2p = { callType: 'peerToPeer' } as const;
  const enWhole = ['o365-only skype', 'full o365, no servers', 'Skype is fully O365 here', 'Our Skype is completely in Office 365', 'Skype purely in the cloud', 'SfB entirely on O365'];
  const enCalls: readonly Part[] = [
    part('I am at home calling a colleague in the office 1:1', { ...OUT, peer: 'customerNetwork', ...p2p }),
    part('me: office LAN. other guy: hotel wifi. 1:1', { ...IN, peer: 'internet', ...p2p }),
    part('I dial a customer mobile from my desk', { ...IN, callType: 'pstn' }),
  ];
  for (const [whole, call] of product<unknown>([enWhole, enCalls]) as [string, Part][]) {
    items.push({ ...fill(`${whole}. {0}. my media?`, [call], ONLINE), tags: ['en', 'whole'] });
  }
  for (const call of enCalls) {
    items.push({ ...fill(`We're hybrid and I'm already on Skype Online. {0}. my media?`, [call], { ...HYBRID, homing: 'online' }), tags: ['en', 'person'] });
  }
  // "Nobody is on-prem": nobody denied a homing is everyone in the other one.
  const nobody = ["Nobody here is homed on-prem; it's all Skype Online", 'No one is on the on-prem pool, we are fully cloud', 'Nobody is on-prem any more, all Skype Online'];
  for (const [said, call] of product<unknown>([nobody, enCalls]) as [string, Part][]) {
    items.push({ ...fill(`${said}. {0}. my media?`, [call], ONLINE), tags: ['en', 'nobody'] });
  }
  const zhWhole = ['SfB 都在雲上', 'SfB 只有 Online', '公司 Skype 全是 Online 帳號', '醫院 Skype 都是 Online 帳號', 'Skype 帳號全在微軟雲上', '我們 Skype 全部在雲端'];
  const zhCalls: readonly Part[] = [
    part('我在家打給在公司的同事', { ...OUT, peer: 'customerNetwork', ...p2p }),
    part('我在公司打給在家的同事', { ...IN, peer: 'internet', ...p2p }),
    part('我在公司用 Skype 打客戶手機', { ...IN, callType: 'pstn' }),
  ];
  for (const [whole, call] of product<unknown>([zhWhole, zhCalls]) as [string, Part][]) {
    items.push({ ...fill(`${whole}。{0}，我這端走哪？`, [call], ONLINE), tags: ['zh', 'whole'] });
  }
  for (const call of zhCalls) {
    items.push({ ...fill(`混合式部署，我現在完全在雲上了。{0}，我這端走哪？`, [call], { ...HYBRID, homing: 'online' }), tags: ['zh', 'person'] });
  }
  return items;
}

/**
 * The writer's homing said in other words: "still on the old pool", 「還掛在本地服务器上」, 「帳號還在本地」, 「還在舊的
 * Front End 上」, 「還在公司機房那套」; and a group described by a negation ("還沒搬的人都在地端") is homed where it
 * is said to be, not the other way.
 */
export function homingWordsGrid(): GridItem[] {
  const items: GridItem[] = [];
  const pstn = { callType: 'pstn' } as const;
  const enSaid = ["I'm still on the old pool", "I'm on the old Lync pool", 'my account is still on the local pool', "I'm still on the old Skype servers"];
  const enCalls: readonly Part[] = [part('I dial a customer mobile from my desk', { ...IN, ...pstn }), part('I ring an outside number from home without VPN', { ...OUT, ...pstn })];
  for (const [said, call] of product<unknown>([enSaid, enCalls]) as [string, Part][]) {
    items.push({ ...fill(`We're hybrid. ${said}. {0}. Which path?`, [call], { ...HYBRID, homing: 'onPremises' }), tags: ['en', 'words'] });
  }
  const zhSaid = ['我还挂在本地服务器上', '我的帳號還在本地', '我還在舊的 Front End 上', '我還在舊的 server 上', '我的帳號還在公司機房那套', '我還掛在地端 server'];
  const zhCalls: readonly Part[] = [part('在辦公室撥客戶手機', { ...IN, ...pstn }), part('在家沒連 VPN 打外線', { ...OUT, ...pstn })];
  for (const [said, call] of product<unknown>([zhSaid, zhCalls]) as [string, Part][]) {
    items.push({ ...fill(`公司是混合的，${said}，{0}，走哪？`, [call], { ...HYBRID, homing: 'onPremises' }), tags: ['zh', 'words'] });
  }
  // A negation that describes the people ("還沒搬的人") does not deny what is said of them.
  for (const home of ['在地端', '在舊 pool', '在本地服务器上']) {
    items.push({ ...fill(`還沒搬的人都${home}，我也是還沒搬的，我在公司撥客戶手機，走哪？`, [], { ...HYBRID, ...IN, ...pstn, homing: 'onPremises' }), tags: ['zh', 'described'] });
  }
  return items;
}

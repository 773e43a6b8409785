// Round 14's host grid (invented; no blind text): where the host is homed said before the hosting ("Site GM is homed on
// the on-prem pool and runs the daily meeting", "my director is homed on-prem and he's the one who organises it"), the
// organizer's own account ("the organiser's account is homed on-prem"), and in Chinese the writer or a unit of ours as
// the host ("會議是我開的", "我們部門開的會", "本署其他單位召集之會議") and the product the meeting is set up on between
// the host and the verb ("主管用 Skype Online 開的會議", "領導在 Skype 裡約的會").
import { nth, product } from './en-grid';
import type { GridItem } from './grid';

const HOMINGS = [
  { said: 'is homed on the on-prem pool', value: 'onPremises', user: "I'm Online" },
  { said: 'is still on our on-prem Skype server', value: 'onPremises', user: "I'm homed Online" },
  { said: 'is homed Online', value: 'online', user: "I'm still on the on-prem pool" },
  { said: 'was moved to Skype Online last month', value: 'online', user: "I'm on-prem" },
] as const;
const HOSTS = ['Site GM', 'My director', 'The plant manager', 'Our CFO', 'Priya'];
const THENS = ['and runs the daily meeting', "and he's the one who organises our Thursday meeting", 'and chairs the weekly review meeting', 'and hosts the Monday meeting'];

/** "Site GM is homed on the on-prem pool and runs the daily meeting": the host's homing. */
export function homedThenHostsGrid(): GridItem[] {
  return product({ homing: HOMINGS, host: HOSTS, then: THENS }).map(({ homing, host, then }, n) => ({
    text: `Hybrid. ${host} ${homing.said} ${then}. ${homing.user} and join from my desk in the office. ${nth(['Path?', 'Does my media go over ER?'], n)}`,
    slots: { deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', homing: homing.value === 'online' ? 'onPremises' : 'online', organizer: homing.value },
    tags: [`then:${then.split(' ')[1]}`],
  }));
}

/** "The organiser's account is homed on-prem": the organizer's own account. */
export function organizerAccountGrid(): GridItem[] {
  const owners = ["The organiser's", "The organizer's", "The meeting host's", "The host's"];
  const accounts = [
    { said: 'account is homed on-prem', value: 'onPremises' },
    { said: 'account lives on our on-prem pool', value: 'onPremises' },
    { said: 'account is in Skype Online', value: 'online' },
    { said: 'account was migrated to Online', value: 'online' },
  ] as const;
  return product({ owner: owners, account: accounts }).map(({ owner, account }, n) => ({
    text: `Hybrid. ${owner} ${account.said}. I join the meeting from ${nth(['home, no VPN', 'the office LAN'], n)}. Path?`,
    slots: { deployment: 'hybrid', callType: 'conference', location: n % 2 === 0 ? 'internet' : 'customerNetwork', organizer: account.value },
    tags: [`owner:${owner}`],
  }));
}

/** Chinese hosts: the writer ("會議是我開的"), a unit of ours, a host before the product the meeting is on. */
export function zhHostGrid(): GridItem[] {
  const hosts = [
    { said: '會議是我開的，我的帳號還在地端', hybrid: true, value: 'onPremises', homing: 'onPremises' },
    { said: '這場會是我發的，我已經搬到雲端', hybrid: true, value: 'online', homing: 'online' },
    { said: '全部都是 Online 帳號，我們主管用 Skype Online 開的會議', hybrid: false, value: 'online' },
    { said: '全部都是 Online 帳號，領導在 Skype 裡約的會議', hybrid: false, value: 'online' },
    { said: '全部都是 Online 帳號，我們部門開的會', hybrid: false, value: 'online' },
    { said: '本署帳號均位於 Online，本署其他單位召集之會議', hybrid: false, value: 'online' },
    { said: '我們全是雲端帳號，經理用 Skype 開的會', hybrid: false, value: 'online' },
  ] as const;
  const places = [
    { said: '我在公司座位上加入', location: 'customerNetwork' },
    { said: '我在家沒連 VPN 加入', location: 'internet' },
  ] as const;
  const questions = ['走哪？', '訊號跟媒體怎麼走？', '會走 ER 嗎？'];
  return product({ host: hosts, place: places }).map(({ host, place }, n) => ({
    text: `${host.hybrid ? '混合部署。' : ''}${host.said}，${place.said}，${nth(questions, n)}`,
    slots: {
      deployment: host.hybrid ? 'hybrid' : 'online',
      callType: 'conference',
      location: place.location,
      organizer: host.value,
      ...('homing' in host && { homing: host.homing }),
    },
    tags: [`host:${host.said.slice(-6)}`],
  }));
}

/** "召集人：本公司行銷處長（線上帳號）": the organizer's field naming one of ours by our organization's word and a title. */
export function zhOrganizerFieldGrid(): GridItem[] {
  const labels = ['召集人', '會議召集人', '主持人', '主辦人'];
  const ours = ['本公司', '我們公司的', '本署', '敝公司', '我們公司'];
  const titles = ['行銷處長', '業務協理', '資訊室主任'];
  const homings = [
    { said: '（仍位於內部部署）', value: 'onPremises', deployment: '部署：混合', slot: 'hybrid' },
    { said: '（線上帳號）', value: 'online', deployment: '部署：SfB Online', slot: 'online' },
  ] as const;
  return product({ label: labels, our: ours, title: titles, homing: homings }).map(({ label, our, title, homing }, n) => ({
    text: `類型：會議 / ${label}：${our}${title}${homing.said} / 與會者位置：${nth(['高雄分公司內網', '總部會議室'], n)} / ${homing.deployment} / 問：與會者的訊號、媒體路徑`,
    slots: { deployment: homing.slot, callType: 'conference', location: 'customerNetwork', organizer: homing.value },
    tags: [`our:${our}`],
  }));
}

/** "Meeting organised by Alejandro Vega (Skype Online)": a product alone in an aside after a person is their homing. */
export function productAsideGrid(): GridItem[] {
  const products = ['Skype Online', 'SfB Online', 'Skype for Business Online', 'SfBO'];
  const hosts = ['Alejandro Vega', 'Greta Novak', 'the ops manager', 'our CFO'];
  const ways = [(h: string, p: string) => `Meeting organised by ${h} (${p}).`, (h: string, p: string) => `Organiser: ${h} (${p}).`, (h: string, p: string) => `I join the weekly meeting ${h} (${p}) set up.`];
  return product({ product: products, host: hosts, way: ways }).map(({ product: name, host, way }, n) => ({
    text: `Hybrid. ${way(host, name)} I'm homed on-prem and join from ${nth(['the plant WAN', 'home without VPN'], n)}. Path?`,
    slots: { deployment: 'hybrid', callType: 'conference', homing: 'onPremises', location: n % 2 === 0 ? 'customerNetwork' : 'internet', organizer: 'online' },
    tags: [`product:${name}`],
  }));
}

/** "Carmen: signaling and media?": a person named as the last line's label, then only the question, is asked about. */
export function labelledQuestionGrid(): GridItem[] {
  const asks = ['signaling and media?', 'path?', 'sig + media?', 'which path?'];
  const separators = [' ', ' / ', '\n'];
  return product({ ask: asks, separator: separators }).map(({ ask, separator }) => ({
    text: `Hybrid. Meeting organised by Alex (homed Online).${separator}Carmen (on-prem homed) joins from the plant WAN.${separator}Diego (Online) joins from home.${separator}Carmen: ${ask}`,
    slots: { deployment: 'hybrid', callType: 'conference', homing: 'onPremises', location: 'customerNetwork', organizer: 'online' },
    tags: [`ask:${ask}`],
  }));
}

// Chinese grids (round 10): an office or a team that hosts a meeting, and a team's homing beside the person who calls.
// Invented from how people write (tickets, official letters, chat), not from any blind set.
import { fill, part, product, type GridItem, type Part } from './grid';

const IN = { location: 'customerNetwork' } as const;
const OUT = { location: 'internet' } as const;
const HYBRID = { deployment: 'hybrid' } as const;

/** Where the user is (never the office that hosts: "參加總經理室開的例會" is not being in the GM's office). */
const USER_PLACES: readonly Part[] = [part('在家沒連 VPN', OUT), part('在分公司', IN), part('出差住飯店', OUT)];

/**
 * An office named after its head ("總經理室", "董事長室", "院長室") hosts: the head is the organizer, homed where the
 * head is said to be; an office whose head's homing is not said reads no organizer. Forms: 開的例會, 發的會議, 發起的
 * 會議, 召開的會議, 主持的月會; the head's homing said after the meeting, before it, or not at all.
 */
export function officeHostGrid(): GridItem[] {
  const offices: readonly [string, string][] = [
    ['總經理室', '總經理'],
    ['董事長室', '董事長'],
    ['院長室', '院長'],
    ['校長室', '校長'],
    ['處長室', '處長'],
  ];
  const forms = ['開的例會', '發的會議', '發起的會議', '召開的會議', '主持的月會'];
  const homings: readonly Part[] = [
    part('帳號已經移到 Online', { organizer: 'online' }),
    part('也是地端帳號', { organizer: 'onPremises' }),
    part('還沒搬到雲端', { organizer: 'onPremises' }),
  ];
  const items: GridItem[] = [];
  for (const [[office, head], form, place] of product<unknown>([offices, forms, USER_PLACES]) as [[string, string], string, Part][]) {
    const meeting = `${office}${form}`;
    const base = { ...HYBRID, callType: 'conference' } as const;
    for (const homing of homings) {
      items.push({ ...fill(`混合式部署，我{0}，要參加${meeting}，${head}{1}，媒體走哪？`, [place, homing], base), tags: [office, form, 'after'] });
      items.push({ ...fill(`混合式部署，${head}{1}。我{0}加入${meeting}，訊號怎麼走？`, [place, homing], base), tags: [office, form, 'before'] });
    }
    // Nobody's homing said: no organizer, and the office is nobody's place.
    items.push({ ...fill(`混合式部署，我{0}，要參加${meeting}，媒體走哪？`, [place], base), tags: [office, form, 'none'] });
    // Everyone Online: one of our own offices hosts Online.
    items.push({ ...fill(`純 Online，我{0}，加入${meeting}，媒體走哪？`, [place], { deployment: 'online', callType: 'conference', organizer: 'online' }), tags: [office, form, 'online'] });
  }
  return items;
}

/**
 * A team's homing ("客服部還在地端", "財務部的帳號都搬到 Online 了") beside a person who calls: the person's homing is
 * not said unless the text puts them in the team ("業務部的小陳", "業務部同事", "他們" standing for the team, "我也是業務部的",
 * "我在業務部").
 */
export function teamHomingGrid(): GridItem[] {
  const teams = ['客服部', '業務部', '財務部', '資訊處', '品管課', '研發部'];
  const homings: readonly Part[] = [
    part('都還在地端', { homing: 'onPremises' }),
    part('的帳號都搬到 Online 了', { homing: 'online' }),
    part('整個都已經上雲了', { homing: 'online' }),
  ];
  const calls: readonly Part[] = [part('在公司打外線', { ...IN, callType: 'pstn' }), part('在家沒連 VPN 撥客戶的手機', { ...OUT, callType: 'pstn' })];
  const apart = ['同事', '小陳', '我', '主管', '使用者'];
  const members = ['{t}的小陳', '{t}同事', '{t}的同仁', '他們', '{t} 陳小姐', '我也是{t}的，我', '我在{t}，'];
  const items: GridItem[] = [];
  for (const [team, homing, call] of product<unknown>([teams, homings, calls]) as [string, Part, Part][]) {
    const said = part(`${team}${homing.text}`);
    for (const who of apart) {
      items.push({ ...fill(`混合式部署。{0}。${who}{1}，媒體走哪？`, [said, call], HYBRID), tags: [team, 'apart', who] });
    }
    for (const who of members) {
      items.push({ ...fill(`混合式部署。{0}。${who.replace('{t}', team)}{1}，媒體走哪？`, [said, call], { ...HYBRID, ...homing.slots }), tags: [team, 'member', who] });
    }
  }
  return items;
}

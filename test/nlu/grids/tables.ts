// Pasted tables of people (issue 15, nlu29): a header row that names a column of people ("Name | Site | VPN",
// "姓名｜地點｜帳號", "user,location,homed"), one row per person with their place, VPN and homing, then the question about
// one of them, who calls another. Each row is a clause about the person it names: the one asked about is the user, the
// one in the call with them the other party, a third row beside the call is nobody. Written for the grid (shape x cast
// x facts x who is asked), not taken from any blind set.
import type { PartialScenario } from '../../../src/engine/types';
import { part, product, type GridItem } from './grid';

type Place = 'customerNetwork' | 'internet';
type Homing = 'online' | 'onPremises';

/** One row's facts: its place cell, its VPN cell, its homing cell, and what they state. */
interface Facts {
  place: string;
  vpn: string;
  homing: string;
  location: Place;
  homed: Homing;
}

/** How a table is typed: its header (with {P} for the people column's label), and how a row is joined from cells. */
interface Shape {
  tag: string;
  header: string;
  row: (cells: readonly string[]) => string;
  /** A name as the shape writes it (a CSV export writes handles: "grace.otieno"). */
  name?: (full: string) => string;
  rule?: string;
}

const pad = (cells: readonly string[], width: number) => cells.map((cell) => cell.padEnd(width)).join('').trimEnd();

/** A CSV export quotes a cell with a comma in it. */
const csv = (cells: readonly string[]) => cells.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',');

const SHAPES_EN: readonly Shape[] = [
  { tag: 'pipes', header: 'Name | Place | VPN | Homed', row: (c) => c.join(' | ') },
  { tag: 'markdown', header: '| Attendee | Where | VPN | Account |', rule: '|---|---|---|---|', row: (c) => `| ${c.join(' | ')} |` },
  { tag: 'tabs', header: 'Who\tLocation\tVPN\tHoming', row: (c) => c.join('\t') },
  { tag: 'columns', header: pad(['User', 'Site', 'VPN', 'Pool'], 22), row: (c) => pad(c, 22) },
  { tag: 'csv', header: 'user,location,vpn,homed', row: csv, name: (full) => full.toLowerCase().replace(' ', '.') },
];

const SHAPES_ZH: readonly Shape[] = [
  { tag: 'fullwidth', header: '姓名｜地點｜VPN｜帳號', row: (c) => c.join('｜') },
  { tag: 'markdown', header: '| 人員 | 位置 | VPN | 帳號 |', rule: '|---|---|---|---|', row: (c) => `| ${c.join(' | ')} |` },
  { tag: 'tabs', header: '使用者\t在哪\tVPN\t帳號', row: (c) => c.join('\t') },
  { tag: 'columns', header: pad(['與會者', '地點', 'VPN', '帳號'], 14), row: (c) => pad(c, 14) },
  { tag: 'csv', header: '"姓名","位置","VPN","帳號"', row: (c) => c.map((cell) => `"${cell}"`).join(',') },
];

const FACTS_EN: readonly Facts[] = [
  { place: 'Leeds office', vpn: '-', homing: 'Skype Online', location: 'customerNetwork', homed: 'online' },
  { place: 'home, own fibre', vpn: 'off', homing: 'on-prem pool', location: 'internet', homed: 'onPremises' },
  { place: 'hotel in Lyon', vpn: 'no', homing: 'Online', location: 'internet', homed: 'online' },
  { place: 'Rotterdam branch', vpn: 'n/a', homing: 'on-prem', location: 'customerNetwork', homed: 'onPremises' },
];

const FACTS_ZH: readonly Facts[] = [
  { place: '台中分公司', vpn: '-', homing: 'Online', location: 'customerNetwork', homed: 'online' },
  { place: '在家', vpn: '沒有', homing: '地端', location: 'internet', homed: 'onPremises' },
  { place: '飯店', vpn: '無', homing: 'Online', location: 'internet', homed: 'online' },
  { place: '總部', vpn: '-', homing: '地端 Server', location: 'customerNetwork', homed: 'onPremises' },
];

const CASTS_EN: readonly (readonly string[])[] = [
  ['Grace Otieno', 'Ruben Alvarez', 'Mina Park'],
  ['Kofi Mensah', 'Ilse Janssen', 'Dev Patel'],
];
const CASTS_ZH: readonly (readonly string[])[] = [
  ['Kevin', 'Amy', 'Leo'],
  ['阿明', '小芳', '阿哲'],
];

/** Which rows call (caller, callee) and which one the question asks about. */
const CALLS: readonly { caller: number; callee: number; asked: 'caller' | 'callee' }[] = [
  { caller: 0, callee: 1, asked: 'caller' },
  { caller: 2, callee: 0, asked: 'caller' },
  { caller: 1, callee: 2, asked: 'caller' },
  { caller: 0, callee: 2, asked: 'callee' },
];

const first = (full: string) => full.split(' ')[0];

interface Language {
  shapes: readonly Shape[];
  facts: readonly Facts[];
  casts: readonly (readonly string[])[];
  text: (table: string, caller: string, callee: string, asked: string) => string;
}

const LANGUAGES: Record<'en' | 'zh', Language> = {
  en: {
    shapes: SHAPES_EN,
    facts: FACTS_EN,
    casts: CASTS_EN,
    text: (table, caller, callee, asked) => `Hybrid tenant with ExpressRoute, the three people involved:\n${table}\n\n${caller} rang ${callee} on Skype (one to one). Which way do ${asked}'s signalling and media go?`,
  },
  zh: {
    shapes: SHAPES_ZH,
    facts: FACTS_ZH,
    casts: CASTS_ZH,
    text: (table, caller, callee, asked) => `我們是 Hybrid，有拉 ER，相關的人如下：\n${table}\n\n${caller}用 Skype 打給${callee}（一對一），想問${asked}那端的訊號和媒體怎麼走？`,
  },
};

/**
 * Tables of three people (shape x cast x which rows' facts x who calls whom, asked about the caller or the callee).
 * The rows' facts rotate so each row takes each place and homing.
 */
function peopleTableGrid(language: 'en' | 'zh'): GridItem[] {
  const { shapes, facts, casts, text } = LANGUAGES[language];
  const items: GridItem[] = [];
  for (const [shape, cast, rotation, call] of product<unknown>([shapes, casts, [0, 1, 2, 3], CALLS]) as [Shape, readonly string[], number, (typeof CALLS)[number]][]) {
    const rows = cast.map((full, k) => {
      const f = facts[(k + rotation) % facts.length];
      return shape.row([shape.name ? shape.name(full) : full, f.place, f.vpn, f.homing]);
    });
    const table = [shape.header, ...(shape.rule ? [shape.rule] : []), ...rows].join('\n');
    const callerName = first(cast[call.caller]);
    const calleeName = first(cast[call.callee]);
    const [user, peer] = call.asked === 'caller' ? [call.caller, call.callee] : [call.callee, call.caller];
    const of = (k: number) => facts[(k + rotation) % facts.length];
    const slots: PartialScenario = {
      deployment: 'hybrid',
      callType: 'peerToPeer',
      location: of(user).location,
      peer: of(peer).location,
      homing: of(user).homed,
      peerHoming: of(peer).homed,
    };
    items.push({ text: text(table, callerName, calleeName, first(cast[user])), slots, tags: [shape.tag, call.asked, `cast${casts.indexOf(cast)}`] });
  }
  return items;
}

export const peopleTableGridEn = (): GridItem[] => peopleTableGrid('en');
export const peopleTableGridZh = (): GridItem[] => peopleTableGrid('zh');

/**
 * A list of the people in a meeting, the writer among them, then the question about another by their own joining
 * ("小芳加入的媒體？"): that one is the user, whose row says where they are, not the writer. Shape (bullets, numbers, a
 * plain list) x who is asked x where each is x the traffic asked about.
 */
export function joinedTrafficGridZh(): GridItem[] {
  // The writer is one of the list ("我"), and is not the one asked about.
  const people = [part('Kevin'), part('我'), part('小芳')];
  const places = [part('總部 8 樓', { location: 'customerNetwork' }), part('在家，沒連 VPN', { location: 'internet' }), part('高鐵上用手機熱點', { location: 'internet' })];
  const bullets = ['- ', '1. ', '・'];
  const traffic = ['訊號和媒體', '媒體', '路徑', '訊號走哪'];
  const items: GridItem[] = [];
  for (const [bullet, asked, rotation, what] of product<unknown>([bullets, [0, 2], [0, 1, 2], traffic]) as [string, number, number, string][]) {
    const rows = people.map((p, k) => `${bullet}${p.text}：${places[(k + rotation) % places.length].text}${k === 0 ? '（召集人，Online 帳號）' : ''}`);
    const where = places[(asked + rotation) % places.length];
    items.push({ text: `全公司 SfB Online，有 ER。今天的會：\n${rows.join('\n')}\n${people[asked].text}加入的${what}？`, slots: { callType: 'conference', ...where.slots }, tags: [bullet.trim(), `asked${asked}`] });
  }
  return items;
}

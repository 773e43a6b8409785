// Rosters (issue 15, nlu39): a message lists several people with facts per person (a table, a numbered or bulleted
// list, "Name - place - account", labelled fields "甲方：…｜乙方：…"), says who calls whom or whose meeting someone
// joins, then asks about one of them. The one asked about gets their row's place and homing; the other party of a
// one-to-one call their row's as peer and peerHoming; a meeting's organizer the homing of the row of whoever set it
// up; a row beside the call says nothing. When the question names nobody, nothing in the rows is anyone's: the
// recognizer must ask. Layouts x cast x facts x call type x who is asked x language (Traditional and Simplified),
// written for the grid, not taken from any blind set (markdown tables, tabs, "Name - place - account", full-width
// punctuation and Simplified are in no dev set).
import type { PartialScenario } from '../../../src/engine/types';
import { product, type GridItem } from './grid';

type Place = 'customerNetwork' | 'internet';
type Homing = 'online' | 'onPremises';

interface Facts {
  place: string;
  account: string;
  location: Place;
  homed: Homing;
}

/** How a roster is written: its lines (with a header when it has one) from the rows' name, place and account. */
interface Layout {
  tag: string;
  lines: (rows: readonly (readonly [string, string, string])[]) => string[];
}

const table = (header: string, join: (cells: readonly string[]) => string, rule?: string): Layout['lines'] => (rows) => [
  header,
  ...(rule ? [rule] : []),
  ...rows.map((cells) => join(cells)),
];

const LAYOUTS_EN: readonly Layout[] = [
  { tag: 'pipes', lines: table('Name | Site | Connected via', (c) => `${c[0]} | ${c[1]} | ${c[2]}`) },
  { tag: 'markdown', lines: table('| Name | Location | Account homed |', (c) => `| ${c.join(' | ')} |`, '|---|---|---|') },
  { tag: 'tabs', lines: table('User\tWhere\tHoming', (c) => c.join('\t')) },
  { tag: 'csv', lines: table('user,loc,homing', (c) => c.join(',')) },
  { tag: 'numbered', lines: (rows) => rows.map((c, k) => `${k + 1}) ${c[0]} – ${c[1]} – ${c[2]}`) },
  { tag: 'bullets', lines: (rows) => rows.map((c) => `- ${c[0]}: ${c[1]}, ${c[2]}`) },
  { tag: 'dashes', lines: (rows) => rows.map((c) => `${c[0]} - ${c[1]} - ${c[2]}`) },
];

const LAYOUTS_ZH: readonly Layout[] = [
  { tag: 'fullwidth', lines: table('姓名｜位置｜帳號', (c) => c.join('｜')) },
  { tag: 'markdown', lines: table('| 姓名 | 地點 | 帳號 |', (c) => `| ${c.join(' | ')} |`, '|---|---|---|') },
  { tag: 'csv', lines: table('姓名,地點,帳號', (c) => c.join(',')) },
  { tag: 'numbered', lines: (rows) => rows.map((c, k) => `${k + 1}) ${c[0]}（${c[2]}）在${c[1].replace(/^在/, '')}`) },
  { tag: 'bullets', lines: (rows) => rows.map((c) => `- ${c[0]}：${c[1]}，${c[2]}`) },
  { tag: 'letters', lines: (rows) => [rows.map((c, k) => `${'ABC'[k]}=${c[0]}，${c[2]}/${c[1]}`).join('；')] },
];

const FACTS_EN: readonly Facts[] = [
  { place: 'Leeds office', account: 'Skype Online', location: 'customerNetwork', homed: 'online' },
  { place: 'home, VPN off', account: 'on-prem pool', location: 'internet', homed: 'onPremises' },
  { place: 'HQ 4th floor', account: 'on-prem', location: 'customerNetwork', homed: 'onPremises' },
  { place: 'hotel wifi, no VPN', account: 'Online', location: 'internet', homed: 'online' },
];

const FACTS_ZH: readonly Facts[] = [
  { place: '總部', account: 'Online 帳號', location: 'customerNetwork', homed: 'online' },
  { place: '在家沒開 VPN', account: '地端帳號', location: 'internet', homed: 'onPremises' },
  { place: '新竹廠區', account: '地端', location: 'customerNetwork', homed: 'onPremises' },
  { place: '飯店', account: 'Online', location: 'internet', homed: 'online' },
];

const CASTS_EN: readonly (readonly string[])[] = [
  ['Priya Nair', 'Tom Becker', 'Lena Ortiz'],
  ['Kwame', 'Sofia', 'Jun'],
];
const CASTS_ZH: readonly (readonly string[])[] = [
  ['王大同', '李美華', '周經理'],
  ['Kevin', 'Amy', 'Leo'],
];

/** A one-to-one call, said as one calling the other or as both having it ("Oscar and Elsa had a call"). */
type CallKind = 'p2p' | 'pair' | 'pstn' | 'meeting';

/**
 * Who acts (row 0 calls row 1, joins row 1's meeting, or dials out), and who is asked: a row, or nobody named (then
 * in a call with no other party the one who acts is asked about; in a one-to-one call either could be: ask).
 */
const ASKED: readonly ('actor' | 'other' | 'nobody')[] = ['actor', 'other', 'nobody'];

interface Language {
  layouts: readonly Layout[];
  facts: readonly Facts[];
  casts: readonly (readonly string[])[];
  /** The sentence of the call, and the question (asked: a name, or undefined for a question naming nobody). */
  call: (kind: CallKind, actor: string, other: string, third: string) => string;
  /** `other`: the second way of asking ("Q: path for Priya?", "問 Zita 那通的路徑"), said of a call. */
  question: (asked: string | undefined, other: boolean) => string;
  intro: string;
}

const first = (full: string) => full.split(' ')[0];

const LANGUAGES: Record<'en' | 'zh', Language> = {
  en: {
    layouts: LAYOUTS_EN,
    facts: FACTS_EN,
    casts: CASTS_EN,
    intro: 'Hybrid Skype deployment with ExpressRoute. People:',
    call: (kind, actor, other, third) =>
      kind === 'p2p'
        ? `${actor} called ${other} on Skype (1:1), nobody else on the call.`
        : kind === 'pair'
          ? `${actor} and ${other} had a Skype call, ${third} was not on it.`
          : kind === 'pstn'
            ? `${actor} dialled a customer's landline.`
            : `${actor} joined the Skype meeting ${other} set up.`,
    question: (asked, other) => (asked === undefined ? 'What path do signaling and media take?' : other ? `Q: signaling and media path for ${asked}?` : `What path do ${asked}'s signaling and media take?`),
  },
  zh: {
    layouts: LAYOUTS_ZH,
    facts: FACTS_ZH,
    casts: CASTS_ZH,
    intro: '我們是混合式（Hybrid），有 ER。相關人員：',
    call: (kind, actor, other, third) =>
      kind === 'p2p' ? `${actor}打給${other}（一對一），${third}沒參與。` : kind === 'pair' ? `${actor}跟${other}要一對一通話，${third}不在這通。` : kind === 'pstn' ? `${actor}撥外線給客戶。` : `${actor}加入${other}開的會議。`,
    question: (asked, other) => (asked === undefined ? '訊號跟媒體怎麼走？' : other ? `問 ${asked} 那通的路徑` : `請問${asked}的訊號跟媒體怎麼走？`),
  },
};

/** Simplified characters for the Traditional ones the grid's Chinese uses. */
const SIMPLIFIED: Record<string, string> = {
  們: '们', 與: '与', 關: '关', 員: '员', 經: '经', 帳: '账', 號: '号', 總: '总', 開: '开', 廠: '厂', 區: '区', 訊: '讯', 麼: '么',
  參: '参', 給: '给', 對: '对', 議: '议', 飯: '饭', 問: '问', 撥: '拨', 線: '线', 戶: '户', 會: '会', 請: '请', 華: '华', 體: '体',
  沒: '没', 點: '点', 場: '场', 義: '义', 雜: '杂', 維: '维',
};
const simplified = (text: string) => [...text].map((ch) => SIMPLIFIED[ch] ?? ch).join('');

function rosterGrid(language: 'en' | 'zh', script: 'traditional' | 'simplified' = 'traditional'): GridItem[] {
  const { layouts, facts, casts, call, question, intro } = LANGUAGES[language];
  const items: GridItem[] = [];
  const kinds: CallKind[] = ['p2p', 'pair', 'pstn', 'meeting'];
  for (const [layout, cast, rotation, kind, asked] of product<unknown>([layouts, casts, [0, 1, 2, 3], kinds, ASKED]) as [Layout, readonly string[], number, CallKind, (typeof ASKED)[number]][]) {
    // A phone call has no other row in it: asking about the row beside it would ask about nobody in the call.
    if (kind === 'pstn' && asked === 'other') continue;
    const of = (k: number) => facts[(k + rotation) % facts.length];
    const rows = cast.map((full, k) => [full, of(k).place, of(k).account] as const);
    // In a meeting the one asked about is the one who joins; the host's row gives the organizer.
    if (kind === 'meeting' && asked === 'other') continue;
    const oneToOne = kind === 'p2p' || kind === 'pair';
    const askedRow = asked === 'actor' || (asked === 'nobody' && !oneToOne) ? 0 : asked === 'other' ? 1 : undefined;
    const named = asked === 'nobody' ? undefined : askedRow;
    const slots: PartialScenario = { deployment: 'hybrid', callType: oneToOne ? 'peerToPeer' : kind === 'pstn' ? 'pstn' : 'conference' };
    if (kind === 'meeting') slots.organizer = of(1).homed;
    if (askedRow !== undefined) {
      slots.location = of(askedRow).location;
      slots.homing = of(askedRow).homed;
      if (oneToOne) {
        slots.peer = of(1 - askedRow).location;
        slots.peerHoming = of(1 - askedRow).homed;
      }
    }
    const text = [intro, ...layout.lines(rows), `${call(kind, first(cast[0]), first(cast[1]), first(cast[2]))} ${question(named === undefined ? undefined : first(cast[named]), kind !== 'meeting' && rotation % 2 === 1)}`].join('\n');
    items.push({ text: script === 'simplified' ? simplified(text) : text, slots, tags: [layout.tag, kind, asked, `cast${casts.indexOf(cast)}`] });
  }
  return items;
}

export const rosterGridEn = (): GridItem[] => rosterGrid('en');
export const rosterGridZh = (): GridItem[] => rosterGrid('zh');
export const rosterGridSimplified = (): GridItem[] => rosterGrid('zh', 'simplified');

/**
 * A ticket's fields, one per person named by their part ("Attendee: Online homed, office LAN / Organizer: on-prem
 * homed / Q: attendee's path"): the attendee's field gives place and homing, the organizer's the organizer. Facts x
 * the organizer's homing x which field comes first x how the question names the attendee again.
 */
function labelledFieldsGrid(language: 'en' | 'zh'): GridItem[] {
  const en = language === 'en';
  const facts = en ? FACTS_EN : FACTS_ZH;
  const hosts: readonly [string, Homing][] = en ? [['on-prem homed', 'onPremises'], ['Online homed', 'online']] : [['地端帳號', 'onPremises'], ['Online 帳號', 'online']];
  const questions = en ? ["Q: attendee's signaling and media path", 'Q: path for attendee', "What is the attendee's path?"] : ['問：與會者的訊號跟媒體路徑', '問：與會者那端的路徑？', '請問與會者的路徑'];
  const items: GridItem[] = [];
  for (const [fact, [host, organizer], hostFirst, question] of product<unknown>([facts, hosts, [false, true], questions]) as [Facts, [string, Homing], boolean, string][]) {
    const attendee = en ? `Attendee: ${fact.account}, ${fact.place}` : `與會者：${fact.account}，${fact.place}`;
    const organizerField = en ? `Organizer: ${host}` : `召集人：${host}`;
    const fields = hostFirst ? [organizerField, attendee] : [attendee, organizerField];
    const text = [...fields, en ? 'Deployment: hybrid SfB, ExpressRoute' : '部署：Hybrid，有 ER', en ? 'Meeting: sprint review' : '會議：季度檢討', question].join('\n');
    items.push({ text, slots: { deployment: 'hybrid', callType: 'conference', location: fact.location, homing: fact.homed, organizer }, tags: [hostFirst ? 'hostFirst' : 'attendeeFirst'] });
  }
  return items;
}

export const labelledFieldsGridEn = (): GridItem[] => labelledFieldsGrid('en');
export const labelledFieldsGridZh = (): GridItem[] => labelledFieldsGrid('zh');

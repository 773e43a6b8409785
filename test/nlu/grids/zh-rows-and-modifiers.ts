// Chinese probe grids, round 12 (issue 15): whose a place is when several people are described. A place inside the
// modifier of the one called ("打給一位在家、沒連 VPN 的同事") is theirs, never the caller's; in a list whose rows are
// told apart by letters ("- 參加者 C：法務，帳號地端，人在總部"), the row of the letter asked about ("只問 C 的…") is
// the user's and no other row is. Invented from how people write, not from any blind set.
import { fill, part, product, type GridItem, type Part } from './grid';

const ONLINE = { deployment: 'online' } as const;
const IN = 'customerNetwork' as const;
const OUT = 'internet' as const;

/** Who calls, and where they say they are. */
const CALLERS: readonly Part[] = [
  part('分行的理專在分行裡（分行接總行 WAN）', { location: IN }),
  part('我在總部', { location: IN }),
  part('理專在家沒開 VPN', { location: OUT }),
  part('業務在客戶那邊用手機熱點', { location: OUT }),
];

/** The one called, described by a modifier of several places listed with 、 before 的 and the person. */
const CALLEES: readonly Part[] = [
  part('一位在家、沒連 VPN 的同事', { peer: OUT }),
  part('在家、沒連 VPN 的同事', { peer: OUT }),
  part('一位在飯店、用手機熱點的業務', { peer: OUT }),
  part('一位在台中分行、走公司 WAN 的主管', { peer: IN }),
  part('在總部 8 樓、有接內網的助理', { peer: IN }),
];

const QUESTIONS = ['媒體走哪？', '訊號跟媒體各走哪？'];

/** The caller's place, then a call to someone described by listed places: each keeps their own. */
export function calleeModifierGrid(): GridItem[] {
  return product<unknown>([CALLERS, CALLEES, QUESTIONS]).map(([caller, callee, question]) =>
    fill(`全 Online + ER。{0}用 Skype 打給{1}，${question as string}`, [caller as Part, callee as Part], { ...ONLINE, callType: 'peerToPeer' }),
  );
}

/** Rows of people told apart by letters: each row's homing and place. */
const ROWS: readonly { homing: 'online' | 'onPremises'; place: string; location: 'customerNetwork' | 'internet' }[] = [
  { homing: 'online', place: '人在總部', location: IN },
  { homing: 'online', place: '人在家沒 VPN', location: OUT },
  { homing: 'onPremises', place: '人在總部', location: IN },
  { homing: 'onPremises', place: '在飯店，沒連 VPN', location: OUT },
];
const TITLES = ['財務長', '業務', '法務', '助理'];
const LABELS = ['參加者', '使用者', '同仁'];

/**
 * Three rows ("- 參加者 A：財務長，帳號 Online，人在總部"), a question about one letter: its row's homing and place,
 * whatever the other rows say. Each person dials out, so nobody else is in the call.
 */
export function letterRowsGrid(): GridItem[] {
  const items: GridItem[] = [];
  const letters = ['A', 'B', 'C'];
  for (const [label, first, asked, question] of product<unknown>([LABELS, [0, 1, 2, 3], [0, 1, 2], ['只問 {x} 的訊號與媒體路徑', '請問 {x} 那端？', '{x} 撥外線走哪？']])) {
    const rows = letters.map((_, k) => ROWS[((first as number) + k) % ROWS.length]);
    const lines = rows.map((row, k) => `- ${label as string} ${letters[k]}：${TITLES[k]}，帳號${row.homing === 'online' ? ' Online' : '地端'}，${row.place}，要撥外線給客戶`);
    const mine = rows[asked as number];
    const text = ['Hybrid + ER。', ...lines, (question as string).replace('{x}', letters[asked as number])].join('\n');
    items.push(fill(text, [], { deployment: 'hybrid', callType: 'pstn', homing: mine.homing, location: mine.location }));
  }
  return items;
}

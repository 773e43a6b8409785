// Chinese full names said with their account ("蔡淑芬（帳號在地端）", "吳俊賢的帳號在 Online"): each person's account is
// theirs, and the one asked about is the user. Names x homings x ways of saying x who is asked about; negatives: a
// site or a team before "帳號" ("高雄廠的帳號在地端") is nobody named, and the writer's account stays the writer's.
import type { GridItem } from './grid';
import { product } from './en-grid';

const PAIRS = [
  ['蔡淑芬', '吳俊賢'],
  ['林雅婷', '黃志豪'],
  ['張怡君', '李建宏'],
  ['劉佩君', '許宗翰'],
] as const;
const HOMINGS = [
  { a: '地端', b: 'Online', homingA: 'onPremises', homingB: 'online' },
  { a: 'Online', b: '地端', homingA: 'online', homingB: 'onPremises' },
  { a: '地端', b: '地端', homingA: 'onPremises', homingB: 'onPremises' },
] as const;
const SAYINGS = [
  (a: string, b: string, ha: string, hb: string) => `${a}帳號在${ha}，${b}的帳號在${hb}，兩人都在總部，一對一通話。`,
  (a: string, b: string, ha: string, hb: string) => `使用者：${a}（帳號在${ha}） / 對方：${b}（帳號在${hb}） / 地點：兩人都在總部 / 類型：一對一`,
  (a: string, b: string, ha: string, hb: string) => `當事人：人資 ${a}（${ha}帳號），對方：財務 ${b}（${hb}帳號），都在總部，一對一。`,
];
const ASKED = ['a', 'b'] as const;

/** Two named people and their accounts, one asked about. */
export function accountNamesGrid(): GridItem[] {
  return product({ pair: PAIRS, homing: HOMINGS, saying: SAYINGS, asked: ASKED }).map(({ pair, homing, saying, asked }) => {
    const [a, b] = pair;
    const mine = asked === 'a';
    return {
      text: `部署：混合式。${saying(a, b, homing.a, homing.b)}請問${mine ? a : b}這邊的訊號跟媒體走哪？`,
      slots: { location: 'customerNetwork', peer: 'customerNetwork', homing: mine ? homing.homingA : homing.homingB, peerHoming: mine ? homing.homingB : homing.homingA },
      tags: [`pair:${a}`],
    };
  });
}

/** A site's accounts before "帳號", the writer's own account said: the writer's homing stays theirs. */
export function siteAccountsGrid(): GridItem[] {
  return product({ site: ['高雄廠', '林口廠', '金門店', '台中站'], homing: HOMINGS }).map(({ site, homing }) => ({
    text: `混合式。${site}的帳號都在${homing.a}，我的帳號在${homing.b}，我在公司撥外線，路徑？`,
    slots: { location: 'customerNetwork', homing: homing.homingB },
  }));
}

// Chinese place grid, issue 15 round 14 (nlu34): places nobody wrote to us, read from their frame and morphemes
// (src/nlu/placeFrames.ts). The place words here are made of proper names and heads no vocabulary phrase holds
// ("楊梅發貨倉", "表哥家", "區間車上"): what they prove is the class, the frame and the morpheme, not a list. Every
// frame (在, 人在, 待在, 目前在, 於, a form's 位置：) is crossed with every place and two calls; a place that could be
// ours or not ("才藝班", "補習班") must state nothing.
import { fill, part, product, type GridItem, type Part } from './grid';

const IN = { location: 'customerNetwork' } as const;
const OUT = { location: 'internet' } as const;
const ONLINE = { deployment: 'online' } as const;

/** Proper names no vocabulary phrase holds, to put before a head. */
const NAMES: readonly string[] = ['楊梅', '仁武', '大園', '林口'];

/** Heads of ours, after a proper name ("楊梅發貨倉"). */
const OUR_HEADS: readonly string[] = ['發貨倉', '品管室', '調度室', '工務處', '營業所', '辦事處', '二廠', '業務課', '3 號廠房', '研發部'];

/** Places of ours said whole, with floors and buildings of ours. */
const OURS: readonly string[] = ['總部 11 樓', '分館', '本部 9 樓', 'B 棟 3F', '品保課辦公區'];

/** Places on the Internet: homes of anyone, vehicles, venues, someone else's rooms. */
const THEIRS: readonly string[] = [
  '表哥家', '岳母家', '男友家', '區間車上', '夜班巴士上', '渡輪上', '親戚的民宿', '朋友的工作室', '供應商的倉庫', '客戶的品管室',
  '醫院急診室外', '機場大廳', '南港展覽館', '銀行辦事', '老婆公司',
];

/**
 * Places that could be ours or not: the advisor asks. Not a room of a place the vocabulary reads as ours ("學校宿舍",
 * "公司停車場"): those stay ours, as "公司的工作站" or "總部廁所" are (stating nothing there cost held questions).
 */
const EITHER: readonly string[] = ['才藝班', '活動中心', '醫院', '洗手間', '他處', '補習班', '安親班'];

/** How the place is said of the speaker. */
const OPENERS: readonly string[] = ['我在', '我人在', '我待在', '我目前在', '我今天會在', '本人於'];

/** What the speaker does, stating no other party's place. */
const CALLS: readonly Part[] = [part('用 Skype 撥外線給客戶', { callType: 'pstn' }), part('要加入經理開的 Skype 會議', { callType: 'conference' })];

const places = (): Part[] => [
  ...product([NAMES, OUR_HEADS]).map(([name, head]) => part(`${name}${head}`, IN)),
  ...OURS.map((place) => part(place, IN)),
  ...THEIRS.map((place) => part(place, OUT)),
  ...EITHER.map((place) => part(place)),
];

/** The speaker's place: opener x place x call, in a sentence and in a form's field. */
export function openPlacesGrid(): GridItem[] {
  const items: GridItem[] = [];
  for (const [opener, place, call] of product<unknown>([OPENERS, places(), CALLS])) {
    items.push(fill(`我們全部是 Skype Online，有 ER。${opener as string}{0}，{1}，訊號跟媒體走哪？`, [place as Part, call as Part], ONLINE));
  }
  for (const [place, call] of product([places(), CALLS])) {
    items.push(fill('使用者：業務 小芳\n位置：{0}\n動作：{1}\n部署：全 Online，有 ER\n問：小芳的訊號與媒體？', [place, call], ONLINE));
  }
  return items;
}

/** Words that end with a head but name no place, after "在": nothing stated. */
const NOT_PLACES: readonly string[] = ['大家都在處理', '我在值班', '我在上課', '我在網站上看到'];

/** Sentences with a word that only looks like a place: no location. */
export function notPlacesGrid(): GridItem[] {
  return NOT_PLACES.map((said) => fill(`我們全部是 Skype Online，有 ER。${said}，要用 Skype 撥外線給客戶，訊號跟媒體走哪？`, [], { ...ONLINE, callType: 'pstn' }));
}

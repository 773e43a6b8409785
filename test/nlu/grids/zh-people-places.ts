// Chinese probe grids, round 10 (issue 15): where the user and the other party are, said the ways round 10's voices
// say it: Hong Kong / Singapore written Cantonese (佢喺屋企, 打俾, 我哋), someone on a trip or a stay named right
// before it ("Amy 出差中", "對方住飯店"), the other party in everyday words (在外面跑業務的同事, 拜訪客戶中的業務,
// 另一個院區的同仁), and code-mixed places (在 client 那邊). Invented from how people write, not from any blind set.
import { fill, part, product, type GridItem, type Part } from './grid';

const IN = { location: 'customerNetwork' } as const;
const OUT = { location: 'internet' } as const;
const ONLINE = { deployment: 'online' } as const;
const P2P = { callType: 'peerToPeer' } as const;

/** Where someone is, in written Cantonese: the user's location when said of the speaker. */
const CANTONESE_PLACES: readonly Part[] = [
  part('喺屋企', OUT),
  part('今日喺屋企', OUT),
  part('喺屋企冇開 VPN', OUT),
  part('喺屋企有開 VPN', IN),
  part('喺公司', IN),
  part('喺寫字樓', IN),
  part('喺 office', IN),
  part('喺酒店', OUT),
  part('喺機場', OUT),
  part('喺茶餐廳', OUT),
  part('喺客戶嗰邊', OUT),
];

/** The speaker, or someone the question is about, in Cantonese. */
const CANTONESE_WHO: readonly Part[] = [part('我'), part('我而家'), part('同事阿明'), part('Kevin')];

/** Calls in Cantonese that state no other party's place, and questions. */
const CANTONESE_CALLS: readonly Part[] = [
  part('打俾客戶手機', { callType: 'pstn' }),
  part('打俾喺屋企嘅 Amy 一對一', { ...P2P, peer: 'internet' }),
  part('打俾喺公司嘅 Amy 一對一', { ...P2P, peer: 'customerNetwork' }),
  part('入個 Skype 會議', { callType: 'conference' }),
];
const CANTONESE_QUESTIONS = ['媒體行邊度？', 'signaling 點行？', '係咪行 ER 㗎？'];

/** Written Cantonese: who x place x call x question, and "我哋" / "佢" frames. */
export function cantoneseGrid(): GridItem[] {
  const items: GridItem[] = [];
  for (const [who, place, call, question] of product<unknown>([CANTONESE_WHO, CANTONESE_PLACES, CANTONESE_CALLS, CANTONESE_QUESTIONS])) {
    items.push(fill(`我哋全部用 Skype for Business Online，{0}{1}，{2}，${question as string}`, [who as Part, place as Part, call as Part], ONLINE));
  }
  // "佢": the one just named (the only one), placed in a sentence of their own.
  for (const [place, call] of product([CANTONESE_PLACES, CANTONESE_CALLS.filter((call) => call.slots?.peer === undefined)])) {
    items.push(fill('全 Online。阿明要{1}。佢{0}。媒體行邊度？', [place, call], ONLINE));
  }
  return items;
}

/** Someone on a trip, a stay or out of the office, said right after who they are (no "在" before it). */
const AWAY: readonly string[] = ['出差中', '出差', '出差，住飯店', '住飯店', '人在機場', '外出中', '跑外勤', '度假中', '出差在飯店（沒 VPN）', '出差住酒店'];

/** The other party named by a Latin name, a pronoun-like word or a title, right before where they are. */
const AWAY_PEERS: readonly string[] = ['Amy', 'Kevin', '對方', '那位同事', '協理', 'PM Linda'];

/** Where the user is, said first. */
const MINE: readonly Part[] = [part('我在分公司', IN), part('我人在總部 8 樓', IN), part('我在家有連 VPN', IN), part('我在家沒連 VPN', OUT)];

/**
 * The other party away ("Amy 出差中", "對方住飯店"), in a clause after the user's place, and the user away with the
 * one called in our office: both places read, and neither taken for a place named after the person.
 */
export function awayGrid(): GridItem[] {
  const items: GridItem[] = [];
  for (const [mine, who, away] of product<unknown>([MINE, AWAY_PEERS, AWAY])) {
    const me = mine as Part;
    items.push(fill(`全 Online，{0}，${who as string}${away as string}，一對一，媒體走哪？`, [me], { ...ONLINE, ...P2P, peer: 'internet' }));
    items.push(fill(`全 Online，{0}打給 ${who as string}，${who as string}${away as string}，一對一，我這端訊號走哪？`, [me], { ...ONLINE, ...P2P, peer: 'internet' }));
  }
  const callers: readonly string[] = ['我', 'Kevin', '王經理', 'PM Linda'];
  for (const [who, away] of product<unknown>([callers, AWAY])) {
    items.push(fill(`全 Online，${who as string}${away as string}，打給在公司的 Amy 一對一，媒體走哪？`, [], { ...ONLINE, ...P2P, ...OUT, peer: 'customerNetwork' }));
  }
  return items;
}

/** The other party in everyday words: where they are, or which of our sites they are at. */
const PEERS: readonly Part[] = [
  part('在外面跑業務的同事', { peer: 'internet' }),
  part('外出跑業務的 Kevin', { peer: 'internet' }),
  part('正在拜訪客戶的業務', { peer: 'internet' }),
  part('在 client 那邊的 PM', { peer: 'internet' }),
  part('在客戶那裡的工程師', { peer: 'internet' }),
  part('另一個院區的同仁', { peer: 'customerNetwork' }),
  part('另一個廠區的同事', { peer: 'customerNetwork' }),
  part('門市的同仁', { peer: 'customerNetwork' }),
  part('分公司的同事', { peer: 'customerNetwork' }),
  part('在家 WFH 的同事', { peer: 'internet' }),
];

/** The other party x the user's place x frame: a 1:1 in an all-Online deployment. */
export function peerWordsGrid(): GridItem[] {
  const frames = ['全 Online，{0}，打給{1}一對一，媒體走哪？', '全 Online，{0}，跟{1} 1:1 視訊，signaling 怎麼走？', '我們全部 Online。{0}要找{1}一對一通話，路徑？'];
  return product<unknown>([MINE, PEERS, frames]).map(([mine, peer, frame]) => fill(frame as string, [mine as Part, peer as Part], { ...ONLINE, ...P2P }));
}

/** The user's own place in code-mixed or Cantonese words, with a call that names no other party's place. */
export function mixedPlacesGrid(): GridItem[] {
  const places: readonly Part[] = [
    part('在 client 那邊', OUT),
    part('人在 client 現場', OUT),
    part('在外面跑業務', OUT),
    part('今天在拜訪客戶', OUT),
    part('在客戶那裡', OUT),
    part('喺客戶嗰度', OUT),
  ];
  // In an all-Online deployment the host is homed Online too.
  const calls: readonly Part[] = [part('撥外線給客戶', { callType: 'pstn' }), part('加入主管開的 Skype 會議', { callType: 'conference', organizer: 'online' })];
  const frames = ['全 Online，{0}{1}，{2}，媒體走哪？', '全 Online。{0}{1}。要{2}，signaling 走哪'];
  const who: readonly Part[] = [part('我'), part('業務 Kevin'), part('小陳')];
  return product<unknown>([who, places, calls, frames]).map(([w, place, call, frame]) => fill(frame as string, [w as Part, place as Part, call as Part], ONLINE));
}

/** One of our workplaces written into a job or a team ("門市店長", "區公所同仁"): it says what they do, not where they are. */
const WORKPLACE_TITLES: readonly string[] = ['門市店長', '門診護理師', '區公所同仁', '分行行員', '倉庫管理員', '實驗室助理', '總部主管', '工廠課長'];

/**
 * A workplace title with where the person is said ("自宅", "在家沒開 VPN", "人在機場"): that place (the home is never
 * read as the workplace; round 11's writers, as round 10's 區公所同仁自宅, read the place said); with the same workplace
 * said of them, or 在 before the workplace ("在門市的店長"), that place. The title alone is left out: round 10's
 * writers read no place from it, older ones read the workplace.
 */
export function workplaceTitleGrid(): GridItem[] {
  const calls: readonly Part[] = [part('要撥外線給廠商', { callType: 'pstn' }), part('要加入處長開的 Skype 會議', { callType: 'conference', organizer: 'online' })];
  const places: readonly Part[] = [part('自宅', OUT), part('今天在家沒開 VPN', OUT), part('在自宅', OUT), part('人在機場', OUT), part('在辦公室座位上', IN)];
  const items = product<unknown>([WORKPLACE_TITLES, places, calls]).map(([who, place, call]) =>
    fill(`全 Online。${who as string}{0}{1}，媒體走哪？`, [place as Part, call as Part], ONLINE),
  );
  const sites: readonly Part[] = [part('在門市的店長', IN), part('在分行的行員', IN), part('在倉庫的管理員', IN)];
  for (const [who, call] of product([sites, calls])) items.push(fill('全 Online。{0}{1}，媒體走哪？', [who, call], ONLINE));
  return items;
}

/**
 * Where someone went back to ("我回到公司座位上"), a customer's home ("在客戶家用手機網路"), 自宅, a name opening the
 * text ("Jerry 今天在客戶那邊 onsite"), and both said to be at one of our sites with 同在 ("與同在所內的同仁"): the
 * user's place (and the other party's), never the place the call goes to.
 */
export function backAndAwayGrid(): GridItem[] {
  const openers: readonly Part[] = [
    part('我回到公司座位上', IN),
    part('我剛回到辦公室', IN),
    part('Jerry 今天在客戶那邊 onsite', OUT),
    part('Winnie 在客戶家用手機網路', OUT),
    part('理專在客戶家裡', OUT),
    part('我在自宅', OUT),
    part('Jerry 回到總部了', IN),
  ];
  const calls: readonly Part[] = [
    part('用 Skype 撥客戶的市話', { callType: 'pstn' }),
    part('要 join 經理開的 meeting', { callType: 'conference', organizer: 'online' }),
    part('打給在家的 Amy 一對一', { ...P2P, peer: 'internet' }),
  ];
  const items = product([openers, calls]).map(([who, call]) => fill('全 Online。{0}，{1}，媒體走哪？', [who, call], ONLINE));
  const shared: readonly string[] = ['同在所內辦公的', '同在公司的', '同在總部的', '同在辦公室的'];
  for (const place of shared) {
    items.push(fill(`混合部署，我是地端帳號，人在公司，與${place}同仁（Online 帳號）一對一，媒體走哪？`, [], {
      deployment: 'hybrid', ...P2P, ...IN, peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'online',
    }));
  }
  return items;
}

/** Another organization's people, on their own Skype or Teams, or a partner's site: a 1:1 with them is federated. */
export function partnerGrid(): GridItem[] {
  const partners: readonly string[] = ['合作診所的醫師（對方診所有自己的商務用 Skype）', '國外合作實驗室的人（他們有自己的 Skype）', '合作醫院的主任', '供應商的業務（他們有自己的 Teams）', '外面廠商的工程師'];
  return product<unknown>([MINE, partners]).map(([mine, who]) =>
    fill(`全 Online，{0}，跟${who as string}一對一，媒體走哪？`, [mine as Part], { ...ONLINE, ...P2P, peer: 'federated' }),
  );
}

/**
 * A pasted LINE / Teams chat log: each line opens with a time and who wrote it ("[14:02] 阿明：", "09:15 小芬："); the
 * writers only relay, the person asked about is named in the messages and placed there, by name or by 她/他.
 */
export function chatLogGrid(): GridItem[] {
  const stamps: readonly ((time: string, who: string) => string)[] = [(t, w) => `[${t}] ${w}：`, (t, w) => `${t} ${w}：`];
  const places: readonly Part[] = [part('今天在家沒開 VPN', OUT), part('人在 8 樓座位上', IN), part('出差住飯店', OUT), part('在高雄分公司', IN), part('在客戶那邊', OUT)];
  const calls: readonly Part[] = [
    part('要撥外線給客戶', { callType: 'pstn' }),
    part('要打給在總部的 Kevin 一對一', { ...P2P, peer: 'customerNetwork' }),
    part('要打給在家的 Kevin 一對一', { ...P2P, peer: 'internet' }),
  ];
  const items: GridItem[] = [];
  for (const [stamp, place, call] of product<unknown>([stamps, places, calls])) {
    const line = stamp as (time: string, who: string) => string;
    const lines = [
      `${line('14:01', '阿明')}欸 問一下`,
      `${line('14:02', '阿明')}我們全 Online`,
      `${line('14:02', '小芬')}業務部的 Amy {0}`,
      `${line('14:03', '阿明')}她{1}`,
      `${line('14:04', '小芬')}Amy 這端媒體走哪？`,
    ];
    items.push(fill(lines.join('\n'), [place as Part, call as Part], ONLINE));
  }
  return items;
}

/**
 * Voice-typed messages: no punctuation, the clauses run together or are split by spaces only, fillers of speech
 * ("嗯那個", "然後", "就是"); both parties placed.
 */
export function voiceGrid(): GridItem[] {
  const mine: readonly Part[] = [part('我今天在家沒有連VPN', OUT), part('我人在高鐵上用手機熱點', OUT), part('我在辦公室座位上', IN), part('我在客戶那邊用他們的wifi', OUT)];
  const peers: readonly Part[] = [part('在公司的小美', { peer: 'customerNetwork' }), part('在外面跑業務的阿德', { peer: 'internet' }), part('出差住飯店的經理', { peer: 'internet' })];
  const frames = ['嗯那個我們是全online {0} 然後要打給{1} 一對一 請問我的媒體走哪裡', '全online{0}要打給{1}一對一我這端媒體怎麼走', '就是我們純online啦 {0} 就是要跟{1}一對一 媒體會走ER嗎'];
  return product<unknown>([mine, peers, frames]).map(([me, peer, frame]) => fill(frame as string, [me as Part, peer as Part], { ...ONLINE, ...P2P }));
}

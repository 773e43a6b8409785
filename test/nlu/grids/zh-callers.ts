// Chinese probe grids, round 11 (issue 15): who calls and who is called when the text names them the same way, and
// the other classes of round 11 (see each grid). Invented from how people write (LINE messages, helpdesk tickets,
// formal letters, Simplified input), not from any blind set.
import { fill, part, product, type GridItem, type Part } from './grid';

const IN = { location: 'customerNetwork' } as const;
const OUT = { location: 'internet' } as const;
const P2P = { callType: 'peerToPeer' } as const;

/** Words for a person that a caller and the one they call can both be called by. */
const SAME_WORDS: readonly string[] = ['同事', '業務', '工程師', '護理師', '老師', '經理', '店長', '同仁', '学长', 'PM'];

/** Where the caller is, said in a clause of their own right after them. */
const CALLER_PLACES: readonly Part[] = [
  part('出差住飯店', OUT),
  part('今天在家沒開 VPN', OUT),
  part('人在機場', OUT),
  part('用手機熱點', OUT),
  part('在高雄分公司', IN),
  part('人在總部 8 樓', IN),
  part('在家有連 VPN', IN),
];

/** The call, with where the one called is. */
const CALLS: readonly ((word: string) => Part)[] = [
  (word) => part(`打給在公司的${word}`, { peer: 'customerNetwork' }),
  (word) => part(`用 Skype 撥給總部的${word}`, { peer: 'customerNetwork' }),
  (word) => part(`要跟在家上班的${word}一對一`, { peer: 'internet' }),
  (word) => part(`打給出差中的另一位${word}`, { peer: 'internet' }),
  (word) => part(`跟在门市的${word}視訊`, { peer: 'customerNetwork' }),
];

const OPENERS: readonly Part[] = [part('我們全部是 Online。', { deployment: 'online' }), part('纯云端租户，', { deployment: 'online' }), part('')];
const QUESTIONS: readonly string[] = ['媒體走哪？', '訊號跟媒體各怎麼走？', '會走 ER 嗎'];

/**
 * "同事出差住飯店，打給辦公室的同事": a clause that names nobody goes on about the one named before it, who calls; the
 * one called by the same word is someone else (nobody calls themselves), not the caller named again.
 */
export function sameWordCalleeGrid(): GridItem[] {
  return product<unknown>([SAME_WORDS, CALLER_PLACES, CALLS, OPENERS, QUESTIONS]).map(([word, place, call, opener, question]) =>
    fill(`{0}${word as string}{1}，{2}，${question as string}`, [opener as Part, place as Part, (call as (w: string) => Part)(word as string)], P2P),
  );
}

/** Words for both parties that open a clause. */
const BOTH_WORDS: readonly string[] = ['兩人都', '雙方都', '兩個人都', '我們兩個都', '兩位都', '二人均'];

/** Where both are. */
const SHARED_PLACES: readonly Part[] = [
  part('在公司內網', { ...IN, peer: 'customerNetwork' }),
  part('在總部', { ...IN, peer: 'customerNetwork' }),
  part('在同一棟辦公室', { ...IN, peer: 'customerNetwork' }),
  part('在家', { ...OUT, peer: 'internet' }),
  part('在家沒開 VPN', { ...OUT, peer: 'internet' }),
  part('在外面出差', { ...OUT, peer: 'internet' }),
];

/** The one called, right before the aside. */
const CALLED: readonly Part[] = [
  part('打給已經搬上 Online 的隔壁同事', { peerHoming: 'online' }),
  part('跟主管'),
  part('打給 Amy'),
  part('跟财务部的小陈'),
  part('撥給還在地端 pool 的阿明', { peerHoming: 'onPremises' }),
];

/** "打給同事（兩人都在公司內網）": a word for both inside an aside after the one called is both of them, not that one. */
export function bothInAsideGrid(): GridItem[] {
  const frames = [
    '混合部署，我是 on-prem 使用者，{0}（{1}），我這端會不會用到 ER？',
    'Hybrid 環境，我帳號在地端，{0}一對一（{1}），媒體走哪',
    '我們 hybrid。我（地端帳號）{0}（{1}）。請問訊號跟媒體？',
  ];
  const items: GridItem[] = [];
  for (const [frame, called, both, place] of product<unknown>([frames, CALLED, BOTH_WORDS, SHARED_PLACES])) {
    items.push(fill(frame as string, [called as Part, part(`${both as string}${(place as Part).text}`, (place as Part).slots)], { deployment: 'hybrid', homing: 'onPremises', ...P2P }));
  }
  return items;
}

/** Where the one called is homed, said with a server's name ("還在地端 pool 的", "在 Lync Server 2013 上的"). */
const SERVER_HOMINGS: readonly string[] = ['還在地端 pool 的', '在 on-prem pool 的', '帳號在 Skype Server 的', '還在 Lync Server 2013 的', '還在地端集區的', '還在 SfB Server 2015 的'];
/** Names, Chinese and Latin. */
const NAMES: readonly string[] = ['阿明', '小陳', 'Kevin', '阿慧', 'Amy'];

/**
 * "打給還在地端 pool 的阿明": a name after a server and 的 is someone homed on that server, not a thing of the product
 * (as "SfB Server 2015 的 CU" is): where they are homed is the other party's.
 */
export function namedAfterServerGrid(): GridItem[] {
  const mine: readonly Part[] = [part('我帳號在地端', { homing: 'onPremises' }), part('我是 Online 帳號', { homing: 'online' }), part('我的帳號已經搬上雲')];
  const frames = ['混合部署，{0}，打給{1}，我這邊怎麼走？', 'Hybrid。{0}，要跟{1}一對一，訊號走哪', '我們是混合架構，{0}。用 Skype 撥給{1}，media 會走 ER 嗎？'];
  const items: GridItem[] = [];
  for (const [frame, me, homing, name] of product<unknown>([frames, mine, SERVER_HOMINGS, NAMES])) {
    const own = (me as Part).text === '我的帳號已經搬上雲' ? ({ homing: 'online' } as const) : {};
    items.push(fill(frame as string, [me as Part, part(`${homing as string}${name as string}`)], { deployment: 'hybrid', peerHoming: 'onPremises', ...P2P, ...own }));
  }
  return items;
}

/** Where someone is, in written Taiwanese (台語漢字). */
const HOKKIEN_PLACES: readonly Part[] = [
  part('佇厝', OUT),
  part('這馬佇厝，無開 VPN', OUT),
  part('佇厝，毋過有連公司的 VPN', IN),
  part('佇阮兜', OUT),
  part('佇公司內底', IN),
  part('佇辦公室', IN),
  part('今仔日佇高鐵頂', OUT),
  part('佇飯店', OUT),
  part('佇客戶遐', OUT),
];

/** The one asked about, in Taiwanese: the speaker, a name, the boss. */
const HOKKIEN_WHO: readonly string[] = ['我', '阿雄', '阮頭家', '阿芬'];

/** Calls in Taiwanese that state no other party's place. */
const HOKKIEN_CALLS: readonly Part[] = [
  part('用 Skype 敲電話予客戶的手機仔', { callType: 'pstn' }),
  part('欲加入一个會議', { callType: 'conference' }),
  part('佮佇厝的同事講電話', { ...P2P, peer: 'internet' }),
  part('敲予佇公司的同事', { ...P2P, peer: 'customerNetwork' }),
];
const HOKKIEN_QUESTIONS: readonly string[] = ['訊號佮媒體行佗位？', '按呢是按怎行？', '敢會經過公司彼條 ExpressRoute？', '媒體行啥物路線？'];
const HOKKIEN_OPENERS: readonly Part[] = [part('阮攏是 Skype Online 的帳號。', { deployment: 'online' }), part('阮公司的 Skype 是 Online 的，', { deployment: 'online' })];

/**
 * Written Taiwanese (阮攏佇厝, 敲電話予, 行佗位): read as the Mandarin words the vocabulary has, as written Cantonese
 * is.
 */
export function hokkienGrid(): GridItem[] {
  return product<unknown>([HOKKIEN_OPENERS, HOKKIEN_WHO, HOKKIEN_PLACES, HOKKIEN_CALLS, HOKKIEN_QUESTIONS]).map(([opener, who, place, call, question]) => {
    // Everyone's account Online is the Online deployment: whoever is called is homed Online too, implied, not stated.
    return fill(`{0}${who as string}{1}，{2}。${question as string}`, [opener as Part, place as Part, call as Part]);
  });
}

/** "我自己開的會議", "是我本人排的", "我家己開的": the speaker hosts the meeting they join, homed where they are. */
export function speakerHostsGrid(): GridItem[] {
  const homings: readonly Part[] = [part('我的帳號已經搬到 Online 了', { homing: 'online', organizer: 'online' }), part('我帳號還在地端', { homing: 'onPremises', organizer: 'onPremises' })];
  const hosting: readonly string[] = ['我自己開的會議', '我本人排的會議', '我自己召集的會議'];
  const frames = [
    '混合部署，{0}。我在公司參加{1}，媒體走哪？',
    'Hybrid 環境，{0}，今天在總部 8 樓要加入{1}，訊號怎麼走',
    '我們是 hybrid。{0}。我人在辦公室，要進{1}。signaling 會走 ER 嗎？',
  ];
  const items: GridItem[] = [];
  for (const [frame, homing, host] of product<unknown>([frames, homings, hosting])) {
    items.push(fill(frame as string, [homing as Part, part(host as string)], { deployment: 'hybrid', callType: 'conference', ...IN }));
  }
  // The meeting named first, whose it is said after it.
  for (const [homing, host] of product<unknown>([homings, ['是我自己開的', '是我本人約的', '是我家己開的']])) {
    items.push(fill(`混合部署，{0}。我在公司參加一个會議，${host as string}。訊號和媒體走哪裡？`, [homing as Part], { deployment: 'hybrid', callType: 'conference', ...IN }));
  }
  return items;
}

/** A call type the question asks the call to be ("這樣算 PSTN 嗎"), in several ways of asking. */
const ASKED_TYPES: readonly string[] = ['這樣算 PSTN 嗎？', '算不算 PSTN？', '這是不是 PSTN 通話？', '這算點對點嗎？', '這樣算是會議嗎？', '是否為 PSTN 通話？', '那這種算不算是一對一？'];

/**
 * "撥分機給同事，這樣算 PSTN 嗎": a call type asked about is no statement; the call said decides (a colleague called:
 * a call between two, a customer's mobile: a phone call, a meeting joined: a meeting).
 */
export function askedCallTypeGrid(): GridItem[] {
  const calls: readonly Part[] = [
    part('用 Skype 打給同事', P2P),
    part('用 Skype 撥給隔壁棟的同仁', { ...P2P, peer: 'customerNetwork' }),
    part('打客戶的手機', { callType: 'pstn' }),
    part('加入一場 Skype 會議', { callType: 'conference' }),
  ];
  const places: readonly Part[] = [part('我在公司', IN), part('我今天在家沒連 VPN', OUT), part('業務人在機場', OUT)];
  const frames = ['我們全 Online。{0}{1}，{2}媒體走哪？', '纯 Online 租户，{0}，{1}。{2}signaling/media？'];
  return product<unknown>([frames, places, calls, ASKED_TYPES]).map(([frame, place, call, asked]) =>
    fill(frame as string, [place as Part, call as Part, part(asked as string)], { deployment: 'online' }),
  );
}

/**
 * "我們的 Skype 是 Online", "公司的 SfB 是 Online 的": our organization's own product said to be Online is the
 * deployment (everyone's), not where the user alone is homed.
 */
export function ourProductGrid(): GridItem[] {
  const owners: readonly string[] = ['我們的', '公司的', '本公司的', '我们的'];
  const products: readonly string[] = ['Skype', 'SfB', 'skype'];
  const states: readonly string[] = ['是 Online 的', '是 Online', '都是 Online'];
  const calls: readonly Part[] = [part('我在家打客戶手機', { ...OUT, callType: 'pstn' }), part('業務在公司加入一場會議', { ...IN, callType: 'conference' }), part('我在分公司打給在家的同事', { ...IN, ...P2P, peer: 'internet' })];
  return product<unknown>([owners, products, states, calls]).map(([owner, name, state, call]) =>
    fill(`${owner as string} ${name as string} ${state as string}，{0}，媒體走哪？`, [call as Part], { deployment: 'online' }),
  );
}

/**
 * "兩個 TD 工程師都在 fab office", "兩位設備工程師都在家": two people of a trade the vocabulary does not know are both
 * parties, as "兩個工程師" are: where they both are is the user's place and the other party's.
 */
export function twoOfATradeGrid(): GridItem[] {
  const counts: readonly string[] = ['兩個', '兩位', '兩名'];
  const trades: readonly string[] = ['TD', 'equipment', 'PIE', 'fab', ''];
  const people: readonly string[] = ['工程師', 'engineer', '同仁'];
  const places: readonly Part[] = [
    part('都在 fab office', { ...IN, peer: 'customerNetwork' }),
    part('都在廠區辦公室', { ...IN, peer: 'customerNetwork' }),
    part('都在家沒連 VPN', { ...OUT, peer: 'internet' }),
    part('今天都在家', { ...OUT, peer: 'internet' }),
  ];
  const frames = ['我們 SfB 是 hybrid，{0}用 Skype 1:1，signaling 會不會走 ER？', '全 Online。{0}，用 SfB 一對一通話，媒體怎麼走？'];
  const items: GridItem[] = [];
  for (const [frame, count, trade, who, place] of product<unknown>([frames, counts, trades, people, places])) {
    const deployment = (frame as string).startsWith('全') ? 'online' : 'hybrid';
    const name = trade === '' ? `${count as string}${who as string}` : `${count as string} ${trade as string} ${who as string}`;
    items.push(fill(frame as string, [part(`${name}${(place as Part).text}`, (place as Part).slots)], { deployment, ...P2P }));
  }
  return items;
}

/**
 * "我用 Online 帳號在實驗室電腦上加入", "拿地端帳號在家撥外線": an account someone uses is how they call, and the
 * place right after it is theirs (an account said to be somewhere, "帳號在公司，人在家", is where it is kept).
 */
export function accountUsedGrid(): GridItem[] {
  const uses: readonly Part[] = [
    part('用 Online 帳號', { homing: 'online' }),
    part('用雲端帳號', { homing: 'online' }),
    part('拿地端帳號', { homing: 'onPremises' }),
    part('使用內部部署帳號', { homing: 'onPremises' }),
  ];
  const places: readonly Part[] = [part('在實驗室電腦上', IN), part('在家裡', OUT), part('在飯店', OUT), part('在總部會議室', IN)];
  const calls: readonly Part[] = [part('加入主管開的會', { callType: 'conference' }), part('撥外線給客戶', { callType: 'pstn' })];
  const who: readonly string[] = ['我', '助教', '小陳'];
  const items: GridItem[] = [];
  for (const [w, use, place, call] of product<unknown>([who, uses, places, calls])) {
    items.push(fill(`混合部署，${w as string}{0}{1}{2}，訊號跟媒體怎麼走？`, [use as Part, place as Part, call as Part], { deployment: 'hybrid' }));
  }
  // The account's own place, then the person's: only the person's is where they are.
  for (const [w, call] of product<unknown>([who, calls])) {
    items.push(fill(`混合部署，${w as string}帳號在公司的地端伺服器，人在家，{0}，媒體走哪？`, [call as Part], { deployment: 'hybrid', homing: 'onPremises', ...OUT }));
  }
  return items;
}

// Chinese grids, round 23 (nlu70): the other party of a 1:1 among several people described, and places said of them
// the ways round 23's writers say it: a deputy beside the head of the same title ("組長在公司、副組長今天 WFH ... 打給
// 組長"), two titles each somewhere and one of them called, "我跟 PM 都..." (both, not a call with PM), "人在" after
// what someone's account is ("教授已經是 Online 帳號人在研究室"), our own firm ("在事務所裡", beside "會計師事務所",
// another company), "總部網絡裡", and lettered people of a title ("理賠員 A"). Invented from how people write, not
// from any blind set. Negatives: words for anyone ("同事") called again may be someone else; "跟" without "都" still
// names whom the call is with; another firm stays another company.
import { fill, part, product, type GridItem, type Part } from './grid';

const ONLINE = { deployment: 'online' } as const;
const P2P = { callType: 'peerToPeer' } as const;
const IN = 'customerNetwork';
const OUT = 'internet';

/** Titles that have a deputy ("副" + title). */
const HEADS: readonly string[] = ['組長', '店長', '主任', '處長', '課長', '院長', '校長', '主管'];

/** Where the head and the deputy are: [head, deputy], as said and as read. */
const HEAD_PLACES: readonly [Part, Part][] = [
  [part('在公司', { peer: IN }), part('今天 WFH', { peer: OUT })],
  [part('在家', { peer: OUT }), part('在辦公室', { peer: IN })],
];

/** The user, who calls: their place said. */
const CALLERS: readonly Part[] = [part('我在公司', { location: IN }), part('我在家沒連 VPN', { location: OUT })];

/** A head and their deputy each somewhere, and one of them called: the one called is the other party. */
export function deputyGrid(): GridItem[] {
  const items: GridItem[] = [];
  for (const row of product<unknown>([HEADS, HEAD_PLACES, CALLERS])) {
    const [h, [hp, dp], me] = row as [string, readonly [Part, Part], Part];
    const frame = `${h}{0}、副${h}{1}。全員 Online。{2}打給{3}，我這端媒體走哪？`;
    items.push(fill(frame, [hp, { text: dp.text }, me, { text: h }], { ...ONLINE, ...P2P }));
    items.push(fill(frame, [{ text: hp.text }, dp, me, { text: `副${h}` }], { ...ONLINE, ...P2P }));
  }
  return items;
}

/** Two people of different titles, each somewhere. */
const PAIRS: readonly [string, string][] = [['副總', '經理'], ['老闆', '秘書'], ['協理', '專員'], ['教授', '助教'], ['店長', '店員']];

/** Two titled people described, the user calling one of them: that one's place is the other party's. */
export function twoTitlesGrid(): GridItem[] {
  const items: GridItem[] = [];
  for (const row of product<unknown>([PAIRS, CALLERS])) {
    const [[first, second], me] = row as [readonly [string, string], Part];
    const text = `${first}在公司，${second}在家。全員 Online。{0}打給`;
    items.push(fill(`${text}${first}，媒體走哪？`, [me], { ...ONLINE, ...P2P, peer: IN }));
    items.push(fill(`${text}${second}，媒體走哪？`, [me], { ...ONLINE, ...P2P, peer: OUT }));
  }
  return items;
}

/** Someone said to be with the user ("我跟 PM 都..."), and another called. */
export function bothWithMeGrid(): GridItem[] {
  // A Latin word set off by spaces, as people type it; Chinese words written together.
  const companions = [' PM ', '同事', '主任', '業務'];
  const shared: readonly Part[] = [part('都駐點在客戶那', { location: OUT }), part('都在家沒連 VPN', { location: OUT }), part('都在公司', { location: IN })];
  const called: readonly Part[] = [part('老闆在公司', { peer: IN }), part('老闆今天在家', { peer: OUT })];
  return product<unknown>([companions, shared, called]).map(([who, where, boss]) =>
    fill(`我跟${who as string}{0}；我們{1}。公司 SfB Online。我打給老闆，我這端走哪`, [where as Part, boss as Part], { ...ONLINE, ...P2P }),
  );
}

/** "人在" after what someone's account is: where they are, not where the account is. */
export function bodyAfterAccountGrid(): GridItem[] {
  const accounts: readonly Part[] = [part('已經是 Online 帳號', { peerHoming: 'online' }), part('帳號還在地端', { peerHoming: 'onPremises' })];
  const places: readonly Part[] = [part('人在研究室', { peer: IN }), part('人在家', { peer: OUT }), part('人在辦公室', { peer: IN })];
  const frames = ['學校是 hybrid。助教在系辦打給教授，教授{0}{1}，助教這端訊號走哪？', '學校是 hybrid，我在系辦打給教授 教授{0}{1} 我的訊號會跑去雲端嗎'];
  return product<unknown>([accounts, places, frames]).map(([account, place, frame]) =>
    fill(frame as string, [account as Part, place as Part], { deployment: 'hybrid', ...P2P, location: IN }),
  );
}

/** Our own firm ("在事務所裡"), the user's place; "總部網絡裡" too. */
export function ownFirmGrid(): GridItem[] {
  const places: readonly Part[] = [
    part('在事務所裡', { location: IN }),
    part('在事務所內', { location: IN }),
    part('在事務所', { location: IN }),
    part('目前於事務所內', { location: IN }),
    part('在總部網絡裡', { location: IN }),
    part('在公司網絡內', { location: IN }),
  ];
  const peers: readonly Part[] = [part('在家的同事', { peer: OUT }), part('同樣在事務所內的律師', { peer: IN }), part('同樣在總部網絡裡的同事', { peer: IN })];
  return product<unknown>([places, peers]).map(([place, peer]) => fill('我們全部 SfB Online。我{0}用 Skype 打給{1}，媒體走哪？', [place as Part, peer as Part], { ...ONLINE, ...P2P }));
}

/** Lettered people of a title: the one the asked-about calls. */
export function letteredGrid(): GridItem[] {
  const titles = ['理賠員', '業務', '專員'];
  const places: readonly [Part, Part][] = [
    [part('在外面用手機網路', { peer: OUT }), part('在公司', { peer: IN })],
    [part('在公司', { peer: IN }), part('在家', { peer: OUT })],
  ];
  const items: GridItem[] = [];
  for (const row of product<unknown>([titles, places])) {
    const [t, [pa, pb]] = row as [string, readonly [Part, Part]];
    const text = `主管在家、${t} A {0}、${t} B {1}。我們是 SfB Online。只問主管：他跟 {2} 一對一通話時，主管那端訊號媒體怎麼走？`;
    items.push(fill(text, [pa, { text: pb.text }, { text: 'A' }], { ...ONLINE, ...P2P, location: OUT }));
    items.push(fill(text, [{ text: pa.text }, pb, { text: 'B' }], { ...ONLINE, ...P2P, location: OUT }));
  }
  return items;
}

/**
 * What must not change: "同事" called again may be another colleague (no place of the one described); "跟" with no
 * "都" names whom the call is with; another firm ("會計師事務所", "外部事務所") is not our network.
 */
export function negativesGrid(): GridItem[] {
  return [
    fill('業務部的同事在家。公司 SfB Online。我在公司打給同事，我這端走哪', [], { ...ONLINE, ...P2P, location: IN, peer: OUT }),
    fill('我跟 PM 一對一通話，PM 在家，我在公司。公司 SfB Online。我這端走哪', [], { ...ONLINE, ...P2P, location: IN, peer: OUT }),
    fill('我在會計師事務所裡對帳，用他們的 Wi-Fi 加入 Skype 會議', [], { callType: 'conference' }),
    fill('我在外部事務所裡開會，用他們的 Wi-Fi 加入我們公司的 Skype 會議', [], { callType: 'conference', location: OUT }),
    fill('我在會計師事務所對帳，連他們的網路撥外線給客戶，我們全 Online', [], { ...ONLINE, callType: 'pstn', location: OUT }),
    fill('我跟同事都在家，我們一對一通話。公司 SfB Online。我這端走哪', [], { ...ONLINE, ...P2P, location: OUT, peer: OUT }),
    fill('我和同事都在公司，一對一通話。公司 SfB Online。我這端走哪', [], { ...ONLINE, ...P2P, location: IN, peer: IN }),
    fill('我們 hybrid，同事帳號在公司，人在家，我在公司打給他', [], { deployment: 'hybrid', ...P2P, location: IN, peer: OUT }),
  ];
}

// Where the other party sits near the speaker ("the colleague sitting next to me", "坐我對面的同事", "Tom, who sits
// across from me"): both are in the same office, so the speaker is there too; a seat near someone else ("坐對面的同事",
// "the guy at the next desk") says only that the other party is in an office. Invented (issue 15).
import { fill, part, product, type GridItem, type Part } from './grid';

const BOTH_IN = { location: 'customerNetwork', peer: 'customerNetwork' } as const;
const PEER_IN = { peer: 'customerNetwork' } as const;
const P2P = { callType: 'peerToPeer' } as const;

const HEADERS: readonly Part[] = [part('SfB Online only.', { deployment: 'online' }), part('Hybrid SfB.', { deployment: 'hybrid' })];

/** The one called, by where they sit ({0}: a person word). */
const SEATS_EN: readonly ((who: string) => Part)[] = [
  (who) => part(`I call ${who} sitting next to me`, BOTH_IN),
  (who) => part(`I ring ${who}, who sits across from me`, BOTH_IN),
  (who) => part(`I call ${who} who sits opposite me`, BOTH_IN),
  (who) => part(`I video-call ${who} at the desk next to me`, BOTH_IN),
  (who) => part(`I call ${who} sitting behind me`, BOTH_IN),
  (who) => part(`I call ${who} at the next desk`, PEER_IN),
  (who) => part(`I call ${who} two desks away`, PEER_IN),
  (who) => part(`I call ${who} in the office next door`, PEER_IN),
];
const WHO_EN: readonly string[] = ['a colleague', 'my teammate', 'the finance lead', 'Priya', 'the guy'];
const QUESTIONS_EN: readonly string[] = ['1:1. Which way does my media go?', 'One-to-one: what path does my signaling take?'];

export function englishSeatsGrid(): GridItem[] {
  return product<unknown>([SEATS_EN, WHO_EN, HEADERS, QUESTIONS_EN]).map(([seat, who, header, question]) =>
    fill(`{0} {1}. ${question as string}`, [header as Part, (seat as (w: string) => Part)(who as string)], P2P),
  );
}

const SEATS_ZH: readonly ((who: string) => Part)[] = [
  (who) => part(`我打給坐我隔壁的${who}`, BOTH_IN),
  (who) => part(`我跟坐在我對面的${who}一對一`, BOTH_IN),
  (who) => part(`我用 Skype 打给坐我旁边的${who}`, BOTH_IN),
  (who) => part(`我打給坐我後面的${who}`, BOTH_IN),
  (who) => part(`我打給坐對面的${who}`, PEER_IN),
  (who) => part(`我打給隔壁桌的${who}`, PEER_IN),
  (who) => part(`我跟鄰座的${who}通話`, PEER_IN),
];
const WHO_ZH: readonly string[] = ['同事', '主管', 'Amy', '小陳', '業務'];
const HEADERS_ZH: readonly Part[] = [part('全部 Online，', { deployment: 'online' }), part('我們是混合部署，', { deployment: 'hybrid' })];
const QUESTIONS_ZH: readonly string[] = ['一對一，我這邊走哪？', '（一對一）信令和媒體走哪裡？'];

export function chineseSeatsGrid(): GridItem[] {
  return product<unknown>([SEATS_ZH, WHO_ZH, HEADERS_ZH, QUESTIONS_ZH]).map(([seat, who, header, question]) =>
    fill(`{0}{1}，${question as string}`, [header as Part, (seat as (w: string) => Part)(who as string)], P2P),
  );
}

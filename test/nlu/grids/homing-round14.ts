// Round 14's homing grid (invented; no blind text): two people said to be homed together when the second is named with
// words the vocabulary does not know ("both me and the onshore ops lead are still on the on-prem server"), and, in
// Chinese, a move not yet made said with any verb for moving ("還沒移轉到雲端", "尚未轉移至 Online", "仍未搬遷到雲端"):
// it says where the account still is, never that it moved.
import { nth, product } from './en-grid';
import type { GridItem } from './grid';

/** Second people named with words that say what they are. */
const SECONDS = ['the onshore ops lead', 'the night shift supervisor', 'our site ops manager', 'the regional sales lead', 'my line manager'];

const PAIRS = [
  (second: string) => `Both me and ${second} are still on the on-prem pool.`,
  (second: string) => `Me and ${second} are both homed on our on-prem Skype server.`,
  (second: string) => `Both Priya and ${second} are on the on-prem pool.`,
];

/** "Both me and the onshore ops lead are still on the on-prem pool": the homing is each one's. */
export function pairHomingGrid(): GridItem[] {
  return product({ second: SECONDS, pair: PAIRS }).map(({ second, pair }, n) => {
    const caller = pair('x').startsWith('Both Priya') ? 'Priya' : 'I';
    const call = caller === 'I' ? 'I call them 1:1 from my desk in the office' : 'Priya calls them 1:1 from her desk in the office';
    return {
      text: `Hybrid. ${pair(second)} ${call}; they are in the office too. ${nth(['Path?', caller === 'I' ? 'Which way does my call go?' : "What is Priya's path?"], n)}`,
      slots: { deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork', homing: 'onPremises', peerHoming: 'onPremises' },
      tags: [`second:${second}`],
    };
  });
}

const NOT_YET = ['還沒', '尚未', '還未', '仍未', '還沒有'];
const MOVES = ['移轉到', '轉移至', '遷移到', '搬遷到', '搬移到', '移到', '轉到'];
const CLOUDS = ['雲端', 'Online', 'Skype Online'];

/** "我還沒移轉到雲端": the writer is still homed on-premises (a Hybrid deployment). */
export function notYetMovedGrid(): GridItem[] {
  return product({ notYet: NOT_YET, move: MOVES, cloud: CLOUDS }).map(({ notYet, move, cloud }, n) => ({
    text: `我的帳號${notYet}${move}${cloud}，${nth(['今天在公司加入主管開的會議', '人在總部座位上參加週會', '在公司內網加入 Skype 會議'], n)}，${nth(['走哪？', '訊號跟媒體怎麼走？', '會走 ER 嗎？'], n)}`,
    slots: { deployment: 'hybrid', callType: 'conference', location: 'customerNetwork', homing: 'onPremises' },
    tags: [`move:${move}`],
  }));
}

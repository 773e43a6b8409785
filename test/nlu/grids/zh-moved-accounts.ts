// An account moved, said with where it came from ("我帳號上個月從地端搬到 Online 了", "從 Online 搬回地端"): the homing
// after "從" is where it was, the one after the move where it is. Negatives: a move planned ("下個月會從地端搬到 Online")
// leaves the account where it starts, and "從" before a call ("從地端帳號打給 Online 帳號的同事") moves nothing.
import type { GridItem } from './grid';
import { product } from './en-grid';

const SUBJECTS = ['我帳號', '我的帳號', '我', '我的 Skype 帳號'];
const MOVES = [
  { move: '從地端搬到 Online', from: 'onPremises', to: 'online' },
  { move: '從 on-prem 移到雲端', from: 'onPremises', to: 'online' },
  { move: '從 Skype Server 遷移到 O365', from: 'onPremises', to: 'online' },
  { move: '從地端 pool 換到 Online', from: 'onPremises', to: 'online' },
  { move: '從內部部署移轉至商務用 Skype Online', from: 'onPremises', to: 'online' },
  { move: '從 Online 搬回地端', from: 'online', to: 'onPremises' },
  { move: '從雲端搬回內部部署伺服器', from: 'online', to: 'onPremises' },
] as const;
const DONE = ['上個月', '已經', '', '上週就'];
const PLANNED = ['下個月會', '預計明年'];
const CALLS = [
  { call: '我在公司撥外線', slots: { location: 'customerNetwork' } },
  { call: '我在家沒連 VPN，加入地端主管開的會', slots: { location: 'internet', organizer: 'onPremises' } },
] as const;

const sentence = (subject: string, when: string, move: string, call: string) => `${subject}${when}${move}了，我們是 hybrid。${call}，路徑怎麼走？`;

/** A move done: the account is where it went. */
export function movedAccountGrid(): GridItem[] {
  return product({ subject: SUBJECTS, move: MOVES, when: DONE, call: CALLS }).map(({ subject, move, when, call }) => ({
    text: sentence(subject, when, move.move, call.call),
    slots: { homing: move.to, ...call.slots },
    tags: [`move:${move.move}`],
  }));
}

/** A move planned: the account is still where it starts. */
export function plannedMoveGrid(): GridItem[] {
  return product({ subject: SUBJECTS, move: MOVES, when: PLANNED, call: CALLS }).map(({ subject, move, when, call }) => ({
    text: sentence(subject, when, move.move, call.call).replace('了，', '，'),
    slots: { homing: move.from, ...call.slots },
    tags: [`move:${move.move}`],
  }));
}

/** "從" before a call: where the caller's account is, and the one called's, as said. */
export function fromBeforeCallGrid(): GridItem[] {
  return product({ mine: ['地端', 'Online'], theirs: ['Online', '地端'] }).map(({ mine, theirs }) => ({
    text: `我在公司，從${mine}帳號打給${theirs}帳號的同事，他也在公司。我們是 hybrid，我這邊怎麼走？`,
    slots: { homing: mine === '地端' ? 'onPremises' : 'online', peerHoming: theirs === '地端' ? 'onPremises' : 'online', location: 'customerNetwork', peer: 'customerNetwork' },
  }));
}

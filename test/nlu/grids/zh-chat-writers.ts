// Chinese probe grids, round 12 (issue 15): pasted chats whose writers speak for themselves ("[09:30] 家豪：我在總部"),
// several of them, and a question that names one ("雅琪那端的 media？"). Each line's "我" is its writer; a name that
// opens a message and then "你/妳" called is whom the writer calls; a writer who neither calls nor is called is beside
// the call. Writers are named the ways chats show them: Chinese given names of two characters, full names of three,
// 阿/小 names, Latin names; times before or after the name, bracketed or not, a title in front. Invented from how
// people write, not from any blind set.
import { fill, part, product, type GridItem, type Part } from './grid';

const ONLINE = { deployment: 'online' } as const;
const IN = 'customerNetwork';
const OUT = 'internet';

/** How a chat shows who wrote a line and when. */
const STAMPS: readonly ((time: string, who: string) => string)[] = [
  (t, w) => `[${t}] ${w}：`,
  (t, w) => `${w} ${t}：`,
  (t, w) => `${t} ${w}：`,
  (t, w) => `[${t}] 業務 ${w}：`,
];

/** Three writers: the one asked about, the one they call (or who calls them), someone beside it. */
const CASTS: readonly [string, string, string][] = [
  ['雅琪', '家豪', '俊宏'],
  ['張雅婷', '黃俊傑', '林美玲'],
  ['阿芬', '小安', '老蔡'],
  ['Amber', 'Bruce', 'Carol'],
  ['怡君', 'Kevin', '志明'],
];

/** Where a writer says they are, of themselves. */
const PLACES: readonly Part[] = [
  part('我在總部', { location: IN }),
  part('我今天在家，沒開 VPN', { location: OUT }),
  part('我在台中分行，走公司 WAN', { location: IN }),
  part('我在客戶那邊，用手機熱點', { location: OUT }),
];

const opposite = (place: Part): Part => PLACES.find((other) => other.slots?.location !== place.slots?.location) as Part;

/** Questions that name the writer asked about. */
const QUESTIONS: readonly ((who: string) => string)[] = [(w) => `${w}那端的 media？`, (w) => `請問 ${w} 的訊號路徑？`, (w) => `${w}這通的訊號跟媒體？`];

/** The asked writer dials a landline: their place is the user's, nobody else is in the call. */
export function chatPstnGrid(): GridItem[] {
  return product<unknown>([STAMPS, CASTS, PLACES, QUESTIONS]).map(([stamp, cast, place, question]) => {
    const line = stamp as (time: string, who: string) => string;
    const [asked, other, beside] = cast as [string, string, string];
    const mine = place as Part;
    const lines = [
      `${line('09:30', asked)}{0}`,
      `${line('09:31', other)}${opposite(mine).text}`,
      `${line('09:32', beside)}${opposite(mine).text}`,
      `${line('09:33', asked)}等下我要撥外線給客戶`,
      `全 Online + ER。${(question as (who: string) => string)(asked)}`,
    ];
    return fill(lines.join('\n'), [mine], { ...ONLINE, callType: 'pstn' });
  });
}

/**
 * One writer calls another, addressing them by name ("雅琪我等下打給妳") or by name alone ("我打給雅琪"); the question
 * asks about either side. The third writer, somewhere else, is in no call.
 */
export function chatCallGrid(): GridItem[] {
  const calls: readonly ((callee: string) => string)[] = [(c) => `${c}我等下打給妳`, (c) => `${c} 我直接 Skype 你`, (c) => `我要打給${c}，一對一`];
  const items: GridItem[] = [];
  for (const [stamp, cast, callerPlace, calleePlace, call, askCaller] of product<unknown>([STAMPS, CASTS, PLACES.slice(0, 2), PLACES.slice(1, 3), calls, [true, false]])) {
    const line = stamp as (time: string, who: string) => string;
    const [callee, caller, beside] = cast as [string, string, string];
    const [mine, theirs] = askCaller ? [callerPlace as Part, calleePlace as Part] : [calleePlace as Part, callerPlace as Part];
    const lines = [
      `${line('10:00', caller)}${(callerPlace as Part).text}`,
      `${line('10:01', callee)}${(calleePlace as Part).text}`,
      `${line('10:02', beside)}${opposite(mine).text}，不會加入`,
      `${line('10:03', caller)}${(call as (callee: string) => string)(callee)}`,
      `全 Online + ER。${askCaller ? caller : callee}那端的訊號跟媒體？`,
    ];
    items.push(fill(lines.join('\n'), [], { ...ONLINE, callType: 'peerToPeer', location: mine.slots?.location, peer: theirs.slots?.location }));
  }
  return items;
}

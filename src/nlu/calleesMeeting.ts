// "打給在總部開會的主管", "跟在總部開會的主管打一對一": 開會 before "的" and a person says who holds a meeting ("開會的經理"),
// but said of the one called it is what they are doing where they are: the call is one-to-one, and they host nothing.
import type { Item } from './analyzer';
import { endsClause, isFiller, kindOf, surfaceOf } from './items';
import { framingMeetings } from './framingMeetings';

/** "開會" right before "的" and a person: the one who holds the meeting (people.ts), unless that person is called. */
export const HOLDING_A_MEETING = '開會';
/** Words that join the one called to the call after them ("跟主管打一對一"). */
const WITH: ReadonlySet<string> = new Set(['跟', '和', '與']);

/** A call word, or a one-to-one or phone call named ("打一對一", "撥市話"). */
const isCallWord = (item: Item | undefined): boolean =>
  kindOf(item) === 'call' || (item?.kind === 'mention' && item.concept.kind === 'callType' && (item.concept.value === 'peerToPeer' || item.concept.value === 'pstn'));

/**
 * The indices of the 開會 that describe the person called, or where the writer is while they make the call, and of the
 * meetings named only as when another call is made ("before the board meeting I call Alan", framingMeetings.ts): read
 * once per message, for people.ts's host rule, the call type (slots.ts) and the place reader (parties.ts).
 */
export function calleesMeetings(items: readonly Item[]): ReadonlySet<number> {
  const framing = framingMeetings(items);
  return new Set(items.flatMap((_, index) => (calleesMeeting(items, index) || meetingWhileCalling(items, index) || framing.has(index) ? [index] : [])));
}

/** "在合作廠商那邊開會": where the meeting is, said before it (a place, a company, 那邊), back from 開會. */
const isWhereWords = (item: Item | undefined): boolean =>
  isFiller(item) || ['place', 'company', 'party'].includes(kindOf(item) ?? '') || (item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'perspective');

/**
 * "今天我在合作廠商那邊開會，要打給客戶的手機": 開會 after 在 and where, ending its clause, with a call made in a clause after
 * it, is where the writer is while they call (round 31's writers: read as the partner's conference, a wrong answer for
 * a phone call). The call is the one made; the meeting hosts nothing.
 */
function meetingWhileCalling(items: readonly Item[], index: number): boolean {
  if (surfaceOf(items[index]) !== HOLDING_A_MEETING || (index + 1 < items.length && !endsClause(items[index + 1]))) return false;
  let k = index - 1;
  while (k >= 0 && surfaceOf(items[k]) !== '在' && isWhereWords(items[k]) && !endsClause(items[k])) k--;
  if (surfaceOf(items[k]) !== '在' || k === index - 1) return false;
  for (let j = index + 2; j < items.length; j++) if (isCallWord(items[j])) return true;
  return false;
}

/** Whether the 開會 at `index` describes the person called: "打給(在總部)開會的主管", "跟(在總部)開會的主管打一對一". */
function calleesMeeting(items: readonly Item[], index: number): boolean {
  if (surfaceOf(items[index]) !== HOLDING_A_MEETING || surfaceOf(items[index + 1]) !== '的' || kindOf(items[index + 2]) !== 'party') return false;
  // Back over where they are ("在總部").
  let k = index - 1;
  while (k >= 0 && (kindOf(items[k]) === 'place' || isFiller(items[k]))) k--;
  if (kindOf(items[k]) === 'call') return true;
  if (!WITH.has(surfaceOf(items[k]) ?? '')) return false;
  for (let j = index + 3; j < items.length && !endsClause(items[j]); j++) if (isCallWord(items[j])) return true;
  return false;
}

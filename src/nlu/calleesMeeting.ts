// "打給在總部開會的主管", "跟在總部開會的主管打一對一": 開會 before "的" and a person says who holds a meeting ("開會的經理"),
// but said of the one called it is what they are doing where they are: the call is one-to-one, and they host nothing.
import type { Item } from './analyzer';
import { endsClause, isFiller, kindOf, surfaceOf } from './items';

/** "開會" right before "的" and a person: the one who holds the meeting (people.ts), unless that person is called. */
export const HOLDING_A_MEETING = '開會';
/** Words that join the one called to the call after them ("跟主管打一對一"). */
const WITH: ReadonlySet<string> = new Set(['跟', '和', '與']);

/** A call word, or a one-to-one or phone call named ("打一對一", "撥市話"). */
const isCallWord = (item: Item | undefined): boolean =>
  kindOf(item) === 'call' || (item?.kind === 'mention' && item.concept.kind === 'callType' && (item.concept.value === 'peerToPeer' || item.concept.value === 'pstn'));

/**
 * The indices of the 開會 that describe the person called: read once per message, for people.ts's host rule, the call
 * type (slots.ts) and the place reader (parties.ts).
 */
export function calleesMeetings(items: readonly Item[]): ReadonlySet<number> {
  return new Set(items.flatMap((_, index) => (calleesMeeting(items, index) ? [index] : [])));
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

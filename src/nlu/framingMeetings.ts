// "Before the board meeting I need a quick Skype call with Alan", "after the meeting Joe hosts I'll call out to a
// supplier's number", 「開會前我想先跟阿傑一對一通個話」, 「開完 Eric 主持的晨會之後，我要撥外線給客戶」: a meeting named only
// to say when another call is made, in the sentence that makes it, is not the call asked about (class-host's writers:
// read as the meeting, a wrong answer for the call made around it).
import type { Item } from './analyzer';
import { PRODUCT_NAME } from './productMentions';
import { endsClause, endsSentence, isFiller, isNameWord, kindOf, surfaceOf } from './items';

/** English words that put a call before or after a meeting named right after them ("before the board meeting"). */
const AROUND_EN: ReadonlySet<string> = new Set(['before', 'after']);
/** Chinese words after a meeting that put a call before or after it ("開會前", "晨會之後", "會議結束後"). */
const AROUND_ZH: ReadonlySet<string> = new Set(['前', '之前', '以前', '後', '之後', '以後', '結束後', '結束之後']);
/** "開完…的會", "主持完週會": a meeting said to be over, 完 before it in its clause. */
const OVER_ZH = '完';
/** How many words may stand between "before"/"after" and the meeting ("after Joe's weekly meeting"). */
const REACH = 4;

/** A meeting named: a meeting word or a meeting named by its host ("the board meeting", "Eric 主持的晨會"). */
const isMeeting = (item: Item | undefined): boolean =>
  item?.kind === 'mention' && (item.concept.kind === 'hostedMeeting' || (item.concept.kind === 'callType' && item.concept.value === 'conference'));

/** Words between a call word and the one called ("a call with Alan", "call to Raj"). */
const TO_WITH: ReadonlySet<string> = new Set(['with', 'to']);

/**
 * Another call made: a one-to-one or phone call named, or a call word with someone called right after it ("a quick
 * Skype call with Alan"); a call word alone ("which path will the call take?") may be the meeting itself.
 */
function isOtherCall(items: readonly Item[], k: number): boolean {
  const item = items[k];
  if (item?.kind === 'mention' && item.concept.kind === 'callType') return item.concept.value === 'peerToPeer' || item.concept.value === 'pstn';
  if (kindOf(item) !== 'call' || PRODUCT_NAME.test(surfaceOf(item) ?? '')) return false;
  let j = k + 1;
  while (j < items.length && (isFiller(items[j]) || TO_WITH.has(surfaceOf(items[j]) ?? ''))) j++;
  const next = items[j];
  return isNameWord(next) || kindOf(next) === 'company' || (next?.kind === 'mention' && next.concept.kind === 'party' && next.concept.role === 'peer');
}

/** Whether "before"/"after" stands a few words before the meeting at `index`, past its name ("after Joe's weekly"). */
function afterAroundWord(items: readonly Item[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - REACH && !endsClause(items[k]); k--) {
    if (AROUND_EN.has(surfaceOf(items[k]) ?? '')) return true;
    // "after Dana's budget meeting", "before the all-hands meeting": plain words and names of the meeting's name.
    if (!isFiller(items[k]) && items[k].kind !== 'word' && !isMeeting(items[k])) return false;
  }
  return false;
}

/** Whether a Chinese word puts a call around the meeting at `index`: 前/後 right after it, or 完 before it in its clause. */
function aroundZh(items: readonly Item[], index: number): boolean {
  let k = index + 1;
  while (k < items.length && isFiller(items[k]) && !AROUND_ZH.has(surfaceOf(items[k]) ?? '')) k++;
  if (AROUND_ZH.has(surfaceOf(items[k]) ?? '')) return true;
  for (let j = index - 1; j >= 0 && !endsClause(items[j]); j--) if (surfaceOf(items[j]) === OVER_ZH) return true;
  return false;
}

/** Whether another call is made in the sentence of the meeting at `index`, outside the meeting itself. */
function callInSentence(items: readonly Item[], index: number): boolean {
  let start = index;
  while (start > 0 && !endsSentence(items[start - 1])) start--;
  for (let k = start; k < items.length && !endsSentence(items[k]); k++) if (k !== index && isOtherCall(items, k)) return true;
  return false;
}

/** The indexes of the meetings named only as the time of another call made in their sentence. */
export function framingMeetings(items: readonly Item[]): ReadonlySet<number> {
  return new Set(items.flatMap((item, index) =>
    isMeeting(item) && (afterAroundWord(items, index) || aroundZh(items, index)) && callInSentence(items, index) ? [index] : []));
}

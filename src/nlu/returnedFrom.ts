// "Back in the office today after a month of remote work", "I'm back at my desk after working from home last week",
// "back home after a week at HQ": someone said to be back at a place is there now, and the place said after "after"
// in the same sentence is where they were before it, not where they are for the call. Without "back" the two stay
// as said ("in the office after lunch at home" may be either), and so does a place after "after" that the call
// itself is set after ("I'll call from home after the meeting at HQ" has no "back").
import type { Item } from './analyzer';
import { sentenceEnd, isFiller, kindOf, nextIndex, sentenceStart, surfaceOf } from './items';

/** How many items may stand between "after" and the place left behind ("after a month of remote work", "after a week at the Leeds office"). */
const AFTER_REACH = 5;

const isBack = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'back';

/** Whether "after" stands shortly before the place at `index`, with only fillers and unknown words between. */
function afterBefore(items: readonly Item[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - AFTER_REACH; k--) {
    const item = items[k];
    if (surfaceOf(item) === 'after') return true;
    if (item.kind === 'break' || (item.kind === 'mention' && !isFiller(item) && item.concept.kind !== 'number')) return false;
  }
  return false;
}

/** The indexes of the places someone is said to be back from, in a sentence that says where they are back. */
export function placesLeftBehind(items: readonly Item[]): ReadonlySet<number> {
  const out = new Set<number>();
  items.forEach((item, index) => {
    if (!isBack(item)) return;
    const now = nextIndex(items, index, isFiller);
    if (kindOf(items[now]) !== 'place') return;
    for (let k = sentenceStart(items, index), end = sentenceEnd(items, index); k < end; k++) if (k !== now && kindOf(items[k]) === 'place' && afterBefore(items, k)) out.add(k);
  });
  return out;
}

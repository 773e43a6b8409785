// The writer's own meeting said as theirs alone: "my own meeting, I'm an Online user", 「我自己的會議」. Said so, the
// writer organizes it, and where they are homed is where it is hosted (round 34, en50-7). "My meeting" alone is not:
// it is as often the meeting one goes to ("late for my meeting"), read as one of ours (ourMeetings.ts). Never a meeting
// denied ("not my own meeting") or supposed ("if it were my own meeting").
import type { Item } from './analyzer';
import { isFiller, kindOf, surfaceOf } from './items';
import { supposedItems } from './supposed';

/** "my own", 「我自己的」: the owner words right before a meeting that make it the writer's own, as surfaces in order. */
const OWN: readonly (readonly string[])[] = [['my', 'own'], ['我自己的'], ['我', '自己的']];
/** How many describing words may stand between the owner words and the meeting ("my own weekly team meeting"). */
const DESCRIBING = 2;

const isConference = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'conference';
/** A word that describes the meeting after it ("weekly", "team"): one the vocabulary does not know, or a filler. */
const describes = (item: Item | undefined): boolean => (item?.kind === 'word' && item.name !== true) || (isFiller(item) && !surfaceOf(item)?.endsWith('的'));

/** Whether the owner words end right before `index`, and nothing denies them. */
function ownedAt(items: readonly Item[], index: number): boolean {
  return OWN.some((words) => {
    const start = index - words.length;
    if (start < 0 || words.some((word, k) => surfaceOf(items[start + k]) !== word)) return false;
    return kindOf(items[start - 1]) !== 'negation';
  });
}

/** Whether the text says a meeting is the writer's own ("my own meeting", 「我自己的會議」), not denied nor supposed. */
export function writersOwnMeeting(items: readonly Item[]): boolean {
  const supposed = supposedItems(items);
  return items.some((item, index) => {
    if (!isConference(item) || supposed.has(index)) return false;
    for (let k = index; k >= 0 && k >= index - DESCRIBING; k--) {
      if (ownedAt(items, k)) return true;
      if (!describes(items[k - 1])) return false;
    }
    return false;
  });
}

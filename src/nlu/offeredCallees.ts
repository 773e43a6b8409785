// The one called offered as one of two people: "Hemi will call either Wiremu or Tui", "I'll Skype Ana or Ben,
// whoever picks up", 「還沒決定要打給阿明還是小華」. Who is called is not decided, so what is said of either of them (how
// they are homed, where they are) is no fact of the other party: the advisor asks rather than answer with one.
// "call Ana and Ben" names two called, and "call neither Ana nor Ben" names none; "call Ana, or is she at home?"
// offers no second person.
import type { Item } from './analyzer';
import { EITHER_WORDS, isFiller, isNameWord, kindOf, nextIndex, surfaceOf } from './items';

/** The word that may open two alternatives, "either ... or", as a surface. */
const EITHER = 'either';

/** Whether the call word at `index` is followed by one name, "or" and another name ("call (either) Ana or Ben"). */
function offersTwo(items: readonly Item[], index: number): boolean {
  const skip = (item: Item) => isFiller(item) || surfaceOf(item) === EITHER;
  const first = nextIndex(items, index, skip);
  if (!isNameWord(items[first])) return false;
  const or = nextIndex(items, first, isFiller);
  if (!EITHER_WORDS.has(surfaceOf(items[or]) ?? '')) return false;
  return isNameWord(items[nextIndex(items, or, isFiller)]);
}

/** Whether the message offers the one called as one of two people named. */
export function calleeOffered(items: readonly Item[]): boolean {
  return items.some((item, index) => kindOf(item) === 'call' && offersTwo(items, index));
}

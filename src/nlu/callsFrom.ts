// 「在家打呢？」「在公司打的話」「在捷運上撥呢」: a bare verb of calling right after a place, ending its clause, says that the
// one there calls from there, which a place in a call question already says. Left as a word the vocabulary does not
// know, it made the message read as about something else, and the what-if was lost. It is no call word either: 打 here
// names nobody called and no kind of call ("那同事出差在旅館打呢" is still the colleague's PSTN call), so it is dropped
// and the place is read as if said alone. Who is there is read as before: someone never named does not move the writer.
import type { Item } from './analyzer';
import { BARE_CALL_VERBS } from './callRelatives';
import { endsClause, isFiller, isPossessive, kindOf, previousIndex } from './items';

/** Concepts that say where someone is, which the verb may follow. */
const PLACES: ReadonlySet<string> = new Set(['place', 'sharedPlace']);

/** Whether the item at `index` is a bare verb of calling after a place, the last word of its clause (see above). */
function callsFromPlace(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'word' || !BARE_CALL_VERBS.has(item.key)) return false;
  if (!PLACES.has(kindOf(items[previousIndex(items, index, isFiller)]) ?? '')) return false;
  // 「在家打呢」「打的話」「打的時候」: a particle or the clause's end; 「在家打的電話」 goes on to what was called.
  const next = items[index + 1];
  return next === undefined || endsClause(next) || (isFiller(next) && !isPossessive(next));
}

/** The items without each bare verb of calling said after a place (see the file's comment). */
export function withoutCallsFromPlaces(items: readonly Item[]): Item[] {
  return items.filter((_, index) => !callsFromPlace(items, index));
}

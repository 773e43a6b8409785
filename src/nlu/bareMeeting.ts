// 「會是我開的」, 「會是阿凱約的」: "會" alone, opening its clause right before "是", is the meeting said of; elsewhere
// the word is mostly "will" (「我會開」, 「會不會走 ER」), so the vocabulary leaves it a filler.
import type { Item } from './analyzer';
import { endsClause, isMarker, surfaceOf } from './items';

/** Whether the item at `index` is a bare "會" opening its clause before "是": a meeting. */
export function bareMeeting(items: readonly Item[], index: number): boolean {
  return surfaceOf(items[index]) === '會' && isMarker(items[index + 1], 'copula') && (index === 0 || endsClause(items[index - 1]));
}

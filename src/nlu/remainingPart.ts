// 「只剩客服中心還在地端」, 「全部搬上雲了，只剩下財務處還在舊的 pool」: a part said to be all that remains on one side
// splits the organization (the deployment is Hybrid), and the whole said beside it ("全部搬上雲") is everyone but
// that part, not everyone in the call. Read as Online for everyone, the part's own people were answered as Online
// (issue 15, zh43-8). English says it with "only ... still" (organizationParts.ts). A person, the writer or a pronoun
// after 「只剩」 keeps their own homing ("只剩我還在地端": the writer is on-premises).
import type { Item } from './analyzer';
import { clauseStart, endsSentence, isFiller, isNameWord, kindOf, nextIndex, surfaceOf } from './items';

/** Words that open what remains ("只剩", "只剩下", "就剩", "僅剩"), as surfaces. */
const REMAINING = /^(?:只剩|只剩下|就剩|就剩下|僅剩|仅剩|只剩了)$/;
/** Party roles that name one person, who keeps their own homing. */
const ONE_PERSON: ReadonlySet<string> = new Set(['user', 'pronoun', 'peer']);

/** Whether the homing at `index` closes a clause opened by 「只剩」 ("只剩客服中心還在地端", "只剩 Ken 還在地端"). */
function remainderClause(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'homed') return false;
  const first = nextIndex(items, clauseStart(items, index) - 1, isFiller);
  return REMAINING.test(surfaceOf(items[first]) ?? '') && first + 1 < index;
}

/** Whether the remainder whose homing is at `index` is one person ("只剩我", "只剩 Ken"), who keeps their own homing. */
function onePersonRemains(items: readonly Item[], index: number): boolean {
  for (let k = clauseStart(items, index); k < index; k++) {
    const item = items[k];
    if (isNameWord(item) || (item.kind === 'mention' && item.concept.kind === 'party' && ONE_PERSON.has(item.concept.role))) return true;
  }
  return false;
}

/**
 * Whether the homing at `index` says how the organization is split by what remains: a part's (not a person's) homing
 * after 「只剩」, or the whole said in the same sentence as any remainder ("全部搬上雲，只剩 Ken 還在地端": all but Ken).
 */
export function remainingPart(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'homed') return false;
  if (remainderClause(items, index)) return !onePersonRemains(items, index);
  let start = index;
  while (start > 0 && !endsSentence(items[start - 1])) start--;
  for (let k = start; k < items.length && !endsSentence(items[k]); k++) if (k !== index && remainderClause(items, k)) return true;
  return false;
}

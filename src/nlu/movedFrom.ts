// "我帳號上個月從地端搬到 Online 了", "從 on-prem 移到雲端", "從 Online 搬回地端": the homing after "從" is where the account
// was moved from, the one after the move where it is now. Read as both, they cancelled each other and left the homing
// unknown (English "moved from on-prem to Online" is read by slots.ts's soBefore with its verbs of moving).
import type { Item } from './analyzer';
import { endsClause, isFiller, previousIndex, surfaceOf } from './items';

/** "從" (Simplified "从" is converted before this). */
const ORIGIN = '從';

/**
 * Where the homing at `index` was moved to, when "從" stands right before it and the clause goes on with only words of
 * moving ("搬", "回", "換到") to another homing: -1 otherwise ("從地端打給 Online 的同事" has a call between).
 */
export function movedFromTo(items: readonly Item[], index: number): number {
  const from = items[index];
  if (from.kind !== 'mention' || from.concept.kind !== 'homed') return -1;
  if (surfaceOf(items[previousIndex(items, index, isFiller)]) !== ORIGIN) return -1;
  for (let k = index + 1; k < items.length && !endsClause(items[k]); k++) {
    const item = items[k];
    if (item.kind === 'word' || isFiller(item)) continue;
    return item.kind === 'mention' && item.concept.kind === 'homed' && item.concept.value !== from.concept.value ? k : -1;
  }
  return -1;
}

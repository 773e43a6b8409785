// "我們都是 Online 帳號" in a meeting: with nobody on the other side of a call, "我們都" is everyone of ours in it (the
// writer, the host and the rest), not a pair; said of the writer and the other party, it stays both of them (see
// people.ts linkGroup, which reads "我們都" as both). Issue 15, nlu59: "加入同事開的 Skype 會議，我們都是 Online 帳號"
// left the host's homing unsaid and asked.
import type { Item } from './analyzer';
import { isFiller, previousIndex, surfaceOf } from './items';

/** "我們", "咱們" before "都": the writer's people, not a named pair. */
const US = /^(?:我們|咱們|我们|咱们)$/;
/** The "each" words "我們" may stand before ("我們都是", "我們全都"). */
const EACH = /^(?:都|都是|也都|全都)$/;

/** Whether the "each" word at `index` is "我們都" (past fillers: "我們大家都", not "我跟同事都"). */
export function everyoneOfUs(items: readonly Item[], index: number): boolean {
  if (!EACH.test(surfaceOf(items[index]) ?? '')) return false;
  return US.test(surfaceOf(items[previousIndex(items, index, isFiller)]) ?? '');
}

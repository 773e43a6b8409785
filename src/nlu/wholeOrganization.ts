// Homing said of the whole setup, with nobody as its subject: "o365-only skype", "full o365, no servers", "SfB 都在
// 雲上", "SfB 只有 Online", "醫院 Skype 都是 Online 帳號" say where everyone is homed (the deployment), not where the
// writer is. A word of wholeness must stand beside the homing; a person in the clause keeps it theirs ("I'm fully on
// Skype Online now", "我們兩個都在雲上").
import type { Item } from './analyzer';
import { isNameWord, surfaceOf } from './items';

/** Words that say all of it, as matching keys and surfaces ("fully" is keyed "fulli", "entirely" "entir"). */
const WHOLE_WORDS: ReadonlySet<string> = new Set([
  'full', 'fulli', 'fully', 'only', 'entir', 'entirely', 'complet', 'completely', 'pure', 'purely', 'total', 'totally',
  '全', '全部', '全都', '都', '都是', '全是', '全為', '只有', '純', '完全',
]);
/** How far from the homing a word of wholeness may stand ("full o365", "SfB 都在雲上", "fully in Office 365"). */
const REACH = 2;

/** Whether the homing at `index` is said of the whole setup: a word of wholeness beside it and no person in its clause. */
export function saidOfWholeSetup(items: readonly Item[], index: number): boolean {
  let whole = false;
  // Past words that join people ("我跟 Kevin 都已經搬到 Online"): only a break ends what may name someone.
  let start = index;
  while (start > 0 && items[start - 1].kind !== 'break') start--;
  for (let k = start; k < items.length && items[k].kind !== 'break'; k++) {
    const item = items[k];
    if ((item.kind === 'mention' && item.concept.kind === 'party') || isNameWord(item)) return false;
    if (Math.abs(k - index) <= REACH && WHOLE_WORDS.has(surfaceOf(item) ?? '')) whole = true;
  }
  return whole;
}

/**
 * "客戶也是用 SfB", "客戶嘛有用商務用 Skype", "廠商的窗口也用 Skype": a customer, said in its own clause to use our
 * product too, is reached over Skype between two organizations: a federated party, not someone dialled at their phone.
 */
import type { Item } from './analyzer';
import { endsClause, isFiller, isMarker, kindOf, surfaceOf } from './items';
import { BARE_OUTSIDERS } from './people';
import { PRODUCT_NAME } from './productMentions';

/** Verbs between the customer and the product ("用", "有用", "使用", "也有"). */
const USES: ReadonlySet<string> = new Set(['用', '有用', '使用', '也用', '也有', '有', '在用', '也在用', '都用', '也是用', '是用']);
/** Words of the product's Chinese name before "Skype" ("商務用 Skype"). */
const PRODUCT_WORDS: ReadonlySet<string> = new Set(['商務用', '商用', '企業版']);
/** How many items may stand between the customer and the product ("客戶 也 是 用 sfb"). */
const REACH = 6;

/** Whether a customer named only as such is said to use Skype or Skype for Business themselves. */
export function outsiderOnSkype(items: readonly Item[]): boolean {
  return items.some((item, index) => item.kind === 'mention' && kindOf(item) === 'party' && BARE_OUTSIDERS.test(item.surface) && HAN_WORD.test(item.surface) && usesProductAfter(items, index));
}

const HAN_WORD = /^[\u3400-\u9fff]+$/;

function usesProductAfter(items: readonly Item[], index: number): boolean {
  let uses = false;
  for (let k = index + 1; k < items.length && k <= index + REACH; k++) {
    const item = items[k];
    const surface = surfaceOf(item) ?? '';
    if (USES.has(surface) || (uses && PRODUCT_WORDS.has(surface))) {
      uses = true;
      continue;
    }
    if (uses && (kindOf(item) === 'deploymentHint' || PRODUCT_NAME.test(surface))) return true;
    if (endsClause(item) || !(isFiller(item) || isMarker(item, 'copula'))) return false;
  }
  return false;
}

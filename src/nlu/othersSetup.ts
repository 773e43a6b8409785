// A deployment said to be another organization's: "CCE is what our sister company uses", 「CCE 是另一家子公司在用」,
// 「CCE 是姊妹公司的」. It is theirs, not ours: read as ours it clashed with ours said beside it ("我們是混合式") and
// the correction was lost (the blind judge of convs10, c10-14 t2).
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, surfaceOf } from './items';

/**
 * Words that name another organization of the group (not any other company: "meeting with a partner company" beside
 * our deployment is ours), as keys or written run together ("sister company", "子公司").
 */
const OTHER_ORGANIZATION = /^(?:sister|subsidiari|subsidiary|affili|affiliate)$|子公司|姊妹公司|姐妹公司|關係企業|集團其他/;

/** Whether the deployment at `index` is said, in its clause, of another organization. */
export function othersDeployment(items: readonly Item[], index: number): boolean {
  const clause = items.slice(clauseStart(items, index), clauseEnd(items, index));
  const words = clause.map((item) => surfaceOf(item) ?? '');
  return words.some((word) => OTHER_ORGANIZATION.test(word)) || OTHER_ORGANIZATION.test(words.join(''));
}

// Someone a Chinese text names only to say they are not in the call ("其他：Xena（在家，不參與）", "C 沒參加", "阿芬不會
// 參加", "Jason 會在家，不參加"): what is said of them is about nobody the question asks about. The words are the
// outOfCall class (locales/vocabulary/classes.zh-TW.json): whole phrases of not taking part, never a bare negation
// before a call word, which is most often about the call itself ("沒打通", "不打外線").
import type { Item } from './analyzer';
import { endsClause, endsSentence, isFiller } from './items';

/**
 * Whether a word of the outOfCall class (`outWords`, item indexes) says the person at `from` is not in the call: in
 * their own clause (an aside or a field right after them included), or opening a clause of the same sentence with no
 * subject of its own ("Jason 會在家，不參加。", "Xena（在家，不參與）"), before anyone else is named (`namesOther`). Never across a clause that opens with another
 * word ("A 打給 B，C 沒參加" is not said of B, whether or not "C" was read as a person).
 */
export function saidOutOfCallAfter(items: readonly Item[], from: number, outWords: ReadonlySet<number>, namesOther: (index: number) => boolean): boolean {
  let opening = false;
  for (let k = from + 1; k < items.length && !endsSentence(items[k]); k++) {
    if (outWords.has(k)) return true;
    if (namesOther(k)) return false;
    // "阿芬（在家，不參加）", "阿芬：在家，不參加": an aside or a field right after them is theirs.
    const item = items[k];
    const theirs = k === from + 1 && item.kind === 'break' && (item.paren === 'open' || item.colon === true);
    if (endsClause(item) && !theirs) opening = true;
    else if (opening && !isFiller(items[k])) return false;
  }
  return false;
}

// 「一位帳號在 Online，一位在內部部署 … 內部部署那位的路徑」, 「一個在家一個在公司 … 在家的那個的媒體」: one of a pair of
// "one"s named again by what was said of them, before 「那位」 (as "the one at home" is in English, People.linkOneByPlace).
// Without it the first "one" was the one asked about, whichever the question named (pair-zh-17).
import type { Item } from './analyzer';
import { isFiller, previousIndex, nextIndex, surfaceOf } from './items';
import { isStatement } from './statements';

/** "That one" in Chinese, said of a person ("那位", "那個", "那一位"). */
const THAT_ONE: ReadonlySet<string> = new Set(['那位', '那個', '那一位', '那一個']);

/** What a mention says of someone, by its concept ("place.internet"), as linkOneByPlace compares; or undefined. */
const said = (item: Item | undefined): string | undefined => (item?.kind === 'mention' && isStatement(item) ? item.id : undefined);

/** The one of `ones` that what is said before 「那位」 at `index` names, when exactly one fits; else undefined. */
export function oneNamedAgain(items: readonly Item[], index: number, ones: readonly number[]): number | undefined {
  if (!THAT_ONE.has(surfaceOf(items[index]) ?? '') || ones.length < 2) return undefined;
  const key = said(items[previousIndex(items, index, (x) => surfaceOf(x) === '的')]);
  if (key === undefined) return undefined;
  const fitting = ones.filter((one) => one < index && said(items[nextIndex(items, one, isFiller)]) === key);
  return fitting.length === 1 ? fitting[0] : undefined;
}

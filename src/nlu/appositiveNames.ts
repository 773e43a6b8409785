// "our CFO, Dana Whitfield, is homed on-prem", "my director, Fiona Marsh. She ...": a name set off by commas right after
// a title is another name for the titled person, as it is without the commas ("our CFO Dana Whitfield") or in
// parentheses ("my director (Fiona Marsh)", see People.linkAside).
import type { Item } from './analyzer';
import { isFiller, isNameWord, kindOf, surfaceOf } from './items';
import { HAN } from './text';

/** Words after the closing comma that make the names a list ("my boss, Fiona, and Ian"), not one person. */
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'nor', '&']);

/** A comma that may open an apposition: not a parenthesis, colon, quote or line break, nor a comma of a list. */
const plainComma = (item: Item | undefined): boolean =>
  item?.kind === 'break' && !item.strong && item.paren === undefined && !item.list && !item.colon && !item.quote && !item.line;

/**
 * The index of the name that a comma after the title at `index` opens, when the name ends the clause (a comma or the
 * sentence's end follows) and no further name or "and" makes it one of a list; else undefined.
 */
export function appositiveName(items: readonly Item[], index: number): number | undefined {
  // English only: in Chinese a comma or a slash after a title ends a ticket's field or a clause (「申請人：資訊室 小王 /
  // 受影響使用者：林經理」), and the name after it is another person.
  if (HAN.test(surfaceOf(items[index]) ?? '')) return undefined;
  if (!plainComma(items[index + 1]) || !isNameWord(items[index + 2])) return undefined;
  let end = index + 2;
  while (isNameWord(items[end + 1])) end++;
  const close = items[end + 1];
  if (close === undefined) return index + 2;
  if (close.kind !== 'break' || close.paren === 'open' || close.colon) return undefined;
  // "my manager, Fiona, Ian and I": another name or "and" after the closing comma lists people.
  const after = items[end + 2];
  if (!close.strong && (isNameWord(after) || LIST_WORDS.has(surfaceOf(after) ?? ''))) return undefined;
  return index + 2;
}

/** Words that may stand before the homing of a description set off by a comma ("Dr. Lee, also an Online user"). */
const ALSO_WORDS: ReadonlySet<string> = new Set(['also', 'too', 'likewise']);

/**
 * "the organizer is Lee, an Online user", "organizer Dr. Reyes, also an on-prem user": a person word after a comma
 * right after a person, with only where they are homed before it, describes that person, as "Lee, who is an Online user"
 * does; read alone it would be the writer ("an Online user" is how a writer says their own homing). The index of the
 * person described (the word before the comma), or undefined. `index`: the person word after the comma.
 */
export function describedByHoming(items: readonly Item[], index: number): number | undefined {
  if (HAN.test(surfaceOf(items[index]) ?? '')) return undefined;
  let k = index - 1;
  let homed = false;
  for (; k >= 0 && (isFiller(items[k]) || kindOf(items[k]) === 'homed' || ALSO_WORDS.has(surfaceOf(items[k]) ?? '')); k--) homed ||= kindOf(items[k]) === 'homed';
  if (!homed || !plainComma(items[k])) return undefined;
  // The description ends there: "Lee, an Online user, set it up", not "Lee, an Online user calls me" (who calls is unsaid).
  const close = items[index + 1];
  if (close !== undefined && close.kind !== 'break') return undefined;
  return k - 1;
}

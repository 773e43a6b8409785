// "Before Grace's meeting I'll Skype Tom 1:1 ... signaling and media for this 1:1?", 「開會前先跟阿傑一對一通個話…這通點對點
// 的路徑是？」: of the calls a message tells, the one a question points at with "this" is the one asked about.
import type { Item } from './analyzer';
import { isQuestion, sentenceAsks } from './askedSides';
import { kindOf, previousIndex, sentenceEnd, surfaceOf } from './items';
import { isRouting } from './supposed';

/** Words that point at the call about to be named ("this", "這通"), as written (English lower case). */
const THIS_CALL: ReadonlySet<string> = new Set(['this', '這', '這通', '這個', '這次']);
/** A count and a classifier between 這 and the call ("這一通一對一", read 這 / 一 / 通). */
const COUNTED: ReadonlySet<string> = new Set(['一', '通']);

/**
 * Whether the call type at `index` is pointed at with "this" in a sentence that asks which way it goes (a path or a
 * question word, or a question mark): "this P2P call?" asks of it; "this meeting was set up by Grace." asks nothing.
 */
export function asksOfThisCall(items: readonly Item[], index: number): boolean {
  const before = items[previousIndex(items, index, (item) => COUNTED.has(surfaceOf(item) ?? ''))];
  if (!THIS_CALL.has(surfaceOf(before)?.toLowerCase() ?? '')) return false;
  const closing = items[sentenceEnd(items, index)];
  const questionMark = closing?.kind === 'break' && closing.question === true;
  return questionMark || sentenceAsks(items, index, (item) => kindOf(item) === 'path' || isRouting(item) || isQuestion(item));
}

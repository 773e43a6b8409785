// Who "the other end" is when a message names both people of a call: "Jane called Mike ... Jane's signaling goes over
// ER, got it. What about the other end?" is Mike; 「我打給小林 … 我知道我自己訊號走 ER，那對方那邊呢？」 is 小林. The near end
// is the one whose side the writer says they know (knownSides.ts), else the writer in the call, else the caller: the
// one an answer would be about when nothing else is said. Anything else (three people, nobody named) says no one.

/** Words for the other party of the call itself, not for a colleague ("the other end", 「對方」「另一端」). */
export const FAR_END_WORDS: ReadonlySet<string> = new Set([
  'the other end', 'other end', 'the far end', 'far end', 'the other side', 'other side', 'the other party', 'other party',
  'the other person', 'other person', 'the other one', 'other one', 'the other', 'counterpart', 'remote party',
  '對方', '另一方', '另一端', '對端', '另一位', '另一個人', '另一人', '另外一位',
]);

/** One person of the call: `writer` for every word of the writer's. */
export interface CallEnd {
  writer: boolean;
  /** Whose side the writer says they already know. */
  known: boolean;
  /** Named after a call word ("calls Mike", 「打給小林」). */
  called: boolean;
}

/** Of the call's two people, the one "the other end" is: its index in `ends`, or undefined when it cannot be told. */
export function farEnd(ends: readonly CallEnd[]): number | undefined {
  if (ends.length !== 2) return undefined;
  const otherThan = (near: (end: CallEnd) => boolean): number | undefined => {
    const nearOnes = ends.filter(near);
    return nearOnes.length === 1 ? ends.findIndex((end) => !near(end)) : undefined;
  };
  return otherThan((end) => end.known) ?? otherThan((end) => end.writer) ?? otherThan((end) => !end.called);
}

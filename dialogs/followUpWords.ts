// Words that mark a follow-up as a change to the current scenario ("what if …", "如果…呢"), not a new question.
const WHAT_IF_MARKERS: readonly RegExp[] = [
  /\b(what|how)\s+(if|about)\b/i,
  /\b(and|but)\s+if\b/i,
  /\b(suppose|supposing|assuming|instead)\b/i,
  /如果|假如|假設|要是|若是|換成|改成|改為|那麼?.*呢/,
];

export function isWhatIf(text: string): boolean {
  return WHAT_IF_MARKERS.some((pattern) => pattern.test(text));
}

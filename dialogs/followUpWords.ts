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

/**
 * The whole message says the writer does not know ("not sure", "no idea, sorry", 「不知道」, 「不清楚耶」): an answer to
 * the question on screen. Only the whole message: "I don't know why the audio drops" is a question of its own.
 */
const DONT_KNOW_EN = /^(?:(?:i|we)\s+)?(?:really\s+|honestly\s+)?(?:(?:don'?t|do\s+not|have\s+no|got\s+no)\s+(?:know|idea|clue)|not\s+sure|unsure|no\s+idea|no\s+clue|idk|dunno|unknown|can'?t\s+tell|not\s+known)(?:\s+(?:yet|sorry|tbh|either|for\s+sure|about\s+that|that|offhand))*$/;
const DONT_KNOW_ZH = /^(?:我|我們)?(?:也|真的|其實|目前|暫時)?(?:不知道|不清楚|不確定|不曉得|沒概念|不太清楚|不太確定|未知|不知)(?:耶|欸|誒|啊|啦|呢|喔|哦|捏|餒|ㄟ)*$/;

export function saysDontKnow(text: string): boolean {
  const plain = text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+$/u, '').replace(/^[\s\p{P}\p{S}]+/u, '').replace(/[,，、]\s*/g, ' ').replace(/\s+/g, ' ');
  return DONT_KNOW_EN.test(plain) || DONT_KNOW_ZH.test(plain.replace(/\s/g, ''));
}

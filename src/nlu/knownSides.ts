// What the writer says they already know: "Jane's signaling goes up to the cloud over ER, got it. What about the other
// end?", "I know her traffic stays internal. What about him?", 「Ivy 那邊我大概懂了，那對方那邊呢？」, 「我知道我自己訊號
// 走 ER，那對方那邊呢？」. Someone's side said there is told, not asked: the question is about someone else. A knowing
// that asks ("I know her media goes over ER, right?"), is denied ("I don't know where he is", 「我不知道」) or wished
// ("I'd like to know his path", 「我想知道」) tells nothing.
import type { Item } from './analyzer';
import { CONTRAST_WORDS, endsSentence, kindOf, surfaceOf } from './items';
import { HAN } from './text';

/** The writer who knows, then a verb of knowing, in English ("I already know", "I get it"), on a clause's words. */
const KNOWS_EN = /(?:^| )i(?: (?:already|alreadi|do|kinda|basically|totally|fully|now))* (?:know|knew|understand|understood|(?:get|got)(?= it| that| this|$))(?= |$)/;
/** The same in Chinese, after the writer or what is known ("我大概懂了", 「Ivy 那邊我知道」, 「這部分清楚了」). */
const KNOWS_ZH = /(?:我|我們|這|這部分|這段|這個|那邊|這邊)(?:大概|已經|都|也|應該|大致|基本上|大致上|算是|算|蠻|很|自己)*(?:知道|懂|了解|瞭解|明白|清楚|理解|曉得)(?![看地說列的嗎])/;
/** A clause that only acknowledges what came before it ("got it", "makes sense", 「了解」「懂了」). */
const ACKNOWLEDGES = /^(?:(?:ok|okay|so|right|好|嗯|喔|哦) ?)?(?:got it|understood|(?:that )?make sens|(?:that )?is clear|clear|fair enough|i know(?: that)?|i get it|i get that|i understand(?: that)?|that i (?:know|get|understand)|知道了|了解了?|瞭解了?|懂了|明白了?|清楚了|收到|這我(?:懂|知道|了解)了?)$/;
/** A side said to be clear ("Jane's side is clear", "her part is fine"). */
const SAID_CLEAR = / (?:is|are) (?:clear|fine|understood)$/;

/** What the writer says they know: the items told, and the writer words that only say who knows ("I" of "I know"). */
export interface Known {
  readonly told: ReadonlySet<number>;
  readonly knowers: ReadonlySet<number>;
}

interface Clause {
  start: number;
  /** Exclusive: the break that ends it (or the end of the text). */
  end: number;
}

/** The clause's words as one text, with each item's start in it: Chinese written together, English spaced. */
function wordsOf(items: readonly Item[], clause: Clause): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  for (let k = clause.start; k < clause.end; k++) {
    const surface = surfaceOf(items[k]) ?? '';
    const glued = text === '' || (HAN.test(text[text.length - 1]) && HAN.test(surface[0] ?? ''));
    if (!glued) text += ' ';
    starts.push(text.length);
    text += surface;
  }
  return { text, starts };
}

/** The item a character of the clause's text belongs to. */
const itemAt = (clause: Clause, starts: readonly number[], char: number): number => {
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1] <= char) k++;
  return clause.start + k;
};

/** Whether anyone is named in the items ("the other end", "Amy", "她的", "那邊"), other than the writer. */
function namesSomeone(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const item = items[k];
    if (item.kind === 'word' && item.name === true) return true;
    if (item.kind !== 'mention') continue;
    if (item.concept.kind === 'party' && item.concept.role !== 'user') return true;
    if (item.concept.kind === 'cue' && item.concept.cue === 'perspective') return true;
    if (/^(?:his|her|their|他的|她的)$/.test(item.surface)) return true;
  }
  return false;
}

export function knownSides(items: readonly Item[]): Known {
  const told = new Set<number>();
  const knowers = new Set<number>();
  const clauses: Clause[] = [];
  let start = 0;
  items.forEach((item, index) => {
    if (item.kind !== 'break') return;
    if (index > start) clauses.push({ start, end: index });
    start = index + 1;
  });
  if (start < items.length) clauses.push({ start, end: items.length });
  clauses.forEach((clause, position) => {
    const { text, starts } = wordsOf(items, clause);
    const knows = KNOWS_EN.exec(text) ?? KNOWS_ZH.exec(text);
    const acknowledges = ACKNOWLEDGES.test(text);
    if (!knows && !acknowledges && !SAID_CLEAR.test(text)) return;
    const verb = knows ? itemAt(clause, starts, knows.index + knows[0].length - 1) : clause.end - 1;
    // "..., but what about Mike?": the known part stops at a contrast.
    let end = clause.end;
    for (let k = verb + 1; k < clause.end; k++) if (CONTRAST_WORDS.has(surfaceOf(items[k]) ?? '')) end = Math.min(end, k);
    // "..., got it", "這我懂": a clause that only acknowledges knows the clause before it.
    const before = clauses[position - 1];
    const from = acknowledges && before !== undefined ? before.start : clause.start;
    // "I know her media goes over ER, right?": a knowing that the sentence asks back, naming nobody else, asks.
    let sentenceEnd = end;
    while (sentenceEnd < items.length && !endsSentence(items[sentenceEnd])) sentenceEnd++;
    const asked = items[sentenceEnd]?.kind === 'break' && (items[sentenceEnd] as { question?: boolean }).question === true;
    if (asked && !namesSomeone(items, end, sentenceEnd)) return;
    for (let k = from; k < end; k++) told.add(k);
    for (let k = verb; k >= clause.start; k--) {
      if (kindOf(items[k]) === 'party' && /^(?:i|我|我們)$/.test(surfaceOf(items[k]) ?? '')) {
        knowers.add(k);
        break;
      }
    }
  });
  return { told, knowers };
}

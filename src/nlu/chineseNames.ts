// Chinese personal names are an open class: "家豪", "雅琪", "美玲" are in no lexicon, and their characters are as
// often words of their own ("家" is home). A name is recognized by where it stands: the writer's label of a line of a
// pasted chat ("[09:30] 家豪：我在總部", "雅琪 09:31：..."), where nothing but a name is written. Once known, the same
// characters anywhere else in the text are that name ("雅琪那端的 media？").
import type { Segment } from './chinese';
import { CHAT_TIME, type RawToken } from './text';

/** How long a name is: a given name alone ("雅琪") or with the family name ("張雅婷"). */
const NAME_LENGTHS = [2, 3];

/** The segmenter's reading of a run of Han characters. */
type Segmenting = (run: string) => Segment[];

const isTime = (raw: RawToken | undefined): boolean => raw?.kind === 'latin' && CHAT_TIME.test(raw.text);
const isBreak = (raw: RawToken | undefined, test: (b: Extract<RawToken, { kind: 'break' }>) => boolean): boolean => raw?.kind === 'break' && test(raw);
const opensLine = (raws: readonly RawToken[], i: number): boolean => i === 0 || isBreak(raws[i - 1], (b) => b.strong);

/**
 * Where a line's opening time ends: "[09:30]", "[]" (a bracket closed after a time, or empty) or "09:30"; `start` when
 * the line opens with no time.
 */
function pastOpeningTime(raws: readonly RawToken[], start: number): number {
  if (isTime(raws[start])) return start + 1;
  if (!isBreak(raws[start], (b) => b.paren === 'open')) return start;
  for (let k = start + 1; k < raws.length && k <= start + 3; k++) {
    // "[] 淑華：": a chat line whose time is not shown (see chatLinesAsLabels).
    if (isBreak(raws[k], (b) => b.paren === 'close')) return isTime(raws[k - 1]) || k === start + 1 ? k + 1 : start;
  }
  return start;
}

/** Whether a run of Han characters can be a name: the length of one, and not made of the lexicon's words. */
function mayBeName(run: string, segment: Segmenting): boolean {
  if (!NAME_LENGTHS.includes(run.length)) return false;
  const segments = segment(run);
  return segments.every((s) => s.text.length === 1) && segments.some((s) => !s.known);
}

/**
 * The names that label lines of a pasted chat: a run of Han characters opening a line after its time ("[09:30] 家豪："),
 * or after a title ("[8:58] 會計 美芸："), before a colon or an aside ("（地端帳號）："); or opening a line before a
 * time ("雅琪 09:31：", "Eric [10:02]" in Latin is a name already).
 */
export function chatLineNames(raws: readonly RawToken[], segment: Segmenting): Set<string> {
  const names = new Set<string>();
  raws.forEach((raw, i) => {
    if (!opensLine(raws, i)) return;
    const afterTime = pastOpeningTime(raws, i);
    if (afterTime > i) {
      // A title may come between the time and the name ("會計 美芸").
      const titled = raws[afterTime]?.kind !== 'break' && isBreak(raws[afterTime + 1], (b) => !b.strong && !b.colon && b.paren === undefined);
      for (const at of titled ? [afterTime, afterTime + 2] : [afterTime]) {
        const name = raws[at];
        const next = raws[at + 1];
        if (name?.kind === 'han' && isBreak(next, (b) => b.colon === true || b.paren === 'open') && mayBeName(name.text, segment)) names.add(name.text);
      }
    } else if (raw.kind === 'han' && (isTime(raws[i + 1]) || (isBreak(raws[i + 1], (b) => b.paren === 'open') && isTime(raws[i + 2]))) && mayBeName(raw.text, segment)) {
      names.add(raw.text);
    }
  });
  return names;
}

/** A list's marker opening a line: "1)", "2.", "- ", "A=" (a letter telling rows apart). */
function pastListMarker(raws: readonly RawToken[], start: number): number {
  const raw = raws[start];
  if (raw?.kind === 'latin' && /^(?:\d{1,2}|[a-z])$/.test(raw.text)) return isBreak(raws[start + 1], (b) => b.paren !== 'open') ? start + 2 : raw.text.length === 1 && /[a-z]/.test(raw.text) ? start + 1 : start;
  return isBreak(raw, (b) => !b.strong && b.paren === undefined) ? start + 1 : start;
}

/**
 * The names that label rows of a roster: a full name (a family name and one or two characters the lexicon does not
 * know as a word, "王大同", "簡秀玲") opening a line, past a list's marker ("1) 王大同（地端）", "- 李美華：總部",
 * "郭大維｜Online｜總部", "A=郭大維，地端/總部"), before a separator. Two such rows make a roster: one alone may be
 * anything.
 */
export function rowLabelNames(raws: readonly RawToken[], segment: Segmenting, surnames: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  let rows = 0;
  raws.forEach((raw, i) => {
    if (!opensLine(raws, i) && !(raw.kind === 'latin' && /^[a-z]$/.test(raw.text) && isBreak(raws[i - 1], (b) => !b.strong))) return;
    const at = pastListMarker(raws, i);
    const name = raws[at];
    if (name?.kind !== 'han' || name.text.length !== 3 || !surnames.has(name.text[0]) || !isBreak(raws[at + 1], () => true)) return;
    if (!mayBeName(name.text, segment)) return;
    names.add(name.text);
    rows += 1;
  });
  return rows >= 2 ? names : new Set();
}

/**
 * A run of Han characters cut around the names in it: the names, and the text between them ("雅琪那端的" is "雅琪" and
 * "那端的"), each marked.
 */
export function splitOnNames(run: string, names: ReadonlySet<string>): { text: string; name: boolean }[] {
  if (names.size === 0) return [{ text: run, name: false }];
  const pieces: { text: string; name: boolean }[] = [];
  let from = 0;
  for (let i = 0; i < run.length; ) {
    const name = [3, 2].map((n) => run.slice(i, i + n)).find((piece) => piece.length >= 2 && names.has(piece));
    if (name === undefined) {
      i += 1;
      continue;
    }
    if (i > from) pieces.push({ text: run.slice(from, i), name: false });
    pieces.push({ text: name, name: true });
    i += name.length;
    from = i;
  }
  if (from < run.length) pieces.push({ text: run.slice(from), name: false });
  return pieces;
}

/** "我跟大雄都在…": the writer and someone, then a word for both; what stands between may be a name. */
const PAIRED_NAME = /我(?:跟|和|與)([\u3400-\u9fff]{2,3}?)(?:都|也|兩個|兩人|一起)/g;

/**
 * The names said beside the writer with a word for both ("我跟大雄都在台北辦公室", "我和阿明也是"): a name the
 * lexicon does not know, cut into single characters, would otherwise be nobody.
 */
export function pairedNames(raws: readonly RawToken[], segment: Segmenting): Set<string> {
  const names = new Set<string>();
  for (const raw of raws) {
    if (raw.kind !== 'han') continue;
    for (const match of raw.text.matchAll(PAIRED_NAME)) if (mayBeName(match[1], segment)) names.add(match[1]);
  }
  return names;
}

/**
 * A Skype call word to someone, right before the one called: "打給調度", "撥給櫃台" (optionally past where they are,
 * "打給在公司的調度"), or whom one talks with, past whose they are ("跟港務辦公室的調度（在公司內網）一對一通話");
 * not a pronoun and a verb after it ("打給妳討論"). "打電話給銀行" says a phone call, to whoever
 * picks up there (a PSTN call), not someone of ours.
 */
const CALLED_NAME = /(?:(?:打給|撥給|打去給)([\u3400-\u9fff]*的)?|(?:跟|和|與)[\u3400-\u9fff]*的)([^你妳您他她它我誰\P{Script=Han}][\u3400-\u9fff]{1,2})$/u;

/**
 * Role words the lexicon does not know, said as the one called ("我打給調度", "撥給櫃台"): cut into single characters
 * they were nobody, so where they are was the writer's and where the writer is could be theirs. Right after a call
 * word and closing its run of characters, they name the one called when something is said of them: before them
 * ("打給在家的調度"), in an aside right after ("打給調度（在公司內網）") or by the same word again ("調度在公司"), which
 * then is that person too. Called with nothing more said ("打給病人", "打給銀行") the word may be anyone outside, on a
 * phone: left as it was.
 */
export function calledNames(raws: readonly RawToken[], segment: Segmenting): Set<string> {
  const names = new Set<string>();
  const text = raws.map((raw) => (raw.kind === 'han' ? raw.text : ' ')).join('');
  raws.forEach((raw, i) => {
    if (raw.kind !== 'han') return;
    const match = CALLED_NAME.exec(raw.text);
    const called = match?.[2];
    if (called === undefined || !mayBeName(called, segment)) return;
    const described = match?.[1] !== undefined;
    const aside = isBreak(raws[i + 1], (b) => b.paren === 'open');
    if (described || aside || text.indexOf(called) !== text.lastIndexOf(called)) names.add(called);
  });
  return names;
}

/** Whether a space between two runs of Han characters sets a name apart: the run before ends with one, or the run after starts with one. */
export function spacesName(before: RawToken | undefined, after: RawToken | undefined, names: ReadonlySet<string>): boolean {
  if (names.size === 0 || before?.kind !== 'han' || after?.kind !== 'han') return false;
  return splitOnNames(before.text, names).at(-1)?.name === true || splitOnNames(after.text, names)[0]?.name === true;
}

// Chinese full names said with their account: "蔡淑芬（帳號在地端）", "對方：吳俊賢（帳號也在地端）", "蔡淑芬帳號在地端，吳俊賢的
// 帳號在 Online". A name no lexicon knows ("吳俊賢") was cut into single characters and was nobody, so the account
// said of it was nobody's (or the writer's), and the question asked back for the homing. Where it stands tells it: right
// before an aside about an account, or right before "帳號" itself. Found names are names everywhere else in the text
// too (see chineseNames.ts splitOnNames).
import type { Segment } from './chinese';
import type { RawToken } from './text';

type Segmenting = (run: string) => Segment[];

/** Words of an account or a homing that an aside after a name tells ("（帳號在地端）", "（Online）", "（仍在地端 pool）"). */
const ACCOUNT_ASIDE = /帳號|賬號|帳戶|賬戶|地端|雲端|線上|內部部署|遷移|搬到|移到/;
const ACCOUNT_ASIDE_LATIN = /^(?:online|on-prem|onprem|on|o365)$/;
/** "帳號" right after a name ("蔡淑芬帳號", "吳俊賢的帳號"). */
const ACCOUNT_AFTER = /的?[帳賬][號戶]/g;
/** A word that may stand right before a name in the same run of characters ("跟蔡淑芬", "打給吳俊賢" ends in 給). */
const BEFORE_NAME = new Set(['跟', '和', '與', '給', '說']);

/** What tells a name: the segmenter, the family names, and whether a run holds a word for a place ("櫃台", "工地"). */
export interface NameReading {
  segment: Segmenting;
  surnames: ReadonlySet<string>;
  namesPlace: (run: string) => boolean;
}

/**
 * Whether a run may be a full name: a family name and two characters the lexicon does not know as words. Two
 * characters alone are too often a word it does not know ("測試帳號", "護士帳號", "同是" for 同事); "小周", "阿豪" are
 * read as names already (analyzer.ts NAME_PREFIXES).
 */
function mayBeName(run: string, reading: NameReading): boolean {
  if (run.length !== 3 || !reading.surnames.has(run[0])) return false;
  const segments = reading.segment(run);
  return segments.every((s) => s.text.length === 1) && segments.some((s) => !s.known) && !reading.namesPlace(run);
}

/** Whether an aside opening at `open` tells an account: its first words name one. */
function asideOfAccount(raws: readonly RawToken[], open: number): boolean {
  const raw = raws[open];
  if (raw?.kind !== 'break' || raw.paren !== 'open') return false;
  const first = raws[open + 1];
  return (first?.kind === 'han' && ACCOUNT_ASIDE.test(first.text)) || (first?.kind === 'latin' && ACCOUNT_ASIDE_LATIN.test(first.text));
}

/** The full name ending a run right before "帳號" at `end`. */
function nameBefore(text: string, end: number, reading: NameReading): string | undefined {
  const start = end - 3;
  const candidate = text.slice(Math.max(start, 0), end);
  return start >= 0 && (start === 0 || BEFORE_NAME.has(text[start - 1])) && mayBeName(candidate, reading) ? candidate : undefined;
}

/** The names said with their account (see the file's head). */
export function accountNames(raws: readonly RawToken[], reading: NameReading): Set<string> {
  const names = new Set<string>();
  raws.forEach((raw, i) => {
    if (raw.kind !== 'han') return;
    if (asideOfAccount(raws, i + 1) && mayBeName(raw.text, reading)) names.add(raw.text);
    for (const match of raw.text.matchAll(ACCOUNT_AFTER)) {
      const name = nameBefore(raw.text, match.index, reading);
      if (name !== undefined) names.add(name);
    }
  });
  return names;
}

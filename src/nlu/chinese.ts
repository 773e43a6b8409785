// Chinese text: Simplified to Traditional with opencc-js, then dictionary segmentation over the project's lexicon.
//
// Conversion is character level (OpenCC's STCharacters plus its Taiwan variants), so it needs no 400 kB phrase
// table: building the full cn->tw converter costs about half a second, this one a few tens of milliseconds, and
// only when the first Chinese text arrives. Mainland words (用户, 网络, 服务器) are in the vocabulary as synonyms.
// opencc-js's own types are ES module declarations; at run time the CommonJS build (its "require" export) loads,
// with the same shape.
import type { ConverterFunction, DictLike } from 'opencc-js/cn2t' with { 'resolution-mode': 'import' };

type OpenCC = typeof import('opencc-js/cn2t', { with: { 'resolution-mode': 'import' } });

let converter: ConverterFunction | undefined;

/** OpenCC's Simplified-to-Traditional character table: the dictionary of the cn group whose keys are single characters. */
function characterTable(opencc: OpenCC): DictLike {
  const group = opencc.Locale.from.cn.flat();
  const table = group.find((dict: DictLike) => typeof dict === 'string' && [...dict.slice(0, dict.indexOf(' '))].length === 1);
  if (table === undefined) throw new Error('opencc-js has no Simplified-to-Traditional character table');
  return table;
}

/** Simplified (or mixed) Chinese to the Traditional characters the vocabulary is written in. */
export function toTraditional(text: string): string {
  if (!converter) {
    // Loaded on the first Chinese text: English-only sessions never pay for it.
    const opencc = require('opencc-js/cn2t') as OpenCC;
    converter = opencc.ConverterFactory([characterTable(opencc)], ...opencc.Locale.to.tw);
  }
  return converter(text);
}

export interface Segment {
  /** The word: as written, or the lexicon word a homophone typo stands for ("撥外線" for "撥外現"). */
  text: string;
  /** Whether the segment is a lexicon word (otherwise a single unknown character). */
  known: boolean;
}

/**
 * A lexicon word typed with one character swapped for a homophone ("撥外現", "在加裡") costs a little more than two
 * lexicon words, so it never replaces a reading of known words, only one that leaves characters unknown.
 */
const HOMOPHONE_COST = 2.005;
/**
 * Words of two characters are recognized through a homophone too ("會義" for 會議, "迅號" for 訊號): the character
 * typed right anchors the other, and a reading of known words always wins over the typo.
 */
const HOMOPHONE_MIN_LENGTH = 2;
const HOMOPHONE_MAX_LENGTH = 4;

/** An unknown character costs a little more than a one-character word, so lexicon words win ties. */
const UNKNOWN_COST = 1.01;
/**
 * 在 ("at") belongs to the place after it: between splits of equal length, "還|在公司", "人|在總部" beat "還在|公司",
 * "人在|總部" (a word ending in 在 costs a hair more, one starting with it a hair less), so the place keeps its 在.
 */
const LOCATIVE = '在';
const LOCATIVE_BIAS = 0.001;

function wordCost(word: string): number {
  if (word.length < 2) return 1;
  return 1 + (word.endsWith(LOCATIVE) ? LOCATIVE_BIAS : 0) - (word.startsWith(LOCATIVE) ? LOCATIVE_BIAS : 0);
}

/**
 * Segments a run of Han characters into the fewest pieces (words of the lexicon, or single characters), preferring
 * the longest first word among equally short segmentations. Unlike greedy forward matching, this does not let
 * "在公司" swallow the start of "公司網路" when a better split exists.
 *
 * Why not a general segmenter: @node-rs/jieba (its Simplified dictionary, text converted to Simplified character by
 * character so offsets hold, the domain lexicon loaded as a user dictionary) was measured against this one on the
 * blind dev questions (issue 15). With the recognizer unchanged: 52/117 complete questions answered right against
 * 53, vague 31/63 against 32, explain 5/24 against 6. With the finished vocabulary: 110/117 against 112, explain
 * 23/24 against 24/24, the labelled set's exact match 98.1% against 99.2%, our own questions 26/29 against 27/29.
 * It splits some domain phrases differently inside a sentence than alone ("都在", "是什麼" next to other words),
 * so phrases stop matching, and a word it does not know still ends up in single characters either way. It also
 * costs a native binary and about 0.2 s to load its dictionary. The lexicon grows with locales/vocabulary.
 */
export class Segmenter {
  private readonly maxLength: number;
  /** Character -> the characters typed for it by mistake and back (groups of homophones). */
  private readonly homophones = new Map<string, string[]>();

  constructor(
    private readonly words: ReadonlySet<string>,
    homophoneGroups: readonly string[] = [],
    /** The words a two-character typo may stand for (the domain's own); longer words: any lexicon word. */
    private readonly shortTargets: ReadonlySet<string> = words,
  ) {
    let max = 1;
    for (const word of words) max = Math.max(max, word.length);
    this.maxLength = max;
    for (const group of homophoneGroups) for (const char of group) this.homophones.set(char, [...group].filter((c) => c !== char));
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  segment(run: string): Segment[] {
    const n = run.length;
    const cost = new Array<number>(n + 1).fill(Infinity);
    const next = new Array<number>(n + 1).fill(n);
    const corrected = new Map<number, string>();
    cost[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      for (let end = Math.min(n, i + this.maxLength); end > i; end--) {
        const known = this.words.has(run.slice(i, end));
        const typo = known ? undefined : this.homophoneWord(run.slice(i, end));
        if (!known && typo === undefined && end !== i + 1) continue;
        const total = (known ? wordCost(run.slice(i, end)) : typo !== undefined ? HOMOPHONE_COST : UNKNOWN_COST) + cost[end];
        if (total < cost[i] - 1e-9) {
          cost[i] = total;
          next[i] = end;
          if (typo !== undefined) corrected.set(i, typo);
          else corrected.delete(i);
        }
      }
    }
    const out: Segment[] = [];
    for (let i = 0; i < n; i = next[i]) {
      const text = corrected.get(i) ?? run.slice(i, next[i]);
      out.push({ text, known: this.words.has(text) });
    }
    return out;
  }

  /** The lexicon word `text` is with one character swapped for a homophone, if there is exactly one. */
  private homophoneWord(text: string): string | undefined {
    if (text.length < HOMOPHONE_MIN_LENGTH || text.length > HOMOPHONE_MAX_LENGTH || this.homophones.size === 0) return undefined;
    const found = new Set<string>();
    for (let p = 0; p < text.length; p++) {
      for (const alternative of this.homophones.get(text[p]) ?? []) {
        const candidate = text.slice(0, p) + alternative + text.slice(p + 1);
        if (text.length === HOMOPHONE_MIN_LENGTH ? this.shortTargets.has(candidate) : this.words.has(candidate)) found.add(candidate);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  }
}

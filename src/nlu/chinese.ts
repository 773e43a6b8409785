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

/**
 * What the converter does with each UTF-16 unit, by its code: a table of all 65,536, so a text is read with one look
 * per character. Most Chinese questions are typed in Traditional already and hold no unit the converter changes.
 */
const units = new Uint8Array(0x10000);
/** The unit starts no entry of the converter's dictionaries: the converter leaves it as it is. */
const UNTOUCHED = 0;
/** The unit starts an entry of one character, and nothing around it changes how it converts: converted alone. */
const ALONE = 1;
/**
 * The converter must read the unit with the characters around it: it starts an entry of several characters (a name
 * the Taiwan variants keep as written, "張棟樑"), or becomes one that does; it is half of a character beyond the
 * 65,536 (read as one code point with the next unit), or an ideographic description character (the converter copies
 * the sequence it opens as it is).
 */
const IN_CONTEXT = 2;
/** Each ALONE unit, as the converter converts it alone (filled as units are met). */
const convertedAlone = new Map<string, string>();

function convertAlone(unit: string, convert: ConverterFunction): string {
  const alone = convert(unit);
  convertedAlone.set(unit, alone);
  return alone;
}

/** OpenCC's Simplified-to-Traditional character table: the dictionary of the cn group whose keys are single characters. */
function characterTable(opencc: OpenCC): DictLike {
  const group = opencc.Locale.from.cn.flat();
  const table = group.find((dict: DictLike) => typeof dict === 'string' && [...dict.slice(0, dict.indexOf(' '))].length === 1);
  if (table === undefined) throw new Error('opencc-js has no Simplified-to-Traditional character table');
  return table;
}

/**
 * Calls `visit` with each entry's source and replacement: a string dictionary ("source replacement|...", thousands
 * of entries) is read in place, as this runs once, cold, when the first Chinese text arrives.
 */
function forEachEntry(dict: DictLike, visit: (source: string, replacement: string) => void): void {
  if (typeof dict !== 'string') {
    for (const [source, replacement] of dict) visit(source, replacement);
    return;
  }
  for (let at = 0; at < dict.length; ) {
    const bar = dict.indexOf('|', at);
    const end = bar < 0 ? dict.length : bar;
    const space = dict.indexOf(' ', at);
    visit(dict.slice(at, space), dict.slice(space + 1, end));
    at = end + 1;
  }
}

/**
 * Fills `units` from the converter's two passes: the character table, then the Taiwan variants, each run over the
 * whole text. Where no unit of a text is IN_CONTEXT, both passes match single characters only, so the text converts
 * character by character, each as it converts alone.
 */
function classifyUnits(table: DictLike, variants: readonly DictLike[]): void {
  for (const dict of [table, ...variants]) {
    forEachEntry(dict, (source) => {
      const unit = source.charCodeAt(0);
      if (units[unit] !== IN_CONTEXT) units[unit] = source.length > 1 ? IN_CONTEXT : ALONE;
    });
  }
  units.fill(IN_CONTEXT, 0xd800, 0xe000);
  units.fill(IN_CONTEXT, 0x2ff0, 0x3000);
  // A character the table turns into one that starts a longer variant ("张" into "張"), or into one beyond the 65,536:
  // the variants read it in context.
  forEachEntry(table, (source, replacement) => {
    if (replacement.length !== 1 || units[replacement.charCodeAt(0)] === IN_CONTEXT) units[source.charCodeAt(0)] = IN_CONTEXT;
  });
}

/** Simplified (or mixed) Chinese to the Traditional characters the vocabulary is written in. */
export function toTraditional(text: string): string {
  if (!converter) {
    // Loaded on the first Chinese text: English-only sessions never pay for it.
    const opencc = require('opencc-js/cn2t') as OpenCC;
    const table = characterTable(opencc);
    converter = opencc.ConverterFactory([table], ...opencc.Locale.to.tw);
    classifyUnits(table, opencc.Locale.to.tw.flat());
  }
  // The converted text so far, up to `copied` (units after it that convert to themselves are copied later, in one slice).
  let converted = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = units[text.charCodeAt(i)];
    if (kind === UNTOUCHED) continue;
    if (kind === IN_CONTEXT) return converter(text);
    const unit = text[i];
    const alone = convertedAlone.get(unit) ?? convertAlone(unit, converter);
    if (alone === unit) continue;
    converted += text.slice(copied, i) + alone;
    copied = i + 1;
  }
  return copied === 0 ? text : converted + text.slice(copied);
}

/**
 * Written Cantonese to Mandarin (words.zh-TW.json's `colloquial`): one pass, longest word first, so that every place,
 * person and call phrase of the vocabulary reads the same said either way ("佢喺屋企" is 他在家). Identity entries keep
 * Mandarin words that contain a Cantonese character ("關係").
 */
export function colloquialRewriter(words: Readonly<Record<string, string>>): (text: string) => string {
  const keys = Object.keys(words).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return (text) => text;
  const pattern = new RegExp(keys.join('|'), 'g');
  const replace = (word: string): string => words[word];
  return (text) => text.replace(CANTONESE_PAIR, '跟').replace(pattern, replace);
}

/**
 * Cantonese 同 joining two people said of together with 都係/都喺 later in the clause ("我同阿明都係 on-prem 帳號",
 * "主任同我都喺公司網絡", "阿玲同 Kevin 兩個帳號都係地端嘅"): Mandarin's 跟. Only before 都係/都喺, words no Mandarin
 * writes, so a Mandarin 同 is never touched; never the first character of a Mandarin word (同事, 同一, 同組, 同盟) nor
 * the second (唔同/不同, 相同, 共同, 如同).
 */
const CANTONESE_PAIR = /(?<![唔不相共如一陪協贊認合])同(?![事一學組步盟樣時仁意個間棟層鄉期部])(?=[^，。,；;！？!?\n]{1,16}?都(?:係|喺))/g;

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

const LOCATIVE_CODE = LOCATIVE.charCodeAt(0);

/** The cost of the lexicon word run[start, end), read from its characters' codes (no slice of the run). */
function wordCost(run: string, start: number, end: number): number {
  if (end - start < 2) return 1;
  return 1 + (run.charCodeAt(end - 1) === LOCATIVE_CODE ? LOCATIVE_BIAS : 0) - (run.charCodeAt(start) === LOCATIVE_CODE ? LOCATIVE_BIAS : 0);
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
/** The dynamic programme's arrays of Segmenter.segment, one entry per position of a run and its end. */
interface Scratch {
  cost: Float64Array;
  next: Int32Array;
  /** The lexicon word a typo chosen at a position stands for. */
  corrected: (string | undefined)[];
  /** The words and typos found at one position: their ends and trie nodes. */
  ends: number[];
  nodes: CharNode[];
}

function scratchFor(length: number): Scratch {
  const size = Math.max(length, 2 * scratch.cost.length);
  return { cost: new Float64Array(size), next: new Int32Array(size), corrected: new Array<string | undefined>(size).fill(undefined), ends: scratch.ends, nodes: scratch.nodes };
}

let scratch: Scratch = { cost: new Float64Array(64), next: new Int32Array(64), corrected: new Array<string | undefined>(64).fill(undefined), ends: [], nodes: [] };

export class Segmenter {
  /**
   * The lexicon and its typos as one trie of characters (UTF-16 units, as the runs are indexed): every word and every
   * typo starting at a position is found in one walk, instead of a slice and a set lookup for every length up to the
   * longest word. A node's `word` says a lexicon word ends there; its `typo`, the lexicon word of HOMOPHONE_MIN_LENGTH
   * to HOMOPHONE_MAX_LENGTH characters that the characters so far type with one character swapped for a homophone,
   * or null when they could type more than one word (then they are no typo of any). Built once, so reading a typo is
   * part of the walk, not every homophone of every character of every stretch of the text tried against the lexicon.
   */
  private readonly trie: CharNode = charNode();

  constructor(
    private readonly words: ReadonlySet<string>,
    homophoneGroups: readonly string[] = [],
    /** The words a two-character typo may stand for (the domain's own); longer words: any lexicon word. */
    private readonly shortTargets: ReadonlySet<string> = words,
  ) {
    for (const word of words) charEnd(this.trie, word).word = true;
    this.indexTypos(homophoneGroups);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  segment(run: string): Segment[] {
    const n = run.length;
    // Scratch arrays shared by every call (a segmentation never nests): a typed array allocated per run cost more
    // than the walk of a short run. Each position's entries are set before they are read (cost[n] and next[n] too).
    if (scratch.cost.length < n + 1) scratch = scratchFor(n + 1);
    const { cost, next, corrected } = scratch;
    cost[n] = 0;
    next[n] = n;
    // The words and typos that start at the position being read, as their ends and trie nodes, shortest first (the
    // order of the walk): the first `found` elements, written over from one position to the next (never emptied,
    // which would give up their storage).
    const { ends, nodes } = scratch;
    for (let i = n - 1; i >= 0; i--) {
      cost[i] = Infinity;
      next[i] = n;
      corrected[i] = undefined;
      let found = 0;
      let node: CharNode | undefined = this.trie;
      for (let j = i; j < n; j++) {
        node = node.next?.get(run.charCodeAt(j));
        if (!node) break;
        if (node.word === true || (node.typo !== undefined && node.typo !== null)) {
          ends[found] = j + 1;
          nodes[found] = node;
          found += 1;
        }
      }
      // Longest first, as the segmentation's tie-breaking expects; the single character at i is always a reading
      // (a word, a typo or an unknown character).
      for (let k = found - 1; k >= -1; k--) {
        const end = k >= 0 ? ends[k] : i + 1;
        if (k < 0 && found > 0 && ends[0] === i + 1) break;
        const entry = k >= 0 ? nodes[k] : undefined;
        const isWord = entry?.word === true;
        const meant = isWord ? undefined : (entry?.typo ?? undefined);
        const total = (isWord ? wordCost(run, i, end) : meant !== undefined ? HOMOPHONE_COST : UNKNOWN_COST) + cost[end];
        if (total < cost[i] - 1e-9) {
          cost[i] = total;
          next[i] = end;
          corrected[i] = meant;
        }
      }
    }
    const out: Segment[] = [];
    for (let i = 0; i < n; i = next[i]) {
      const meant = corrected[i];
      // A piece longer than a character is a lexicon word; a typo stands for one; a single character is one when
      // the lexicon has it (the walk found it, so it was read as a word, not an unknown character).
      const text = meant ?? run.slice(i, next[i]);
      out.push({ text, known: meant !== undefined || next[i] - i > 1 || this.words.has(text) });
    }
    return out;
  }

  /**
   * Fills the trie's typos: each way of typing one character of a word (of a length recognized through a
   * homophone) as a character whose homophones include it. A character in several groups keeps the last group's homophones, as
   * reading a typo always did.
   */
  private indexTypos(homophoneGroups: readonly string[]): void {
    const homophones = new Map<string, string[]>();
    for (const group of homophoneGroups) for (const char of group) homophones.set(char, [...group].filter((c) => c !== char));
    /** Character -> the characters typed for it (those whose homophones include it). */
    const typedFor = new Map<string, string[]>();
    for (const [typed, alternatives] of homophones) {
      for (const alternative of alternatives) typedFor.set(alternative, [...(typedFor.get(alternative) ?? []), typed]);
    }
    for (const word of this.words) {
      if (word.length < HOMOPHONE_MIN_LENGTH || word.length > HOMOPHONE_MAX_LENGTH) continue;
      // Two characters: only a word of what a question states ("會義" for 會議), never a function word.
      if (word.length === HOMOPHONE_MIN_LENGTH && !this.shortTargets.has(word)) continue;
      for (let p = 0; p < word.length; p++) {
        for (const typed of typedFor.get(word[p]) ?? []) {
          const node = charEnd(this.trie, word.slice(0, p) + typed + word.slice(p + 1));
          node.typo = node.typo === undefined || node.typo === word ? word : null;
        }
      }
    }
  }
}

/**
 * A trie of words by their characters' UTF-16 codes: a number is a cheaper key than the one-character string a
 * Chinese character would otherwise be made into at every step.
 */
interface CharNode {
  /** Undefined on a leaf (most nodes): an empty map for each would cost more memory than the rest of the trie. */
  next: Map<number, CharNode> | undefined;
  /** A lexicon word ends here. */
  word: true | undefined;
  /** The lexicon word these characters are a homophone typo of; null when they could be a typo of two words. */
  typo: string | null | undefined;
}

/**
 * Every node with all three fields, undefined where they do not apply: nodes of one shape make the walk's reads of
 * them fast ones in V8 (nodes of four shapes made the read of `next` at every character a megamorphic load).
 */
const charNode = (): CharNode => ({ next: undefined, word: undefined, typo: undefined });

/** The node `word` ends at, made on the way where it does not exist yet. */
function charEnd(root: CharNode, word: string): CharNode {
  let node = root;
  for (let j = 0; j < word.length; j++) {
    node.next ??= new Map();
    let child = node.next.get(word.charCodeAt(j));
    if (!child) {
      child = charNode();
      node.next.set(word.charCodeAt(j), child);
    }
    node = child;
  }
  return node;
}

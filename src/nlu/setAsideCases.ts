// Cases a message tells side by side before setting one aside: "Customer A is all Online, customer B is hybrid with Lync
// pools. Forget B for now. For A, a user at home joins ...", 「A 公司全 Online；B 公司是混合式…B 先不用管，只問 A」,
// "Client A is another matter (hybrid, handled elsewhere, skip it for now). Client B runs ...". Read together the
// facts of both describe no one call (the on-premises pools of one and the Online of the other look like a hybrid
// deployment), so what is said of a case set aside is not said, and the cases' letters are nobody in the call. A message
// that sets no case aside is read as it is. Alternatives of a design ("Option B:") are alternatives.ts's.
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, endsSentence, isFiller, kindOf, sentenceEnd, surfaceOf } from './items';
import { isFunctionWord } from './english';
import { HAN } from './text';
import { classEntries, classWords, writesClassWord } from './wordClasses';

/** Letters that name a case ("customer A", "B 公司"; 「客戶乙」 is read as b), as surfaces or keys. */
const LETTERS: ReadonlySet<string> = new Set(['a', 'b', 'c', 'd']);

/** Ordinals that pick a case by its place in the telling ("the second site", 「第二家」), as surfaces. */
const ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'third', '第一', '第二', '第三']);

/** Words for a case not named ("the other one doesn't matter", 「另一家不用看」), as surfaces or keys. */
const OTHER_WORDS: ReadonlySet<string> = new Set(['other', 'the other one', 'the other', '另一家', '另外一家', '另一個', '另外那家']);

/** Counts of cases ("two customers", 「兩家客戶」「兩個據點」), as surfaces. */
const COUNTS: ReadonlySet<string> = new Set(['two', 'three', 'both', '兩', '兩家', '兩個', '三家', '三個']);

/** What states a fact of a call: a clause holding one sets nothing aside ("only asking about signaling at site A"). */
const FACT_KINDS: ReadonlySet<string> = new Set(['deployment', 'deploymentHint', 'homed', 'place', 'sharedPlace', 'vpn', 'datacenter', 'callType', 'call', 'hostedMeeting', 'traffic', 'firewall']);

/** Words a bare setting aside may hold besides its own ("ignore for now", "separate ticket, ignore", 「先不管」), as surfaces or keys. */
const BARE_WORDS: ReadonlySet<string> = new Set(['for', 'now', 'that', 'this', 'it', 'one', 'pleas', 'please', 'though', 'too', '先', '暫時', '這個', '那個']);

/** What makes a letter its case's owner ("B's users", 「A 的會計」), as surfaces. */
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '的']);

/** Verbs a case does that never follow the article "a", as keys: before them "a" is the letter ("A runs CCE"). */
const CASE_VERBS: ReadonlySet<string> = new Set(['run', 'runs', 'ha', 'has', 'use', 'uses']);
/** Function words the article "a" may go before ("a few", "a more recent one"), as keys. */
const AFTER_ARTICLE: ReadonlySet<string> = new Set(['few', 'most', 'more', 'same', 'other', 'veri', 'very']);

/** Whether "a" before the surface or key `next` is a letter: no English word follows, or one no article goes before ("A only", "A is hybrid", "forget A for now"). */
function letterA(next: string): boolean {
  const word = next.split(' ')[0];
  return !/^[a-z]/.test(word) || CASE_VERBS.has(word) || (isFunctionWord(word) && !AFTER_ARTICLE.has(word));
}

/** Whether the item at `k` is a word for a case ("customer", "site", 「客戶」, 「公司」; 「公司全部」 holds one). */
function caseNounAt(items: readonly Item[], k: number, nouns: ReadonlySet<number>): boolean {
  const item = items[k];
  if (nouns.has(k) || item?.kind !== 'mention') return nouns.has(k);
  // A phrase ending in one: 「公司全部」, "a customer" (read as a company).
  return writesClassWord(HAN.test(item.surface) ? item.surface : (item.surface.split(' ').pop() as string), 'caseNoun');
}

/**
 * The letter of a case the item at `k` names, or undefined: a letter beside a word for a case ("customer A", "site 2",
 * 「A 公司」「客戶 B」), or, `bare`, a letter alone; "a" alone only where no English word follows it but one no article
 * goes before (see letterA; the article: "a user"; the letter: "for A,", "A's users", "A only", 「A 的會計」).
 */
function letterAt(items: readonly Item[], k: number, nouns: ReadonlySet<number>, bare: boolean): string | undefined {
  const item = items[k];
  const surface = surfaceOf(item) ?? '';
  const afterNoun = caseNounAt(items, k - 1, nouns);
  // "site 2", "tenant 1": a number only right after a word for a case.
  if (kindOf(item) === 'number' && afterNoun && !ORDINALS.has(surface) && item.kind === 'mention' && item.concept.kind === 'number') return String(item.concept.value);
  if (!LETTERS.has(surface)) return undefined;
  const next = surfaceOf(items[k + 1]) ?? '';
  // 「A 公司」: a Chinese word for a case after the letter; "a customer" is the article.
  if (afterNoun || (HAN.test(next) && caseNounAt(items, k + 1, nouns))) return surface;
  if (!bare) return undefined;
  return surface !== 'a' || letterA(next) ? surface : undefined;
}

/** A case's name where it is said: the name, and how many items say it. */
interface NameRun {
  label: string;
  length: number;
}

/**
 * The name a case may go by at `k`: a capitalized word the vocabulary does not know ("Contoso", "Berlin"), Chinese
 * characters the lexicon does not know (「臺北」「高雄」), or a place phrase ending in a word for a case ("the Berlin
 * site", 「臺南廠」), named without that word.
 */
function nameRunAt(items: readonly Item[], k: number): NameRun | undefined {
  const item = items[k];
  // "Contoso", or "the Paris site" (a word the vocabulary knows as a name or not, then a word for a case).
  if (item?.kind === 'word' && item.script === 'latin' && !isFunctionWord(item.key)) {
    if (items[k + 1]?.kind === 'word' && writesClassWord((items[k + 1] as { key: string }).key, 'caseNoun')) return { label: item.key, length: 2 };
    return item.name ? { label: item.key, length: 1 } : undefined;
  }
  if (item?.kind === 'word') {
    // Characters the lexicon does not know, and past the first a particle it does (「臺中」 is 臺 and 中).
    const char = (x: Item | undefined) => (x?.kind === 'word' && x.script === 'han' && x.key.length === 1) || (isFiller(x) && x?.kind === 'mention' && HAN.test(x.surface) && x.surface.length === 1);
    let end = k;
    while (end === k ? char(items[end]) && items[end].kind === 'word' : char(items[end])) end++;
    return end - k >= 2 ? { label: items.slice(k, end).map(surfaceOf).join(''), length: end - k } : undefined;
  }
  if (kindOf(item) !== 'place' || item?.kind !== 'mention') return undefined;
  const words = item.surface.split(' ');
  const last = words[words.length - 1];
  if (words.length > 1 && writesClassWord(last, 'caseNoun')) return { label: words.slice(0, -1).join(' '), length: 1 };
  const noun = classEntries('caseNoun').find((entry) => HAN.test(entry) && item.surface.endsWith(entry) && item.surface.length > entry.length);
  return noun === undefined ? undefined : { label: item.surface.slice(0, -noun.length), length: 1 };
}

/** Kinds that say what a case runs ("is all Online", 「用 CCE」): a name opening a clause before one names a case. */
const SETUP_KINDS: ReadonlySet<string> = new Set(['deployment', 'deploymentHint']);

/** The name of a case the clause opening at `from` tells the setup of ("Contoso is all Online", 「高雄用 CCE」), or undefined. */
function namedSetupAt(items: readonly Item[], from: number): string | undefined {
  let k = from;
  while (isFiller(items[k])) k++;
  const run = nameRunAt(items, k);
  if (run === undefined) return undefined;
  let next = k + run.length;
  // "the Graz site still has CCE": a word of time between.
  while (isFiller(items[next]) || kindOf(items[next]) === 'marker' || surfaceOf(items[next]) === 'still') next++;
  return SETUP_KINDS.has(kindOf(items[next]) ?? '') ? run.label : undefined;
}

/** Whether the clause `from`..`to` sets something aside: a word of its own, or a word of relevance negated ("B doesn't matter"). */
function setsAside(items: readonly Item[], from: number, to: number, aside: ReadonlySet<number>, relevance: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) {
    if (aside.has(k)) return true;
    if (relevance.has(k) && kindOf(items[k - 1]) === 'negation') return true;
  }
  return false;
}

/** A clause, and what it says of the cases. */
interface Clause {
  from: number;
  to: number;
  /** The cases it names (their letters or names), in order. */
  cases: string[];
}

/**
 * The items without the cases the writer sets aside, and without the cases' letters (a name stays: "a Contoso user"
 * is still the one asked about). A message that names fewer than two cases, or sets none aside, is returned as it is.
 * When every case is set aside, none describes the call.
 */
export function withoutSetAsideCases(items: readonly Item[]): readonly Item[] {
  const aside = classWords(items, 'setAside');
  const only = classWords(items, 'askedOnly');
  const relevance = classWords(items, 'relevance');
  // Only a word that sets aside ("forget B"), picks ("only A") or denies relevance ("B doesn't matter") sets a case
  // aside: without one (most messages) the cases are not looked for, a walk over every item.
  if (aside.size === 0 && only.size === 0 && relevance.size === 0) return items;
  const nouns = classWords(items, 'caseNoun');
  // The cases, by letter, in the order they are first named beside a word for a case, or opening a clause (「兩家客戶：A
  // 全部在 Online，B 是混合式」); or by name, opening a clause that says what the case runs ("Contoso is all Online").
  const named: string[] = [];
  items.forEach((_, k) => {
    const opens = k === 0 || items[k - 1].kind === 'break';
    const label = letterAt(items, k, nouns, opens) ?? (opens ? namedSetupAt(items, k) : undefined);
    if (label !== undefined && !named.includes(label)) named.push(label);
  });
  if (named.length < 2) return items;
  const letters = new Set<number>();
  // Every item that names a case where it is said (a place phrase too: 「臺南廠不用看」 states no place).
  const labelled = new Set<number>();
  const clauses: Clause[] = [];
  for (let from = 0; from < items.length; ) {
    const to = Math.max(clauseEnd(items, from), from + 1);
    const cases: string[] = [];
    for (let k = from; k < to; k++) {
      const letter = letterAt(items, k, nouns, true);
      const name = letter === undefined ? nameRunAt(items, k) : undefined;
      const ordinal = ORDINALS.has(surfaceOf(items[k]) ?? '') && items[k].kind === 'mention' ? (items[k] as Extract<Item, { kind: 'mention' }>) : undefined;
      if (letter !== undefined && named.includes(letter)) {
        cases.push(letter);
        letters.add(k);
        labelled.add(k);
      } else if (name !== undefined && named.some((label) => name.label.startsWith(label))) {
        // 「高雄先不管」: the characters after a name run on into the words after it.
        const label = named.find((l) => name.label === l) ?? named.find((l) => name.label.startsWith(l) && HAN.test(l));
        if (label === undefined) continue;
        const length = label === name.label ? name.length : [...label].length;
        cases.push(label);
        for (let j = k; j < k + length; j++) labelled.add(j);
        k += length - 1;
      } else if (ordinal?.concept.kind === 'number') {
        const picked = named[Number(ordinal.concept.value) - 1];
        if (picked !== undefined) cases.push(picked);
      }
    }
    clauses.push({ from, to, cases });
    from = to;
  }
  const setAside = new Set<string>();
  const picked = new Set<string>();
  const dropped = new Set<number>();
  /** The clauses that introduce the cases, as from and to. */
  const intro: number[] = [];
  /** The case whose words run from `from`, and each case's run of words once it ends. */
  let current: { label: string; from: number } | undefined;
  const segments: { label: string; from: number; to: number }[] = [];
  const close = (at: number) => {
    if (current) segments.push({ ...current, to: at });
    current = undefined;
  };
  for (const { from, to, cases } of clauses) {
    const span = items.slice(from, to);
    // What a clause that sets aside or picks may hold besides: the cases it names, their words, and no fact.
    const factFree = span.every((item, j) => !FACT_KINDS.has(kindOf(item) ?? '') || labelled.has(from + j) || ORDINALS.has(surfaceOf(items[from + j - 1]) ?? ''));
    const settingAside = factFree && setsAside(items, from, to, aside, relevance);
    const picking = factFree && span.some((_, j) => only.has(from + j));
    const namesOther = span.some((item) => OTHER_WORDS.has(surfaceOf(item) ?? ''));
    // "I'm lining up two clients' environments for a training day", 「兩家客戶對照一下」: what introduces the cases says
    // nothing of the call asked about (the training day is the writer's own).
    if (cases.length === 0 && span.some((item, j) => COUNTS.has(surfaceOf(item) ?? '') && (caseNounAt(items, from + j + 1, nouns) || caseNounAt(items, from + j + 2, nouns)))) {
      intro.push(from, to);
      continue;
    }
    if ((settingAside || picking) && (cases.length > 0 || namesOther)) {
      // "Ignore B", 「只問 A」, 「另一家不用看」: a clause about the cases, no fact of any.
      for (const label of cases) (picking ? picked : setAside).add(label);
      for (let k = from; k < to; k++) dropped.add(k);
      // "Client A is another matter (hybrid, old pools ...)": a case set aside as it is first named goes on after.
      const firstNamed = settingAside && cases.length === 1 && !segments.some((s) => s.label === cases[0]) && current?.label !== cases[0];
      close(from);
      if (firstNamed) current = { label: cases[0], from: to };
      else if (picking && cases.length === 1) current = { label: cases[0], from: to };
      continue;
    }
    if (settingAside && current !== undefined && span.every((item, j) => aside.has(from + j) || relevance.has(from + j) || kindOf(item) === 'negation' || isFiller(item) || item.kind === 'break' || BARE_WORDS.has(surfaceOf(item) ?? ''))) {
      // "... other ticket, skip it": set aside, alone among a case's words, is said of that case, up to the
      // end of its sentence.
      setAside.add(current.label);
      for (let k = from; k < to; k++) dropped.add(k);
      close(sentenceEnd(items, from));
      continue;
    }
    if (cases.length > 0 && cases[0] !== current?.label) {
      close(from);
      current = { label: cases[0], from };
    }
  }
  close(items.length);
  if (setAside.size === 0 && picked.size === 0) return items;
  for (let i = 0; i < intro.length; i += 2) for (let k = intro[i]; k < intro[i + 1]; k++) dropped.add(k);
  const kept = (label: string) => (picked.size > 0 ? picked.has(label) : !setAside.has(label));
  for (const segment of segments) if (!kept(segment.label)) for (let k = segment.from; k < segment.to; k++) dropped.add(k);
  // The letters, a word for a case beside one ("customer", 「客戶」) and a possessive after one ("B's office", 「A 的會計」)
  // are nobody in the call: the people and places of the case kept are ours.
  for (const k of letters) {
    dropped.add(k);
    // A word for a case read as another company ("a customer") is no company in the call either; 「公司全部」 says more.
    for (const n of [k - 1, k + 1]) if (nouns.has(n) || (kindOf(items[n]) === 'company' && caseNounAt(items, n, nouns))) dropped.add(n);
    if (POSSESSIVES.has(surfaceOf(items[k + 1]) ?? '')) dropped.add(k + 1);
  }
  return items.filter((_, k) => !dropped.has(k));
}

/** Kinds that name a call or a meeting: a clause holding one is the call asked about, never only a person set aside. */
const CALL_KINDS: ReadonlySet<string> = new Set(['call', 'callType', 'hostedMeeting']);

/** Whether the item at `k` is a pronoun that stands for someone named before ("他", "her"). */
const isPronounAt = (items: readonly Item[], k: number): boolean => {
  const item = items[k];
  return item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'pronoun';
};

/**
 * 「第三個人品保經理在外面出差，先不管他」, "the third one is travelling, ignore him": a person set aside by a pronoun,
 * in a clause of its own right after the clause that tells of them, is no one in the call; where they are would
 * otherwise go to the one called. Both clauses are left out; the clause telling of them must name a person and no
 * call, and be in the same sentence.
 */
export function withoutSetAsidePeople(items: readonly Item[]): readonly Item[] {
  const aside = classWords(items, 'setAside');
  if (aside.size === 0) return items;
  const dropped = new Set<number>();
  for (const k of aside) {
    const from = clauseStart(items, k);
    const to = clauseEnd(items, k);
    const span = items.slice(from, to);
    const bare = span.every((item, j) => aside.has(from + j) || isPronounAt(items, from + j) || isFiller(item) || BARE_WORDS.has(surfaceOf(item) ?? ''));
    if (!bare || !span.some((_, j) => isPronounAt(items, from + j)) || from === 0 || endsSentence(items[from - 1])) continue;
    const before = clauseStart(items, from - 1);
    const told = items.slice(before, from - 1);
    if (!told.some((item) => kindOf(item) === 'party') || told.some((item) => CALL_KINDS.has(kindOf(item) ?? ''))) continue;
    for (let j = before; j < to; j++) dropped.add(j);
  }
  return dropped.size === 0 ? items : items.filter((_, j) => !dropped.has(j));
}

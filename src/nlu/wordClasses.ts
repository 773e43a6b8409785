// Word classes (locales/vocabulary/classes.*.json): words some rules look for that the analyzer never makes mentions
// of. A concept's phrase replaces the words it matches with one mention, and rules that read words (where a place is,
// how many words the vocabulary does not know) then read something else: a class only tags what is already there, so
// adding a word to it changes nothing but the rules that ask for the class. Kept apart from the compiled model, like
// names.ts: read as written, no model rebuild.
import classesEn from '../../locales/vocabulary/classes.en.json';
import classesZh from '../../locales/vocabulary/classes.zh-TW.json';
import wordsEn from '../../locales/vocabulary/words.en.json';
import { englishForms, type Item } from './analyzer';
import { perItems } from './items';
import { wordKey } from './english';
import { HAN } from './text';

export type WordClass = 'network' | 'networkSide' | 'poorCall' | 'outsider' | 'outOfCall' | 'officeSite' | 'office' | 'staffedPlace' | 'orgName' | 'takeBack' | 'turnedDoubt' | 'forgotWhich' | 'hedge' | 'restate' | 'unsure' | 'offered' | 'setup' | 'leaving' | 'dwelling' | 'ownMeeting' | 'regularMeeting' | 'writer' | 'lodging' | 'residence' | 'buildingNetwork' | 'caseNoun' | 'setAside' | 'askedOnly' | 'relevance' | 'handset';

const CLASSES: readonly WordClass[] = ['network', 'networkSide', 'poorCall', 'outsider', 'outOfCall', 'officeSite', 'office', 'staffedPlace', 'orgName', 'takeBack', 'turnedDoubt', 'forgotWhich', 'hedge', 'restate', 'unsure', 'offered', 'setup', 'leaving', 'dwelling', 'ownMeeting', 'regularMeeting', 'writer', 'lodging', 'residence', 'buildingNetwork', 'caseNoun', 'setAside', 'askedOnly', 'relevance', 'handset'];
/** The vocabulary's English word forms, so a class word has the key the analyzer gives it ("internal" stays whole). */
const FORMS = englishForms(wordsEn.aliases, wordsEn.contractions);

/** What an item reads as for a class: an English word's matching key, a Chinese word or phrase as written. */
function unitOf(item: Item): string | undefined {
  if (item.kind === 'word') return item.key;
  if (item.kind !== 'mention') return undefined;
  if (HAN.test(item.surface)) return item.surface;
  // An English phrase ("at the office") is no word of a class; a one-word mention ("jittery": noise) is, by its key.
  return item.surface.includes(' ') ? undefined : item.head;
}

/** A class entry as the units it is matched by: "Wi-Fi" -> "wi fi", "breaking up" -> "break up", "斷斷續續" as written. */
function entryKey(entry: string): string {
  const text = entry.toLowerCase();
  return HAN.test(text) ? text : text.split(/[\s-]+/).map((word) => wordKey(word, FORMS)).join(' ');
}

/** Joins two units as a class entry writes them: Chinese runs without a space, anything else with one. */
function join(before: string, unit: string): string {
  return before === '' ? unit : HAN.test(before.slice(-1)) && HAN.test(unit[0]) ? before + unit : `${before} ${unit}`;
}

interface CompiledClass {
  /** Every entry as its joined units. */
  entries: ReadonlySet<string>;
  /** Every start of an entry (whole units), so a match stops as soon as nothing can follow. */
  starts: ReadonlySet<string>;
  /** Any entry inside a phrase's written words ("hotel Wi-Fi", "公司內部"), hyphen or space between an entry's words. */
  written: RegExp;
}

/**
 * Every class's entries and starts together, so one walk over a text finds the words of all classes: rules ask for
 * four or five classes of each text, and a walk per class joined the same units again each time.
 */
interface AllClasses {
  /** Each entry as its joined units -> the classes it is an entry of. */
  entries: ReadonlyMap<string, readonly WordClass[]>;
  /** Every start of an entry of any class. */
  starts: ReadonlySet<string>;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(words: readonly string[]): CompiledClass {
  const entries = new Set(words.map(entryKey));
  const starts = new Set<string>();
  for (const entry of entries) {
    const units = HAN.test(entry) ? [...entry] : entry.split(' ');
    let start = '';
    for (const unit of units.slice(0, -1)) starts.add((start = join(start, unit)));
  }
  const latin = words.filter((word) => !HAN.test(word)).map((word) => escaped(word.toLowerCase()).replace(/\\?-| /g, '[- ]?'));
  const han = words.filter((word) => HAN.test(word)).map(escaped);
  // An English word with its endings ("networks", "hotspotting"), never inside another ("plan" is no "lan").
  const alternatives = [...(latin.length > 0 ? [`(?<![a-z0-9])(?:${latin.join('|')})(?:s|es|ing|ed)?(?![a-z0-9])`] : []), ...han];
  return { entries, starts, written: new RegExp(alternatives.join('|') || '(?!)', 'i') };
}

const COMPILED: ReadonlyMap<WordClass, CompiledClass> = new Map(
  CLASSES.map((name) => [name, compile(classEntries(name))]),
);

/** A class's entries as written, both languages: for text no analyzer has read (dialogs/people.ts). */
export function classEntries(name: WordClass): readonly string[] {
  return [...(classesEn[name] as readonly string[]), ...(classesZh[name] as readonly string[])];
}

function compiled(name: WordClass): CompiledClass {
  return COMPILED.get(name) as CompiledClass;
}

function allClasses(): AllClasses {
  const entries = new Map<string, WordClass[]>();
  for (const [name, { entries: ofClass }] of COMPILED) for (const entry of ofClass) entries.set(entry, [...(entries.get(entry) ?? []), name]);
  return { entries, starts: new Set([...COMPILED.values()].flatMap((c) => [...c.starts])) };
}

const ALL_CLASSES: AllClasses = allClasses();
const NO_CLASSES: readonly WordClass[] = [];

/**
 * The indexes of the items that are words of a class, alone or as one of its entries ("keeps dropping", "斷 斷 續 續",
 * "不 穩": a negation and a word). Each start is followed only while an entry can go on (see CompiledClass.starts).
 */
export function classWords(items: readonly Item[], name: WordClass): ReadonlySet<number> {
  return classWordsOf(items).get(name) as ReadonlySet<number>;
}

/**
 * Each item list's class words, once: rules ask again of the same list (parties.ts once per person named), for
 * several classes, and a message's items are never changed once analyzed.
 */
const classWordsOf = perItems((items) => findClassWords(items.map(unitOf)));

/**
 * The words of every class in one walk. An entry's every start is a start of its class, so following the starts of
 * all classes finds each class's entries as following its own starts would, and only goes on further where another
 * class's entry may.
 */
function findClassWords(units: readonly (string | undefined)[]): ReadonlyMap<WordClass, ReadonlySet<number>> {
  const { entries, starts } = ALL_CLASSES;
  const found = new Map(CLASSES.map((name) => [name, new Set<number>()]));
  for (let i = 0; i < units.length; i++) {
    let text = '';
    for (let k = i; k < units.length; k++) {
      const unit = units[k];
      if (unit === undefined) break;
      text = join(text, unit);
      for (const name of entries.get(text) ?? NO_CLASSES) {
        const words = found.get(name) as Set<number>;
        for (let j = i; j <= k; j++) words.add(j);
      }
      if (!starts.has(text)) break;
    }
  }
  return found;
}

/** Whether a mention's last word is a word of the class ("her mobile", "cell phone": handsets by "mobile", "phone"). */
export function headOfClass(item: Item | undefined, name: WordClass): boolean {
  return item?.kind === 'mention' && compiled(name).entries.has(item.head);
}

/** Whether a phrase's written words hold a word of a class ("the hotel Wi-Fi", "inside the firewall", "公司內網"). */
export function writesClassWord(surface: string, name: WordClass): boolean {
  return compiled(name).written.test(surface);
}

/**
 * Titles and descriptions of a person ("the onshore ops lead", "chief of staff", "總經理室"): the words before a person
 * word, what identifies it, its relation, and whether it names several.
 */
import type { Item } from './analyzer';
import { kindOf, surfaceOf, isFiller, previousIndex, isPossessive } from './items';
import { isFunctionWord } from './english';
import { isStatement } from './statements';

/** Words that introduce someone new ("an on-prem user", "另一位同事"): the noun does not refer back. */
export const INDEFINITE = new Set([
  'a', 'an', 'another', 'one', 'some', 'any', 'their', '一位', '一個', '一名', '某位', '某個', '另一位', '另一個', '另外一位', '另外一個', '其',
  '對方的', '他們的', '她們的',
]);
/**
 * People someone has ("Priya's boss", "the user's manager", "我的主管", "Kevin 的秘書"), as matching keys: another
 * person than the one who has them.
 */
export const RELATIONS: ReadonlySet<string> = new Set([
  'boss', 'manag', 'manager', 'colleagu', 'colleague', 'coworker', 'team', 'assist', 'assistant', 'secretari', 'secretary', 'supervisor', 'director', 'deputi', 'lead', 'counterpart', 'pa', 'ea',
  '秘書', '主管', '助理', '特助', '老闆', '上司', '部屬', '下屬', '代理人',
]);
/** Words that point back at someone already named: "the user", "our user" (a ticket's user, named before). */
export const DEFINITE = new Set(['the', 'this', 'that', 'said', 'same', 'our', 'my', 'your']);
/** Demonstratives, which the vocabulary reads as words that open a clause ("a user that calls"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that']);
/** A ticket's word for which user it is about ("the affected user", "Caller: affected user"), read as a cue. */
export const AFFECTED = 'affected';
/** Words that pick one of several ("one of our consultants", "each of the users"). */
const ONE_OF = /\b(?:one|each|either|neither|any) of\b/;
/**
 * "總經理室", "院長室": an office named after the title of the one who heads it (a title ends in 長, 總, 經理, 主任,
 * 總裁 or 主委; a room such as 會議室 or 研究室 is no office). Not "在總經理室": someone's place.
 */
const OFFICE = /^(?!在)(.+(?:長|總|經理|主任|總裁|主委))室$/;
/** The title of the one who heads the office an item names ("總經理" of "總經理室"), if it names one. */
export const officeHolder = (item: Item | undefined): string | undefined => (kindOf(item) === 'place' ? OFFICE.exec(surfaceOf(item) ?? '')?.[1] : undefined);
/** A title "X of Y" ("chief of staff", "head of finance"), whose noun is X. */
const OF_TITLE = /^(?:the |our |my )?([a-z]+) of(?: [a-z ]+)?$/;

/** What a word or phrase is, for comparing two descriptions: the word's key, or the concept a phrase means. */
export function signatureOf(item: Item | undefined): string {
  if (item?.kind === 'word') return item.key;
  return item?.kind === 'mention' ? item.id : '';
}

export function headOf(item: Item | undefined): string {
  if (item?.kind === 'word') return item.key;
  return item?.kind === 'mention' ? item.head : '';
}

/**
 * The words before a person noun: determiners ("an", "the"; a place phrase may carry one: "the office user") and
 * what describes the person ("the Austin engineer", "the Online user").
 */
export function wordsBefore(items: readonly Item[], index: number): { determiners: string[]; modifiers: string[]; words: string[]; start: number } {
  const determiners: string[] = [];
  const modifiers: string[] = [];
  /** The words of a title ("area" in "the area manager", a department read as filler: "the finance director"). */
  const words: string[] = [];
  /** Where the words before the noun start. */
  let start = index;
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const item = items[k];
    const word = surfaceOf(item) ?? '';
    // "what does that user's signalling take": a demonstrative is read as a boundary word, but before a noun it points back.
    if (isFiller(item) || (k === index - 1 && DEMONSTRATIVES.has(word))) {
      determiners.push(word);
      // "the finance director": a department the vocabulary reads as filler still names the title.
      if (isFiller(item) && /^[a-z]+$/.test(word) && !isFunctionWord(word)) words.push(word);
    } else if (isStatement(item)) {
      determiners.push(word.split(' ')[0]);
      modifiers.push(signatureOf(item));
    } else if ((item.kind === 'word' && !isFunctionWord(item.key)) || word === AFFECTED) {
      modifiers.push(word);
      if (item.kind === 'word' && !item.name) words.push(word);
    } else break;
    start = k;
    if (DEFINITE.has(determiners[determiners.length - 1]) || INDEFINITE.has(determiners[determiners.length - 1])) break;
  }
  return { determiners, modifiers, words, start };
}

export function identityOf(items: readonly Item[], index: number): string {
  // "A-party: head office / B-party: at home": the letter before "party" tells the two apart, as one after does.
  const letter = labelLetter(items, index) || (LETTERED_PARTY.exec(surfaceOf(items[index]) ?? '')?.[1] ?? '');
  // "the chief of staff ... the chief": a title "X of Y" is an X.
  const titled = OF_TITLE.exec(surfaceOf(items[index]) ?? '');
  return `${titled ? titled[1] : (officeHolder(items[index]) ?? headOf(items[index]))}${letter}`;
}

/** A party named by a letter before it ("A-party", "the B party"), the letter captured. */
const LETTERED_PARTY = /^([a-z])[- ]party$/;

/** The letter right after the person word at `index` that tells two people of one title apart ("同事A", "user B"), or ''. */
export function labelLetter(items: readonly Item[], index: number): string {
  const letter = surfaceOf(items[index + 1]) ?? '';
  return /^[a-z]$/.test(letter) ? letter : '';
}

/** "at the bank's branch as a visitor", "joins as a guest": the role someone is in there, not another person. */
export function roleAs(items: readonly Item[], index: number): boolean {
  return kindOf(items[index]) === 'party' && surfaceOf(items[previousIndex(items, index, isFiller)]) === 'as' && !/^(?:i|me|we|us|you|he|she|they|him|her|them)$/.test(surfaceOf(items[index]) ?? '');
}

/** "Priya's boss", "the user's manager": a person named by whose they are (never "my manager": see someoneElses). */
export function relation(items: readonly Item[], index: number): boolean {
  const j = previousIndex(items, index, (item) => isFiller(item) && !isPossessive(item));
  return isPossessive(items[j]) && RELATIONS.has(headOf(items[index]));
}

/** "colleagues", "the other users": a person word of the vocabulary in the plural (not "boss", not "one of our consultants"). */
export function several(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item?.kind !== 'mention' || item.concept.kind !== 'party' || !/^[a-z]*[^s's]s$/.test(item.surface.slice(item.surface.lastIndexOf(' ') + 1))) return false;
  const said = items.slice(previousIndex(items, index, isFiller) + 1, index).map((x) => surfaceOf(x) ?? '');
  return !ONE_OF.test(said.join(' '));
}

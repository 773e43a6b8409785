// One member of a group named before ("Agents are on the floor in the contact centre ... what's the route for an
// agent?", "The nurses are on the ward. A nurse calls a GP at home"): "a" before the singular of a plural said
// earlier does not bring someone new, it picks any one of them, so what was said of all of them (where they are, how
// they are homed) is said of the one. Only when the group is everyone the word names (not "most agents", "two
// nurses") and the text picks a single member: two ("an agent calls another agent") could be anyone, so each stays
// new and the advisor asks.
import type { Item } from './analyzer';
import { isFiller, kindOf, nextIndex, previousIndex, surfaceOf } from './items';
import { statementOf } from './statements';

/** Words that open one member of a group ("an agent"). */
const MEMBER_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Words before a singular person noun that name a member other than one picked ("another agent", "one nurse"). */
const OTHER_MEMBERS: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one', 'other', 'each', 'every', 'any', 'some']);
/** Words before a plural that make it a part of the people the word names ("most agents", "some of the nurses", "two drivers"). */
const PART_WORDS: ReadonlySet<string> = new Set(['most', 'some', 'many', 'few', 'several', 'half', 'other', 'those', 'these', 'both', 'two', 'three', 'four', 'five', 'of']);

/** Words after a person noun that open what sets them apart ("an agent who works from home"). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whose']);

/** Whether the person at `index` is set apart by what follows them: a place of their own ("an agent at home") or a relative clause. */
function setApart(items: readonly Item[], index: number): boolean {
  const next = items[nextIndex(items, index, isFiller)];
  const kind = next?.kind === 'mention' ? statementOf(next.concept)?.kind : undefined;
  return kind === 'place' || RELATIVES.has(surfaceOf(next) ?? '');
}

/** The word right before a person noun, past nothing: its article or quantifier, if any. */
const articleOf = (items: readonly Item[], index: number): string => surfaceOf(items[index - 1]) ?? '';

/** Whether the group at `index` is named whole: no quantifier or number before it makes it a part. */
function namedWhole(items: readonly Item[], index: number): boolean {
  const before = items.slice(previousIndex(items, index, isFiller) + 1, index).map((x) => surfaceOf(x) ?? '');
  const opener = items[previousIndex(items, index, isFiller)];
  return !before.some((word) => PART_WORDS.has(word)) && kindOf(opener) !== 'number' && !PART_WORDS.has(surfaceOf(opener) ?? '');
}

/**
 * The group the person at `index` ("an agent") is one member of, or undefined. `sameNoun` says which other person
 * words name the same kind of person ("agents", "the agent"), `plural` which of them are a group.
 */
export function groupOfMember(items: readonly Item[], index: number, sameNoun: readonly number[], plural: (index: number) => boolean): number | undefined {
  if (!MEMBER_ARTICLES.has(articleOf(items, index)) || plural(index) || setApart(items, index)) return undefined;
  const groups = sameNoun.filter((k) => k < index && plural(k));
  if (groups.length === 0 || !groups.every((k) => namedWhole(items, k))) return undefined;
  // "an agent calls another agent", "one agent is at home ... an agent": more than one member, none of them sure.
  if (sameNoun.some((k) => k !== index && !plural(k) && OTHER_MEMBERS.has(articleOf(items, k)))) return undefined;
  return groups[0];
}

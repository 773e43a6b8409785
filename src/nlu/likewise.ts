/**
 * Someone said to be like someone described before ("Peter too", "so was Peter", "same as me", "like my boss"), and
 * calls compared ("his calls").
 */
import type { Item } from './analyzer';
import { People } from './people';
import { clauseEnd, endsClause, clauseStart, isFiller, surfaceOf, isNameWord, isMarker, kindOf, previousIndex, endsSentence } from './items';
import type { Anchor } from './anchors';

/** Words after a person that say they are the same as someone just described ("Peter too", "Peter as well", "阿哲也是"). */
const LIKEWISE: ReadonlySet<string> = new Set(['too', 'also', 'well', '也是']);

/**
 * People said to be what the clause before says of someone: "and so was Peter", "as is Peter", "Peter too", "Peter is
 * as well". Each with the bounds of that clause before.
 */
export function sameAsBefore(items: readonly Item[], people: People): { person: Anchor; start: number; end: number }[] {
  const found: { person: Anchor; start: number; end: number }[] = [];
  for (let start = 0; start < items.length; start++) {
    if (start > 0 && !endsClause(items[start - 1])) continue;
    const end = clauseEnd(items, start);
    const person = likewisePerson(items, people, start, end);
    let before = start - 1;
    while (before >= 0 && endsClause(items[before])) before--;
    const same = person ? undefined : sameAsPerson(items, people, start, end);
    if (person && before >= 0) found.push({ person, start: clauseStart(items, before), end: before + 1 });
    // "Tom is on-prem, same as me": what the clause before says; "she's on-prem like me": what this one says before "like".
    else if (same && same.opener > start) found.push({ person: same.person, start, end: same.opener });
    else if (same && before >= 0) found.push({ person: same.person, start: clauseStart(items, before), end: before + 1 });
    start = end;
  }
  return found;
}

/** The person of a clause `[start, end)` that says only that they are the same ("so was Peter", "Peter too"). */
function likewisePerson(items: readonly Item[], people: People, start: number, end: number): Anchor | undefined {
  // The clause's words past the fillers ("so is my boss" is "so", "is", "boss"), "so" and "as" kept.
  const at: number[] = [];
  for (let k = start; k < end; k++) if (!isFiller(items[k]) || surfaceOf(items[k]) === 'so') at.push(k);
  // "my colleague Pieter also.": "also" is read as a clause boundary, so the clause stops before it; closing its clause
  // (a break or the text's end after it), it is the likewise word as "too" is, and the clause's own last word.
  if (surfaceOf(items[end]) === 'also' && (end + 1 === items.length || items[end + 1].kind === 'break')) at.push(end);
  const said = at.map((k) => surfaceOf(items[k]) ?? '');
  const anchorAt = (k: number | undefined) => (k !== undefined && people.anchors.get(k)?.kind === 'person' ? people.anchors.get(k) : undefined);
  // A person said in more than one word ("my colleague Jo"): the words after the first that name them too.
  const naming = (k: number) => people.anchors.get(k)?.kind === 'person' || isNameWord(items[k]);
  // "so was Peter", "as is Peter", "so is my colleague Jo"
  if (at.length >= 3 && at.length <= 4 && (said[0] === 'so' || said[0] === 'as') && isMarker(items[at[1]], 'copula') && at.slice(3).every(naming)) return anchorAt(at[2]);
  // "Peter too", "Peter is too", "Peter as well", "Peter is as well"
  const last = said[said.length - 1];
  if (at.length < 2 || at.length > 5 || !LIKEWISE.has(last) || (last === 'well' && said[said.length - 2] !== 'as')) return undefined;
  const between = at.slice(1, -1).every((k) => isMarker(items[k], 'copula') || surfaceOf(items[k]) === 'as' || naming(k));
  return between ? anchorAt(at[0]) : undefined;
}

/** Words that say someone is what another is ("same as me", "like my boss"). */
export const SAME_AS = /^(?:(?:the )?same as|like)$/;

/**
 * The writer when a clause `[start, end)` ends by likening someone to them ("..., same as me", "she's on-prem just like
 * me"), with the index of the word that likens. Only the writer: someone else likened to ("I'm Online, like our CEO")
 * is mostly nobody in the call, and given a homing would stand for its other party. And only to the clause's end:
 * "looks like my boss is Online" says nothing.
 */
function sameAsPerson(items: readonly Item[], people: People, start: number, end: number): { person: Anchor; opener: number } | undefined {
  let opener = end - 1;
  while (opener >= start && !SAME_AS.test(surfaceOf(items[opener]) ?? '')) opener--;
  if (opener < start) return undefined;
  const after: number[] = [];
  for (let k = opener + 1; k < end; k++) if (!isFiller(items[k])) after.push(k);
  const person = after.length === 1 ? people.anchors.get(after[0]) : undefined;
  if (person?.kind !== 'person' || person.role !== 'user') return undefined;
  let first = start;
  while (first < opener && isFiller(items[first])) first++;
  return { person, opener: first === opener ? start : opener };
}

/** Possessives that say whose calls are described ("his calls", "my manager's calls"). */
const WHOSE: ReadonlySet<string> = new Set(['his', 'her', 'their', "'s"]);

/**
 * "the CEO says his calls from the hotel were fine but mine from the office drop": where someone else makes their own
 * calls, set against the writer's ("mine"), is a comparison, nobody's place in the call asked about.
 */
export function comparedCalls(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'place') return false;
  const start = clauseStart(items, index);
  let whose = false;
  for (let k = start; k < index; k++) {
    if (kindOf(items[k]) === 'call' && WHOSE.has(surfaceOf(items[previousIndex(items, k, (x) => isFiller(x) && !WHOSE.has(surfaceOf(x) ?? ''))]) ?? '')) whose = true;
  }
  if (!whose) return false;
  for (let k = index + 1; k < items.length && !endsSentence(items[k]); k++) if (surfaceOf(items[k]) === 'mine') return true;
  return false;
}

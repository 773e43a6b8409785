// Given names that are English words: "Will organizes the weekly sync", "Caller: Bill (hotel in Lyon)", "May (she set
// it up) is on-prem", "calls Hope". The vocabulary knows "will", "may", "bill", "mark", "hope" as words, so they were
// read as the modal, a phone bill or a QoS mark, and what was said of the person went to whoever else was named (round
// 32's writers named people so on purpose). A capitalized word that is a given name (names.en.json) is the person
// only where a name stands and the word does not: never after a word that takes a month or a noun ("in May", "the
// Summer", "last June"), never before a number ("May 3") or before what the modal or the verb takes ("Will the media
// ...", "May I", "Hope this helps", "Mark the ticket"). Opening a sentence it must be followed by what is said of a
// person ("Will is", "Bill calls", "May (") or be written as a name inside a sentence elsewhere. "June" and "Summer"
// are left out of names.en.json: far more often the month and the season ("the June cutover", "Summer hours"), and
// read as people they made a held message's call complete around a misread fact.
import type { RawToken } from './text';

/** Words before which a capitalized word is a month, a season or a thing, not a person. */
const NOT_A_NAME_AFTER: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'of', 'from', 'through', 'during', 'before', 'after', 'last', 'next',
  'this', 'that', 'early', 'late', 'mid', 'end', 'every', 'each', 'the', 'a', 'an', 'our', 'my', 'your', 'their',
  'his', 'her', 'its', 'per', 'no', 'any', 'some',
]);

/** Words a modal, a verb or "hope" is followed by ("Will the media", "May I", "Hope this helps", "Mark it"), which no name is. */
const NOT_A_NAME_BEFORE: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'it', 'they', 'he', 'she', 'there', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'my',
  'our', 'your', 'their', 'his', 'her', 'its', 'me', 'us', 'them', 'him', 'to', 'be', 'not', 'have', 'all', 'everyone',
  'anyone', 'someone', 'any', 'some', 'each', 'both', 'as', 'so', 'media', 'signaling', 'signalling', 'audio', 'video',
]);

/** What is said of a person right after their name opening a sentence: "Will is", "Bill calls", "May organized". */
const PERSON_NEXT: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'had', 'and', 'calls', 'called', 'rings', 'rang', 'phones', 'phoned', 'dials', 'dialled',
  'dialed', 'organizes', 'organises', 'organized', 'organised', 'sets', 'set', 'schedules', 'scheduled', 'hosts',
  'hosted', 'booked', 'books', 'moved', 'joins', 'joined', 'sits', 'sat', 'works', 'worked', 'will', 'wants', 'needs',
  'said', 'says', 'reports', 'reported', 'got', 'gets', 'went', 'started', 'invited', 'invites',
]);

const POSSESSIVE = /^([a-z]+)'s$/;

/**
 * The capitalized words of `raws` that are given names the vocabulary knows as words, read as names here (by their
 * text). `givenName`: whether a word (small letters) is a given name that is also a word.
 */
export function wordNames(raws: readonly RawToken[], givenName: (word: string) => boolean): Set<string> {
  const word = (raw: RawToken | undefined): string | undefined => (raw?.kind === 'latin' ? raw.text : undefined);
  const nameOf = (raw: RawToken): string | undefined => {
    if (raw.kind !== 'latin' || raw.capitalized !== true) return undefined;
    const name = POSSESSIVE.exec(raw.text)?.[1] ?? raw.text;
    return givenName(name) ? name : undefined;
  };
  const inside = new Set<string>();
  const opening = new Map<string, boolean>();
  raws.forEach((raw, index) => {
    const name = nameOf(raw);
    if (name === undefined) return;
    const before = raws[index - 1];
    const after = raws[index + 1];
    if (NOT_A_NAME_AFTER.has(word(before) ?? '') || NOT_A_NAME_BEFORE.has(word(after) ?? '') || /^\d/.test(word(after) ?? '')) return;
    // A possessive ("Will's path") is a name's wherever it stands.
    const opens = (before === undefined || (before.kind === 'break' && (before.strong || before.line === true))) && word(raw) === name;
    if (!opens) inside.add(name);
    else {
      const next = word(after);
      const said = (next !== undefined && PERSON_NEXT.has(next)) || (after?.kind === 'break' && (after.paren === 'open' || !after.strong));
      opening.set(name, (opening.get(name) ?? false) || said);
    }
  });
  const names = new Set(inside);
  for (const [name, said] of opening) if (said) names.add(name);
  return names;
}

// "porter here, my desk is in the main hall", "Hi all, night shift nurse here - when I dial out ...": a
// role said with "here" where a sentence opens is the writer introducing themselves, as "I'm the dispatcher" is. Read as
// someone else, the writer's own place and calls went to a third person (and the writer had none). So is a bare role
// opening the whole text as a signature does ("Deck officer, on the ship's VSAT. ... I need to ring ..."), when the
// writer then speaks as "I".
import type { Item } from './analyzer';
import { isFiller, kindOf, surfaceOf } from './items';

/** The word that makes the role the writer's own ("nurse here"). */
const HERE = 'here';

/** A greeting ("hi", "hello all"). */
const GREETING = 'cue.greeting';

/** What may stand before the role where the sentence opens: a greeting, "all", a modifier of the role ("night shift"). */
const opening = (item: Item): boolean =>
  isFiller(item) || (item.kind === 'mention' && item.id === GREETING) || (item.kind === 'break' && !item.strong) || (item.kind === 'word' && item.script === 'latin' && item.name !== true);

/**
 * Whether the role at `index` opens its sentence and is followed by "here" and the end of that phrase, or opens the
 * whole text bare and is followed by the end of that phrase while the writer speaks as "I" later (`writerSpeaks`).
 */
function introducesWriter(items: readonly Item[], index: number, writerSpeaks: boolean): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'party' || item.concept.role !== 'generic') return false;
  const here = items[index + 1];
  if (here?.kind !== 'word' || here.key !== HERE) return writerSpeaks && signs(items, index);
  const after = items[index + 2];
  // "engineer here on the hangar network": where the writer is may follow at once, but then only a bare role opens
  // ("the nurse here at the clinic calls me" is someone the writer works with).
  const placed = after !== undefined && PLACED.test(surfaceOf(after) ?? '');
  if (after !== undefined && after.kind !== 'break' && !placed) return false;
  for (let k = index - 1; k >= 0; k--) {
    const before = items[k];
    if (before.kind === 'break' && before.strong) return true;
    if (!opening(before) || (placed && DETERMINERS.has(surfaceOf(before) ?? ''))) return false;
  }
  return true;
}

/**
 * "Line producer on a location shoot, staying in a hotel", "Shift lead, joining from the floor": a role with no word
 * before it at all opens the text and its phrase ends at once (a break, or where the writer is), as a signature does.
 * One that calls in its own sentence ("Porter, on the lobby LAN, calls me") is someone the writer speaks of.
 */
function signs(items: readonly Item[], index: number): boolean {
  const after = items[index + 1];
  if (index !== 0 || after === undefined || !((after.kind === 'break' && after.strong !== true) || PLACED.test(surfaceOf(after) ?? ''))) return false;
  const end = items.findIndex((item, k) => k > index && item.kind === 'break' && item.strong);
  return !items.slice(index + 1, end < 0 ? undefined : end).some((item) => kindOf(item) === 'call');
}

/** The writer speaking as "I" ("I'm only watching", "i need to ring"). */
const speaksAsI = (items: readonly Item[]): boolean => items.some((item) => item.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'user' && item.surface === 'i');

/** A place phrase said of where someone is ("on the hangar network", "at the depot"), or its preposition alone. */
const PLACED = /^(?:at|in|on|from)(?: |$)/;
/** Words that make a role someone's in particular ("the nurse here"), not the writer's own introduction. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'this', 'that', 'his', 'her', 'their']);

/** The items with a role that introduces the writer made the writer ("I"). */
export function withSelfIntroductions(items: Item[]): Item[] {
  const writerSpeaks = speaksAsI(items);
  if (!items.some((_, index) => introducesWriter(items, index, writerSpeaks))) return items;
  return items.map((item, index) =>
    introducesWriter(items, index, writerSpeaks) && item.kind === 'mention' ? { ...item, id: 'party.user', concept: { kind: 'party', role: 'user' } } : item);
}

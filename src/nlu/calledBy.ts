// "called by" says two things: a meeting's host ("a meeting called by the CFO", "the urgent meeting was called by my
// boss") and the caller of a one-to-one call ("Tom was called by Ann", "I got called by the help desk"). The
// vocabulary reads the passive forms ("was called by", "got called by") as calls; right after a meeting, or a word
// standing for one ("it was called by the CFO"), they name its host instead. So does "came from" whose subject is a
// meeting or its invite, said with more words than the vocabulary's "invite came from" ("The invite for Thursday's
// vendor review came from Priya Shah").
import type { Concept } from './concepts';
import type { Item } from './analyzer';
import { clauseStart, kindOf, surfaceOf } from './items';

/** Words that stand for a meeting named before ("I'm joining the review; it was called by the CFO"). */
const MEETING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'which']);
/** How a passive call phrase ends. */
const CALLED_BY = / called by$/;

const isMeeting = (item: Item | undefined): boolean =>
  item?.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'conference';

/** The items with each passive call right after a meeting read as its host's marker (`hostMarker`, the vocabulary's "called by"). */
export function meetingsCalledBy(items: Item[], hostMarker: { id: string; concept: Concept }): Item[] {
  items.forEach((item, index) => {
    if (item.kind !== 'mention' || item.concept.kind !== 'call' || !CALLED_BY.test(item.surface)) return;
    const before = items[index - 1];
    if (isMeeting(before) || MEETING_PRONOUNS.has(surfaceOf(before) ?? '')) items[index] = { ...item, id: hostMarker.id, concept: hostMarker.concept };
  });
  return items;
}

/** Verbs that say where a thing came from, as keys ("came from", "comes from"). */
const COMING: ReadonlySet<string> = new Set(['came', 'come', 'comes']);

/** Whether the clause before `index` is about a meeting: one is named in it, and no one (who would be what came). */
function meetingSubject(items: readonly Item[], index: number): boolean {
  const said = items.slice(clauseStart(items, index), index);
  return said.some(isMeeting) && !said.some((item) => kindOf(item) === 'party' || (item.kind === 'word' && item.name === true));
}

/** The items with "came from" after a meeting of its clause ("The invite for the vendor review came from") made its host's marker. */
export function meetingsFrom(items: readonly Item[], hostMarker: { id: string; concept: Concept }): Item[] {
  const out: Item[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const from = items[index + 1];
    if (item.kind === 'word' && COMING.has(item.key) && from?.kind === 'word' && from.key === 'from' && meetingSubject(items, index)) {
      out.push({ kind: 'mention', id: hostMarker.id, concept: hostMarker.concept, surface: `${item.key} from`, head: item.key });
      index++;
    } else out.push(item);
  }
  return out;
}

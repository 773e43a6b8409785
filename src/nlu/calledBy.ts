// "called by" says two things: a meeting's host ("a meeting called by the CFO", "the urgent meeting was called by my
// boss") and the caller of a one-to-one call ("Tom was called by Ann", "I got called by the help desk"). The
// vocabulary reads the passive forms ("was called by", "got called by") as calls; right after a meeting, or a word
// standing for one ("it was called by the CFO"), they name its host instead.
import type { Concept } from './concepts';
import type { Item } from './analyzer';
import { surfaceOf } from './items';

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

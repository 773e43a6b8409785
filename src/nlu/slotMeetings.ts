// "the 10am sync", "our sync": a meeting said by its time slot. "sync" is a verb and a noun of other things too
// ("contacts don't sync", "Notes from UC sync"), so the vocabulary cannot name it a conference alone (it names "weekly
// sync"): here, right after a clock time or a determiner that makes it a noun of ours, it becomes the conference
// mention every other rule reads.
import type { Item, Mention } from './analyzer';
import { parseConcept, type Concept } from './concepts';
import { surfaceOf } from './items';

const CONFERENCE = 'callType.conference';
const CONFERENCE_CONCEPT = parseConcept(CONFERENCE) as Concept;

/** Meeting nouns that are verbs or other nouns elsewhere, as keys. */
const SLOT_MEETINGS: ReadonlySet<string> = new Set(['sync']);
/** Words that make the next one a meeting we hold. */
const BEFORE_A_SLOT: ReadonlySet<string> = new Set(['the', 'our', 'my', 'his', 'her', 'their', 'morning', 'afternoon', 'team']);
/** A clock time ("10am", "9:30", "14:00"). */
const CLOCK = /^\d{1,2}(?::\d\d)?(?:am|pm)?$/;

const startsSlot = (item: Item | undefined): boolean => {
  const surface = surfaceOf(item) ?? '';
  return BEFORE_A_SLOT.has(surface) || (item?.kind === 'word' && CLOCK.test(surface) && /\D/.test(surface));
};

/** The items with each meeting said by its slot made a conference mention (see the file's comment). */
export function withSlotMeetings(items: readonly Item[]): Item[] {
  return items.map((item, index) => {
    if (item.kind !== 'word' || !SLOT_MEETINGS.has(item.key) || !startsSlot(items[index - 1])) return item;
    const mention: Mention = { kind: 'mention', id: CONFERENCE, concept: CONFERENCE_CONCEPT, surface: item.key, head: item.key };
    return mention;
  });
}

// "a meeting which is scheduled from a user who is homed Online", "the call organized from my manager": in
// non-native English "from" after a hosting verb often says who hosts, as "by" does. Read as an origin it was no one's
// (the organizer was asked back). Only before a person: "scheduled from home", "set up from the office" say where the
// host was, and stay places.
import type { Concept } from './concepts';
import type { Item } from './analyzer';
import { isFiller, isMarker, kindOf, nextIndex, surfaceOf } from './items';

/** Whether `item` names a person: a person word ("a user", "my manager") or a name ("Ahmed"). */
const isPerson = (item: Item | undefined): boolean => kindOf(item) === 'party' || (item?.kind === 'word' && item.name === true);

/** The items with each hosting verb and a "from" before a person read as one host's marker (`hostMarker`, "hosted by"). */
export function hostedFrom(items: Item[], hostMarker: { id: string; concept: Concept }): Item[] {
  if (!items.some((item) => isMarker(item, 'hosted'))) return items;
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'mention' && isMarker(item, 'hosted') && surfaceOf(items[i + 1]) === 'from' && isPerson(items[nextIndex(items, i + 1, isFiller)])) {
      out.push({ ...item, id: hostMarker.id, concept: hostMarker.concept, surface: `${item.surface} from`, head: 'from' });
      i += 1;
      continue;
    }
    out.push(item);
  }
  return out;
}

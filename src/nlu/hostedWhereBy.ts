// "a meeting hosted online by his manager", "organised on-prem by our CFO": where a meeting is hosted, said between the
// hosting verb and "by" its host, is the host's meeting's. With the homing between them "hosted by" was no host's
// marker: the homing was nobody's (the organizer was asked back, and with a name as host the user's own facts were
// lost), while "hosted by his manager online" was read. Read as that order: the verb and "by" one host's marker
// (`hostMarker`, as hostedFrom.ts makes "scheduled from"), the homing after the host.
import type { Concept } from './concepts';
import type { Item } from './analyzer';
import { isFiller, isMarker, kindOf, nextIndex, surfaceOf } from './items';

/** Whether `item` names a person: a person word ("a user", "my manager") or a name ("Ken"). */
const isPerson = (item: Item | undefined): boolean => kindOf(item) === 'party' || (item?.kind === 'word' && item.name === true);

/** The items with each "<hosting verb> <homing> by <host>" as "<hosting verb> by> <host> <homing>". */
export function hostedWhereBy(items: Item[], hostMarker: { id: string; concept: Concept }): Item[] {
  const out = [...items];
  for (let i = 0; i + 3 < out.length; i++) {
    const verb = out[i];
    if (verb.kind !== 'mention' || !isMarker(verb, 'hosted') || kindOf(out[i + 1]) !== 'homed' || surfaceOf(out[i + 2]) !== 'by') continue;
    const host = nextIndex(out, i + 2, isFiller);
    if (!isPerson(out[host])) continue;
    const homing = out[i + 1];
    out.splice(host + 1, 0, homing);
    out.splice(i, 3, { ...verb, id: hostMarker.id, concept: hostMarker.concept, surface: `${verb.surface} by`, head: 'by' });
  }
  return out;
}

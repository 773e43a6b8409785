// "they moved me up to Skype Online last spring", "IT migrated Tom over to SfB Online": moving someone's account to
// the product is where that account is homed now. Read as the product's name only (a hint of the deployment), the
// writer's homing was left to an older clause ("my account used to live on the old Lync pool", tr-en-5) or to
// nobody. "moved me to Online" was already read so; this is the same with the product named. English only.
import type { Item } from './analyzer';
import type { Concept } from './concepts';
import { isNameWord, kindOf, surfaceOf } from './items';

/** Keys of moving an account ("moved", "migrated"). */
const MOVING: ReadonlySet<string> = new Set(['move', 'migrat']);
/** Words between the one moved and "to" ("moved me up to", "migrated us over to"). */
const ALONG: ReadonlySet<string> = new Set(['up', 'over', 'across']);

/** Whether the item is someone whose account is moved: "me", "us", a person word or a name. */
const movable = (item: Item | undefined): boolean => isNameWord(item) || kindOf(item) === 'party';

/**
 * The items with each product named after "<moved> <someone> (up|over)? to" read as that someone's homing
 * (`online`: the concept "homed Online").
 */
export function withMovedAccounts(items: Item[], online: { id: string; concept: Concept }): Item[] {
  let out: Item[] | undefined;
  items.forEach((item, index) => {
    if (item.kind !== 'mention' || item.concept.kind !== 'deploymentHint' || item.concept.value !== 'online') return;
    let k = index - 1;
    if (surfaceOf(items[k]) !== 'to') return;
    k -= 1;
    if (ALONG.has(surfaceOf(items[k]) ?? '')) k -= 1;
    if (!movable(items[k])) return;
    const verb = items[k - 1];
    if (verb?.kind !== 'word' || !MOVING.has(verb.key)) return;
    out ??= [...items];
    out[index] = { ...item, id: online.id, concept: online.concept };
  });
  return out ?? items;
}

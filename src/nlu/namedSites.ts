// "User at Tampines office calls a colleague also at Tampines": a name written before one of our rooms ("the Tampines
// office", "the Leeds branch") names that site of ours, so the name alone after "at" is the same site ("at Tampines").
// Read as nobody's place, the colleague's place was asked back. Only after "at" (a site): "in Leeds" may be anywhere
// in the city, home included. English only.
import type { Item } from './analyzer';
import { surfaceOf } from './items';

/** Whether `item` is one of our rooms, not a network ("the Tampines office", not "the Leeds LAN"). */
const isOurRoom = (item: Item): item is Extract<Item, { kind: 'mention' }> =>
  item.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'customerNetwork' && item.concept.connection !== true;

/** Words a room's phrase may open with that name no site ("at the office", "our branch"). */
const LEADING = /^(?:at|in|on|from|the|our|my|his|her|their)$/;

/** The items with each site name said alone after "at" read as that site (a mention of the room it was written with). */
export function withNamedSites(items: Item[]): Item[] {
  const sites = new Map<string, Extract<Item, { kind: 'mention' }>>();
  for (const item of items) {
    // "Tampines office": the analyzer joins a name and the room after it into one mention, written with both words.
    if (!isOurRoom(item)) continue;
    const [first, ...rest] = item.surface.split(' ');
    if (rest.length > 0 && first !== undefined && !LEADING.test(first)) sites.set(first, item);
  }
  if (sites.size === 0) return items;
  return items.map((item, index) => {
    if (item.kind !== 'word' || item.name !== true || surfaceOf(items[index - 1]) !== 'at') return item;
    const room = sites.get(item.key);
    return room === undefined ? item : { ...room, surface: `at ${item.key}`, head: item.key };
  });
}

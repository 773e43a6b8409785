// 「櫃台在館內網路撥客人手機」: a building's own network said from inside it is ours when its staff say it (a hotel's
// front desk, a station's dispatchers). Said after a lodging the writer stays at (「我出差住飯店，連的是館內網路」), it
// is the guests' network there: the hotel's, the Internet, as the lodging already says. Read as ours, the two places
// disagreed and the advisor asked where the writer was. The words are classes (locales/vocabulary/classes.*.json).
import type { Item } from './analyzer';
import { writesClassWord } from './wordClasses';

const isPlaceMention = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'place';

/** Whether the item is a building's own network said after a lodging somewhere before it in the text. */
function guestsNetwork(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (!isPlaceMention(item) || item.kind !== 'mention' || !writesClassWord(item.surface, 'buildingNetwork')) return false;
  return items.slice(0, index).some((before) => isPlaceMention(before) && before.kind === 'mention' && writesClassWord(before.surface, 'lodging'));
}

/** The items without a building's network said by a guest: the lodging before it says the place. */
export function withoutGuestNetworks(items: Item[]): Item[] {
  if (!items.some((_, index) => guestsNetwork(items, index))) return items;
  return items.filter((_, index) => !guestsNetwork(items, index));
}

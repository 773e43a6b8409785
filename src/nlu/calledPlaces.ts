// "calls the box office landline", "rang the front desk number", "dials the site office line": a room of ours right
// before the phone line called says whose line it is, not where anyone is. Read as a place, it put the caller, of whom
// nothing else was said, on our network: a vague question answered (dev46). The room becomes the one called, as a
// place before a person noun does in a what-if (placeNamedPeople.ts). English only: a Chinese place before a phone
// ("在辦公室打市話") is where the caller is.
import type { Item } from './analyzer';
import { GENERIC_PERSON, readAs } from './concepts';
import { beforeTitle, kindOf } from './items';
import { isModifierPlace } from './placeNamedPeople';

/**
 * A phone line called as a PSTN word ("landline", "office number"); not one said with its owner's "'s" ("the Recife
 * office's landline"), whose room is already read as the one called.
 */
const isPhoneLine = (item: Item | undefined): boolean =>
  item?.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'pstn' && !item.surface.startsWith("'s");

/** The items with each room before the line called read as the one called (see the file's comment). */
export function withCalledPlaces(items: readonly Item[]): Item[] {
  const out = [...items];
  items.forEach((item, index) => {
    if (item.kind !== 'mention' || !isPhoneLine(items[index + 1]) || !isModifierPlace(items, index)) return;
    // "calls the box office landline": the call word past the words that describe the room.
    if (kindOf(items[beforeTitle(items, index)]) === 'call') out[index] = readAs(item, GENERIC_PERSON);
  });
  return out;
}

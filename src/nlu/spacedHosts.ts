// "行政經理 發的線上會議", "會議由 副總 發起": a space written around a person word, inside the words that say who
// hosts, is no pause. Read as one it cut the host off the hosting verb (or "由" off the host), and the organizer was
// asked back although the message said it. Only a space between Chinese runs (text.ts spaceBetweenHan), and only
// between the person and the hosting verb or the meeting named by its host, or between "由" and a person a hosting
// verb follows: a space that is a pause elsewhere ("我在家 沒連 VPN") stays one.
import type { Item } from './analyzer';
import { isMarker, kindOf } from './items';

const isSpace = (item: Item | undefined): boolean => item?.kind === 'break' && item.spaced === true;
const isPerson = (item: Item | undefined): boolean => kindOf(item) === 'party' || (item?.kind === 'word' && item.name === true);
const isHosting = (item: Item | undefined): boolean => isMarker(item, 'hosted') || kindOf(item) === 'hostedMeeting';

/** Whether the space at `index` is inside "X 開的會" or "由 X 發起" ("由 X發起" too). */
function insideHosting(items: readonly Item[], index: number): boolean {
  if (!isSpace(items[index])) return false;
  if (isPerson(items[index - 1]) && isHosting(items[index + 1])) return true;
  if (!isMarker(items[index - 1], 'by') || !isPerson(items[index + 1])) return false;
  const after = isSpace(items[index + 2]) ? index + 3 : index + 2;
  return isHosting(items[after]);
}

/** The items without the spaces that cut a host off their hosting. */
export function withoutSpacedHosts(items: Item[]): Item[] {
  if (!items.some(isSpace)) return items;
  return items.filter((_, index) => !insideHosting(items, index));
}

// Place words that do not say which network someone is on: being away or on the move without saying how they connect
// ("I'm on the road", "on the move", 「我人在路上」), and a building said only as another
// one or by its letter ("the other building", 「在另一棟」「我在 B 棟」), which may or may not be on our network. Such a
// word still tells who is spoken of (it stays a mention for every reading of people), but it gives no place: where
// that person is for the call is asked. Said with how they connect ("on the road on 4G", 「出差住飯店」,
// 「B 棟實驗室（公司內網）」, "building C, wired") the other word places them, and a building named as ours or by a
// room in it ("Building C", 「B 棟實驗室」) stays ours.
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, kindOf, surfaceOf } from './items';

/**
 * Place phrases (as matched: English lower-cased, Chinese as written) that say only that someone is away or moving.
 * Not "travelling" or 「出差」 alone: writers take a traveller for someone on the Internet as often as not.
 */
const MOVING: ReadonlySet<string> = new Set([
  'on the road', 'on the move',
  '旅途中', '在路上', '路上', '於路上',
]);

/** Chinese buildings said only as another one ("另一棟", "對面那棟"). */
const OTHER_BUILDINGS: ReadonlySet<string> = new Set(['另一棟', '別棟', '其他棟', '另外一棟', '對面那棟']);

/** A building named by a letter or a number alone ("b棟", "3棟"), as the place frames read it. */
const LETTERED_BUILDING = /^[a-z0-9]{1,3}棟$/;

/** Words right before "building" that make it another one than the writer's ("another", "the other", "other"). */
const OTHER_BEFORE = /^(?:another|other|the other)$/;

/** Whether the place at `index` is a building said only as another one or by its letter. */
function otherBuilding(items: readonly Item[], index: number): boolean {
  const surface = surfaceOf(items[index]) ?? '';
  if (OTHER_BUILDINGS.has(surface) || LETTERED_BUILDING.test(surface)) return true;
  return surface === 'building' && OTHER_BEFORE.test(surfaceOf(items[index - 1]) ?? '');
}

/** Words that say how or where someone connects: a place, a network, a VPN. */
const CONNECTS: ReadonlySet<string | undefined> = new Set(['place', 'network', 'vpn']);

/** Whether the clause of the word at `index` says how that one connects with another word ("出差住飯店", "on the road on 4G"). */
function connectsInClause(items: readonly Item[], index: number): boolean {
  for (let k = clauseStart(items, index); k < clauseEnd(items, index); k++) if (k !== index && CONNECTS.has(kindOf(items[k]))) return true;
  return false;
}

/** The indexes of the place words that give no place (see above). */
export function placesUnsaid(items: readonly Item[]): ReadonlySet<number> {
  const out = new Set<number>();
  items.forEach((item, index) => {
    if (kindOf(item) !== 'place') return;
    if ((MOVING.has(surfaceOf(item) ?? '') && !connectsInClause(items, index)) || otherBuilding(items, index)) out.add(index);
  });
  return out;
}

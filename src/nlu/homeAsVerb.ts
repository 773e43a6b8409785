// "user 都 home 在 cloud", "帳號 home 在地端", "我 home 在 Online，對方 home 在 on-prem": Chinese writers use the English
// "home" for "homed", right before 在 and where an account lives (the 在 may be read as part of it: "在 on prem"). It
// says no place: read as "at home" it gave the writer a place at home and cut the homing off the person before it.
import type { Item } from './analyzer';
import { kindOf, surfaceOf } from './items';

/** Whether the item at `index` is "home" written for "homed" (see above). */
function homeAsVerb(items: readonly Item[], index: number): boolean {
  if (surfaceOf(items[index]) !== 'home') return false;
  const next = items[index + 1];
  return (surfaceOf(next) === '在' && kindOf(items[index + 2]) === 'homed') || (kindOf(next) === 'homed' && (surfaceOf(next) ?? '').startsWith('在'));
}

/** The items without the "home" written for "homed". */
export function withoutHomeAsVerb(items: Item[]): Item[] {
  return items.some((_, index) => homeAsVerb(items, index)) ? items.filter((_, index) => !homeAsVerb(items, index)) : items;
}

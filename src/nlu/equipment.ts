/**
 * Network equipment and the work done on it. "We replaced the hotel wifi access points at the warehouse": "hotel wifi"
 * there names the access points and the warehouse is where the work was done; read as places, the writer was put on
 * the Internet (a wrong answer). English only: the Chinese lane reads its own words for machines (machines.ts).
 */
import type { Item } from './analyzer';
import { endsClause, kindOf, surfaceOf } from './items';
import { LOCATIVE, afterPreposition } from './placeWords';

/** Stemmed first words of equipment nouns ("access" of "access points", "router", "switches"). */
const EQUIPMENT: ReadonlySet<string> = new Set(['access', 'ap', 'aps', 'router', 'switch', 'cabl', 'hardwar', 'equip', 'repeat', 'extend', 'antenna']);
/** Stemmed verbs of work on equipment ("replaced", "swapped", "rebooted"); "installed" is a mention of its own. */
const WORK_VERBS: ReadonlySet<string> = new Set(['replac', 'upgrad', 'swap', 'reboot', 'fix', 'reconfigur', 'installed', 'install', 'installing']);

const isEquipment = (item: Item | undefined): boolean => item?.kind === 'word' && EQUIPMENT.has(item.key);

/**
 * Whether the place at `index` names a piece of equipment ("the guest wifi router", not "on the guest wifi router")
 * or is where work on equipment was done ("replaced the access points at the warehouse"). A person between the work
 * and the place says where that person is ("we swapped the switches and I'm in the office").
 */
export function equipmentPlace(items: readonly Item[], index: number): boolean {
  const surface = surfaceOf(items[index]) ?? '';
  if (!/^[a-z]/.test(surface)) return false;
  if (isEquipment(items[index + 1]) && !LOCATIVE.test(surface) && !afterPreposition(items, index)) return true;
  let equipment = false;
  for (let k = index - 1; k >= 0 && !endsClause(items[k]); k--) {
    if (kindOf(items[k]) === 'party') return false;
    if (isEquipment(items[k])) equipment = true;
    else if (equipment && WORK_VERBS.has(surfaceOf(items[k]) ?? '')) return true;
  }
  return false;
}

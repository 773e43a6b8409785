// "I used to be on the on-prem pool", "my account used to live on the old Lync pool": "used to" puts what the clause
// says after it in the past, so it says nothing of where someone is homed now (reading it as now answered with the
// homing the writer had left: "... used to live on the old Lync pool, but they moved me up to Skype Online").
import type { Item } from './analyzer';
import { clauseStart, kindOf, surfaceOf } from './items';

/** Words that bring what follows back to now ("used to be on-prem, now Online", "used to and still is"). */
const NOW_WORDS: ReadonlySet<string> = new Set(['now', 'still', 'currently', 'today']);

/** Whether "used to" opens the part of the clause that says the homing at `index`. */
export function homingOfThePast(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'homed') return false;
  for (let k = index - 1; k >= clauseStart(items, index); k--) {
    const surface = surfaceOf(items[k]) ?? '';
    if (NOW_WORDS.has(surface)) return false;
    if (surface === 'to' && surfaceOf(items[k - 1]) === 'used') return true;
  }
  return false;
}

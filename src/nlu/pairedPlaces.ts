// 「導演跟編劇都在公司裡」「品管和釀酒師都在廠裡」: 都 right before a place, after two people joined by 跟/和/與 in the
// same clause, says where both are. The lexicon reads only its own few phrases so (「都在公司」「都在辦公室」, a
// sharedPlace); any other place word after 都 (「在公司裡」「廠內」「在臺裡」, a place read from its frame) stayed the
// place of one side, and when the two people were words the vocabulary does not know (most trades), the other
// party's place was asked. The joined place is read as the lexicon's phrase would be: the same sharedPlace.
import type { Item, Mention } from './analyzer';
import type { Concept } from './concepts';
import { isFiller, kindOf, surfaceOf } from './items';

/** "Both" said of the two people before it (全都, all of them, is a group, not a pair). */
const BOTH = '都';
/** What joins two people ("導演跟編劇"). */
const PAIRING: ReadonlySet<string> = new Set(['跟', '和', '與']);
/** The locative a place word may leave apart from itself ("都|在|廠裡"). */
const AT = '在';
/** How far back the pair may be joined: two people of a few words each, and a homing and the body word between. */
const PAIR_REACH = 12;
/** What may stand between the pair and 都: more words for the people, fillers, a count ("兩個"). */
const SAID_OF_PAIR: ReadonlySet<string> = new Set(['party', 'filler', 'number']);
/** What the clause before may have said of the pair: their homing ("帳號都是地端的"). */
const SAID_BEFORE: ReadonlySet<string> = new Set(['homed', 'marker']);

/** The index of the place 都 at `index` is said of (past a 在 left apart), else -1. */
function placeAfter(items: readonly Item[], index: number): number {
  let next = index + 1;
  if (isFiller(items[next]) && surfaceOf(items[next]) === AT) next++;
  const item = items[next];
  if (item?.kind !== 'mention' || item.concept.kind !== 'place') return -1;
  return item.concept.value === 'customerNetwork' || item.concept.value === 'internet' ? next : -1;
}

/** The body word that opens a clause going on about the people before it ("人也都在廠內"). */
const BODY = '人';

/** Whether only the body word and fillers stand between `start` and `end` (both excluded). */
function bodyOnly(items: readonly Item[], start: number, end: number): boolean {
  return items.slice(start + 1, end).every((item) => isFiller(item) || (kindOf(item) === 'party' && surfaceOf(item) === BODY));
}

/**
 * Whether two people joined by a pairing word come right before `index`, in its clause, with a word before the join;
 * or in the clause before, when this one only goes on with the body of the same people (「課長跟領班兩個都在地端
 * pool，人也都在廠內」: what that clause said of them, a homing, stands between).
 */
function pairBefore(items: readonly Item[], index: number): boolean {
  let crossed = false;
  for (let i = index - 1; i > 0 && i >= index - PAIR_REACH; i--) {
    const item = items[i];
    if (item.kind === 'break') {
      if (crossed || item.strong || item.paren !== undefined || !bodyOnly(items, i, index)) return false;
      crossed = true;
      continue;
    }
    if (PAIRING.has(surfaceOf(item) ?? '')) return i < index - 1 && items[i - 1].kind !== 'break';
    // A place, a call or a homing between says something else of the people ("我跟他打電話都在公司").
    const kind = kindOf(item);
    if (kind !== undefined && !SAID_OF_PAIR.has(kind) && !(crossed && SAID_BEFORE.has(kind))) return false;
  }
  return false;
}

/** The items with 都 and the place after it, said of a pair, joined into one place shared by both. */
export function withPairedPlaces(items: Item[], sharedPlace: (value: 'customerNetwork' | 'internet') => { id: string; concept: Concept }): Item[] {
  // Cheap guard: a text without 都 has nothing to join.
  if (!items.some((item) => kindOf(item) === 'marker' && surfaceOf(item) === BOTH)) return items;
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const place = kindOf(item) === 'marker' && surfaceOf(item) === BOTH ? placeAfter(items, i) : -1;
    if (place < 0 || !pairBefore(items, i)) {
      out.push(item);
      continue;
    }
    const said = items[place] as Mention;
    const { id, concept } = sharedPlace(said.concept.kind === 'place' && said.concept.value === 'internet' ? 'internet' : 'customerNetwork');
    out.push({ kind: 'mention', id, concept, surface: items.slice(i, place + 1).map(surfaceOf).join(''), head: said.head });
    i = place;
  }
  return out;
}

// "in the client's boardroom", "at the vendor's lab", "at my mum's office": a room of ours by its word, owned by
// someone outside the organization (another company's people, family, friends), is their place, not our network.
// Read as the room alone it put the writer on our network: a wrong answer. The owner, its "'s" and the room become
// one place on the Internet, as "supplier's plant" already is in the vocabulary.
// A room named by the staff who work in it ("from the admin office", "at the cashier desk": a role word of ours right
// before the room) is that one room of ours: read as a person, the role took the room as its own place and the writer
// who "joined from the admin office" was placed nowhere, or made the other party. So is a room of a trade's house
// ("the palm house office", "the pump house desk"): "house" after a word that names it, right before a room of ours,
// is a building of ours, not a home on the Internet.
import type { Item, Mention } from './analyzer';
import { parseConcept, type Concept } from './concepts';
import { surfaceOf } from './items';
import { isFunctionWord } from './english';
import { HAN } from './text';
import { LOCATIVE } from './placeWords';
import { describesHost } from './ownership';
import { OUTSIDERS } from './people';
import { classWords } from './wordClasses';

const INTERNET = 'place.internet';
const INTERNET_CONCEPT = parseConcept(INTERNET) as Concept;

/** Outsiders with no room of their own here: a law firm's "partner" is its own, a "guest" is in someone else's. */
const NO_ROOMS_OF_THEIR_OWN: ReadonlySet<string> = new Set(['partner', 'guest']);

const isOurRoom = (item: Item | undefined): item is Mention =>
  item?.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'customerNetwork' && !/\bour\b/.test(item.surface);
/** A room of ours by its word, unless it describes the server after it ("the client's in-house Lync" is their server). */
const isRoomAt = (items: readonly Item[], index: number): boolean => isOurRoom(items[index]) && !describesHost(items, index);

/**
 * Words of our place that say where someone is rather than name a room ("the engineer onsite", "the nurse down the
 * hall", "the admin inside"): after a role word they place the person, so the role stays a person.
 */
const NOT_A_ROOM = /^(?:inside|within|behind|internal|in-house|on-|onsite|office-based|downstairs|upstairs|down |outside|right |just |next |same |another |two |a few |is |are |sits |hot-|hot desk|lan$|wan$|intranet$|your |customer )/;

/** A room of ours named by its word right after what names it: no preposition before it, no word that only places. */
const namesRoomAt = (items: readonly Item[], index: number): boolean => isRoomAt(items, index) && !LOCATIVE.test((items[index] as Mention).surface) && !NOT_A_ROOM.test((items[index] as Mention).surface);

/** "the admin" + "office": a role word of ours (English), no owner's "'s", right before a room of ours by its word. */
function staffRoom(items: readonly Item[], index: number, family: ReadonlySet<number>): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'party' || item.concept.role !== 'generic' || item.surface.endsWith("'s") || HAN.test(item.surface)) return false;
  // "the client's admin office" is the client's room: the owner before the role decides, as for any room.
  if (/'s?$/.test(surfaceOf(items[index - 1]) ?? '')) return false;
  return namesRoomAt(items, index + 1) && !outsider(item, index, family);
}

/** "fern" + "house" + "office": "house" (a home by its word) after a plain word, right before a room of ours by its word. */
function housesRoom(items: readonly Item[], index: number): boolean {
  const item = items[index];
  const before = items[index - 1];
  if (item.kind !== 'mention' || item.surface !== 'house' || before?.kind !== 'word' || before.script !== 'latin' || before.name === true || isFunctionWord(before.key)) return false;
  return namesRoomAt(items, index + 1);
}

/** Whether the item before a possessive names an owner outside the organization. */
function outsider(item: Item | undefined, index: number, family: ReadonlySet<number>): boolean {
  if (family.has(index)) return true;
  if (item?.kind !== 'mention') return false;
  const { concept } = item;
  if (concept.kind === 'company') return true;
  // "at the customer's" is already a place of theirs: the room after it is in it.
  if (concept.kind === 'place' && concept.value === 'internet' && item.surface.endsWith("'s")) return true;
  // Another company's people by their role word ("the client", "our vendors"), read by the word's head.
  return concept.kind === 'party' && concept.role === 'generic' && OUTSIDERS.has(item.head) && !NO_ROOMS_OF_THEIR_OWN.has(item.head);
}

/** Words that say whose a network is, as ours: "inside our firewall" is our network. */
const OUR_OWNERS: ReadonlySet<string> = new Set(['our', 'my', 'the company', 'the corporate', 'corporate']);
/** How many items after "inside" its network may come ("inside the customer's guest network"). */
const INSIDE_REACH = 5;

/** Whether the item at `k` names a network or its firewall ("network", "LAN", "firewall"). */
const namesNetwork = (items: readonly Item[], k: number, networks: ReadonlySet<number>): boolean =>
  networks.has(k) || (items[k]?.kind === 'mention' && (items[k] as Mention).concept.kind === 'cue' && surfaceOf(items[k]) === 'firewall');

/** Whether anyone or anything outside the organization is named before `index` (what "their" may stand for). */
function outsiderBefore(items: readonly Item[], index: number, family: ReadonlySet<number>): boolean {
  for (let k = 0; k < index; k++) {
    const item = items[k];
    if (outsider(item, k, family) || (item.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'internet' && /customer|client|vendor|supplier|partner/.test(item.surface))) return true;
  }
  return false;
}

/**
 * "inside the targets' network", "inside the client's LAN", "at a customer, inside their firewall": "inside" read
 * alone is our network, but a network owned by someone outside the organization is theirs: for one of ours there,
 * the Internet, as their rooms are. "inside our firewall" stays ours.
 */
function insideOthers(items: readonly Item[], index: number, family: ReadonlySet<number>): boolean {
  const item = items[index];
  if (!isOurRoom(item) || item.surface !== 'inside') return false;
  const networks = classWords(items, 'network');
  let owned = false;
  for (let k = index + 1; k < items.length && k <= index + INSIDE_REACH; k++) {
    const surface = surfaceOf(items[k]) ?? '';
    if (OUR_OWNERS.has(surface)) return false;
    if (surface === 'their') owned = outsiderBefore(items, index, family);
    else if (surface === "'s" || surface === "'") owned = !OUR_OWNERS.has(surfaceOf(items[k - 1]) ?? '');
    if (namesNetwork(items, k, networks)) return owned;
    if (items[k].kind === 'break') return false;
  }
  return false;
}

/**
 * The items with each outsider's room made one place on the Internet, and each room named by its staff one room of
 * ours (see the file's comment). A message with none
 * (most) is returned as it is, the same list: the stages after it read the word classes of the list they are given,
 * and a copy would have them found again.
 */
export function othersRooms(items: readonly Item[]): readonly Item[] {
  if (!items.some(isOurRoom)) return items;
  const family = classWords(items, 'outsider');
  const out: Item[] = [];
  let changed = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    // English only: Chinese rooms of others are read where they are matched (roomOwners.ts, placeFrames.ts).
    const owned = surfaceOf(item) === "'s" && item.kind === 'mention';
    if (insideOthers(items, i, family)) {
      out.push({ ...(item as Mention), id: INTERNET, concept: INTERNET_CONCEPT });
      changed = true;
      continue;
    }
    const possessiveOwner = owned && outsider(items[i - 1], i - 1, family) && isRoomAt(items, i + 1);
    // "at the customer 's" + "warehouse": the owner mention carries its own "'s".
    const joinedOwner = !owned && item.kind === 'mention' && item.surface.endsWith("'s") && outsider(item, i, family) && isRoomAt(items, i + 1);
    if (staffRoom(items, i, family) || housesRoom(items, i)) {
      const theRoom = items[i + 1] as Mention;
      out.push({ ...theRoom, surface: `${item.kind === 'mention' ? item.surface : ''} ${theRoom.surface}` });
      changed = true;
      i += 1;
      continue;
    }
    if (!possessiveOwner && !joinedOwner) {
      out.push(item);
      continue;
    }
    // Either way the room is the next item.
    const theRoom = items[i + 1] as Mention;
    const owner = possessiveOwner ? (out.pop() as Item) : item;
    const ownerText = owner.kind === 'mention' ? owner.surface : owner.kind === 'word' ? owner.key : '';
    const surface = `${ownerText}${possessiveOwner ? " 's" : ''} ${theRoom.surface}`;
    out.push({ kind: 'mention', id: INTERNET, concept: INTERNET_CONCEPT, surface, head: theRoom.head });
    changed = true;
    i += 1;
  }
  return changed ? out : items;
}

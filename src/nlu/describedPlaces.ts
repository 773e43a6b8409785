// A place described: said to be for a group ("the guest wifi is for visitors, I'm on the corporate SSID", "the guest
// network is meant for guests", 「訪客 wifi 是給來賓用的」) or where something is ("the office is where the CCE box
// lives", 「辦公室是放 CCE 設備的地方」), or said again as what its clause tells about ("… on the guest Wi-Fi. The guest
// Wi-Fi goes straight out to the internet"). The sentence describes the place, not where anyone is. The group a place
// or anything else is for is nobody in the call (read as a person, the visitors took the user's part and the writer
// became the other party).
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, isFiller, isMarker, kindOf, nextIndex, surfaceOf } from './items';
import { statementOf } from './statements';

/** Words between the copula and "for" that keep the sense ("is meant for", "is reserved for", "is only for"), as keys. */
const SERVING_EN: ReadonlySet<string> = new Set(['meant', 'reserv', 'reserved', 'intend', 'intended', 'onli', 'only', 'just', 'strictli', 'strictly', 'purely', 'pure']);
/** Chinese words that open whom a place is for ("是給來賓用的", "提供給訪客用"). */
const FOR_ZH: ReadonlySet<string> = new Set(['給', '專給', '提供給', '只給', '讓']);
/** Chinese verbs of use after the group ("給來賓用", "給訪客使用", "讓客人上網"). */
const USE_ZH: ReadonlySet<string> = new Set(['用', '使用', '上網', '連', '專用']);

/**
 * The index of the group that what stands before `copula` is said to be for ("is for visitors", "is meant for guests",
 * "是給來賓用的"), or -1. English groups are plural ("for my boss" may be whom a question is asked for).
 */
function servedGroup(items: readonly Item[], copula: number): number {
  if (!isMarker(items[copula], 'copula')) return -1;
  const skip = (x: Item) => isFiller(x) || (x.kind === 'word' && SERVING_EN.has(x.key));
  const k = nextIndex(items, copula, skip);
  const word = surfaceOf(items[k]) ?? '';
  if (word !== 'for' && !FOR_ZH.has(word)) return -1;
  const group = nextIndex(items, k, isFiller);
  const said = surfaceOf(items[group]) ?? '';
  if (!(kindOf(items[group]) === 'party' || items[group]?.kind === 'word')) return -1;
  // 「是給來賓用的」: a Chinese group is followed by what they do with it.
  return word === 'for' ? (said.endsWith('s') ? group : -1) : USE_ZH.has(surfaceOf(items[group + 1]) ?? '') ? group : -1;
}

/**
 * "the office is where the CCE box lives", 「辦公室是放 CCE 設備的地方」: a place said to be where something is, said
 * of no one ("HQ is where I am" still places the writer).
 */
function saysWhatIsThere(items: readonly Item[], copula: number): boolean {
  if (!isMarker(items[copula], 'copula')) return false;
  const clause = items.slice(copula + 1, clauseEnd(items, copula + 1));
  if (clause.some((item) => kindOf(item) === 'party')) return false;
  return surfaceOf(items[nextIndex(items, copula, isFiller)]) === 'where' || /的地方$/.test(clause.map((item) => surfaceOf(item) ?? '').join(''));
}

const isPlace = (item: Item | undefined): boolean => item?.kind === 'mention' && statementOf(item.concept)?.kind === 'place';

/** An English place: a Chinese place opening its clause is where its clause's subject is ("公司網路…"). */
const LATIN = /^[a-z]/;
/** Words that open a place said as a preposition's object ("in the office", "at HQ"): someone is there. */
const PREPOSITION = /^(?:at|in|on|from|to|into|onto|off)\s/;

/** Concepts a verb is read as ("goes", "is", "isn't"). */
const VERB_KINDS: ReadonlySet<string> = new Set(['cue', 'marker', 'negation']);
/** Words that point back at a thing said before ("the guest Wi-Fi", "that network"). */
const POINTING_BACK: ReadonlySet<string> = new Set(['the', 'that', 'this']);

/**
 * "… calling someone on the guest Wi-Fi. The guest Wi-Fi goes straight out to the internet": a place said again in
 * the same words, as the subject of its clause ("the", "that" or "this" opening it, something other than a place
 * after it), is what that clause tells about; it places nobody (read as the writer's, the visitor's network became
 * the writer's). "HQ LAN", "in the Cardiff branch" are not subjects.
 */
function placeRetold(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || !isPlace(item) || !LATIN.test(item.surface) || PREPOSITION.test(item.surface)) return false;
  const start = clauseStart(items, index);
  if (index - 1 !== start || !POINTING_BACK.has(surfaceOf(items[start]) ?? '')) return false;
  // A verb after it, not a noun it names the kind of ("the hotel firewall blocks …" is about the firewall).
  const after = items[nextIndex(items, index, isFiller)];
  if (!(after?.kind === 'word' && after.name !== true) && !VERB_KINDS.has(kindOf(after) ?? '')) return false;
  return items.slice(0, start).some((earlier) => earlier.kind === 'mention' && earlier.surface === item.surface);
}

/** Words that stand for the thing said just before ("… goes out to the internet, it's not on our LAN"), as keys. */
const THING_WORDS: ReadonlySet<string> = new Set(['it', 'that', 'which']);

/**
 * Whether the clause of `index` tells about a place retold (see placeRetold): it opens with that place, or with "it"
 * right after a clause that does ("The guest Wi-Fi goes straight out to the internet, it's not on our LAN").
 */
function aboutRetoldPlace(items: readonly Item[], index: number): boolean {
  const start = clauseStart(items, index);
  const opening = nextIndex(items, start - 1, isFiller);
  if (opening < index && placeRetold(items, opening)) return true;
  const word = items[opening];
  if (word?.kind !== 'word' || !THING_WORDS.has(word.key) || start === 0) return false;
  const before = clauseStart(items, start - 1);
  const previous = nextIndex(items, before - 1, isFiller);
  return previous < start - 1 && placeRetold(items, previous);
}

/**
 * Whether the place at `index` is only described: said to be for a group, or where something is, or retold as what
 * its clause is about, or said of such a place ("the guest Wi-Fi … is not on our LAN").
 */
export function describesPlace(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || !isPlace(item)) return false;
  const copula = nextIndex(items, index, isFiller);
  return servedGroup(items, copula) >= 0 || saysWhatIsThere(items, copula) || placeRetold(items, index) || aboutRetoldPlace(items, index);
}

/**
 * The index of the group a telephony product at `index` is said to serve ("Phone System for Online users", "Enterprise
 * Voice for the on-prem users"), past where they are homed, or -1: how the deployment is set up, nobody in the call.
 */
function groupServedByProduct(items: readonly Item[], index: number): number {
  if (kindOf(items[index]) !== 'telephony' || surfaceOf(items[index + 1]) !== 'for') return -1;
  const group = nextIndex(items, index + 1, (x) => isFiller(x) || kindOf(x) === 'homed');
  return kindOf(items[group]) === 'party' && (surfaceOf(items[group]) ?? '').endsWith('s') ? group : -1;
}

/**
 * The groups anything is said to be for ("the guest wifi is for visitors", "the meeting is for visitors", "Phone
 * System for Online users"), by index: nobody in the call.
 */
export function servedGroups(items: readonly Item[]): Set<number> {
  const groups = new Set<number>();
  items.forEach((_, index) => {
    for (const group of [servedGroup(items, index), groupServedByProduct(items, index)]) if (group >= 0) groups.add(group);
  });
  return groups;
}

/**
 * Machines and servers named in a message (pools, Edge servers, firewalls, "伺服器在總部機房"): a place said with one is where
 * the machine stands or which machine it is, not where anyone is.
 */
import type { Item } from './analyzer';
import { kindOf, endsClause, isCloudConnector, isFiller, surfaceOf, nextIndex, isPossessive, endsSentence, previousIndex, isNameWord, clauseStart } from './items';
import { LOCATIVE, afterPreposition } from './placeWords';
import { SERVER, PRODUCT_NAME } from './productMentions';
import { HAN } from './text';

/** Words for a machine or a store kept somewhere (see machinesPlace), as surfaces: in a word or a homing phrase. */
const MACHINE = /server|pool|mailbox/;
const SERVER_WORD = /server/;
/** A mailbox: where it is homed is Exchange's, not where its owner is homed for Skype for Business. */
export const MAILBOX = /mailbox/;
/** How many words may name a machine before its noun ("the Front End pool") or a place after a pool ("in the Amsterdam DC"). */
const MACHINE_REACH = 3;
/** The fillers between a pool and where it is kept ("on the on-prem pool in the Amsterdam DC"). */
export const MACHINE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'the', 'our', 'their']);

const isFirewall = (item: Item | undefined): boolean =>
  item?.kind === 'mention' && (item.concept.kind === 'firewall' || (item.concept.kind === 'cue' && item.concept.cue === 'firewall'));

/**
 * "in the port admin building", "at the port office": "port" after a preposition of place and before a word it names
 * is a harbour, a place of its own, not a firewall's port ("UDP on port 3478": a number follows). Read as a firewall,
 * a terminal operator's "on the LAN" was the firewall's and the user had no place.
 */
function namesHarbour(items: readonly Item[], index: number): boolean {
  const next = items[index + 1];
  const named = kindOf(next) === 'place' || (next?.kind === 'word' && !/\d/.test(next.key));
  return surfaceOf(items[index]) === 'port' && named && afterPreposition(items, index);
}

/** Servers named by their role ("Edge servers", "the Front End pool", "conferencing servers"). */
const SERVER_TERMS: ReadonlySet<string> = new Set(['edgeServer', 'frontEnd', 'conferencingServer']);
const isServerTerm = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'term' && SERVER_TERMS.has(item.concept.term);

/**
 * A place in what a firewall is said to do or where it stands ("the firewall on our network", "the firewall at HQ",
 * "our firewall blocks UDP between inside clients and internet hosts"): the firewall's, not anyone's. From the place
 * back to the start of its clause, a firewall comes before any person.
 */
export function describesFirewall(items: readonly Item[], index: number): boolean {
  const kind = kindOf(items[index]);
  if (kind !== 'place' && kind !== 'datacenter') return false;
  for (let j = index - 1; j >= 0 && !endsClause(items[j]); j--) {
    // "our Edge servers sit in the Amsterdam datacenter": so is a place said of a server.
    if ((isFirewall(items[j]) && !namesHarbour(items, j)) || (isServerTerm(items[j]) && items.slice(j + 1, index).every((x) => x.kind === 'word' || isFiller(x)))) return true;
    const item = items[j];
    // "the Amsterdam datacenter": a name right before the place is the place's.
    const placeName = item.kind === 'word' && item.name && j === index - 1;
    if (kindOf(item) === 'party' || (item.kind === 'word' && item.name && !placeName)) return false;
  }
  return false;
}

/** "帳號在校內 Skype Server", "our HQ Skype pool": a place right before a server (past "的") says which server, not where anyone is. */
export function describesServer(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (kindOf(item) !== 'place' || LOCATIVE.test(`${surfaceOf(item) ?? ''} `)) return false;
  const next = items[nextIndex(items, index, isPossessive)];
  return next?.kind === 'mention' && next.concept.kind === 'homed' && next.concept.value === 'onPremises' && SERVER.test(next.surface);
}
/**
 * "Online 的 Edge 在香港", "雲端那邊的 Edge 掛了", "地端的 pool 昨天重開機", "地端那台 Lync server": where a server runs,
 * said right before the server (past "的", a side word, or a measure for a machine), names the server, not anyone's homing.
 */
export function namesServer(items: readonly Item[], index: number): boolean {
  // In Chinese: the statement or the word after it.
  if (kindOf(items[index]) !== 'homed' || (!HAN.test(surfaceOf(items[index]) ?? '') && !HAN.test(surfaceOf(items[index + 1]) ?? ''))) return false;
  const side = (x: Item) => x.kind === 'mention' && x.concept.kind === 'cue' && x.concept.cue === 'perspective';
  const next = items[nextIndex(items, index, (x) => (isFiller(x) && !MACHINE_MEASURES.has(surfaceOf(x) ?? '')) || side(x))];
  // "地端的 pool 昨天重開機": a pool opening its sentence is the machine; "我還是吃地端的 pool", "帳號還在地端 pool" are homings.
  let ownerBefore = false;
  for (let k = index - 1; k >= 0 && !endsSentence(items[k]) && !ownerBefore; k--) ownerBefore = kindOf(items[k]) === 'party' || ACCOUNT_OWNER.test(surfaceOf(items[k]) ?? '');
  // "廠長帳號還沒搬，還在地端 Front End 上": someone said to be in it (在) is homed there, whatever names the server.
  if (ownerBefore && IN_IT.test(surfaceOf(items[index]) ?? '')) return false;
  // "電話採雲端 Phone System": where the phone system runs is the deployment's telephony, not anyone's homing.
  if (isServerTerm(next) || MACHINE_MEASURES.has(surfaceOf(next) ?? '') || kindOf(next) === 'telephony') return true;
  return next?.kind === 'word' && SERVER.test(next.key) && !ownerBefore && !ACCOUNT_OWNER.test(surfaceOf(items[index]) ?? '');
}
/** A homing said of someone in it ("還在地端", "也在地端"), as against where a server runs ("地端的"). */
const IN_IT = /^(?:[帳賬]號)?(?:還|也|都|仍|仍然|已經)?在/;
/** Words that say whose account it is ("我的帳號在 SfB Server 2015 的 pool 上"). */
const ACCOUNT_OWNER = /[我他她]的|[帳賬]號|account/;
/** Measure words for a machine ("那台 server"). */
const MACHINE_MEASURES: ReadonlySet<string> = new Set(['那台', '這台', '那臺', '這臺']);

/** "我們公司地端 pool 還沒全部搬完": a server said to be moving says the deployment (hybrid), not where anyone is homed. */
export function poolBeingMoved(items: readonly Item[], index: number): boolean {
  return kindOf(items[index]) === 'homed' && SERVER.test(surfaceOf(items[index]) ?? '') && kindOf(items[nextIndex(items, index, isFiller)]) === 'deployment';
}

/**
 * "總部機房有兩台 SfB Server 2015", "DMZ 有 F5", "我們有一套 Lync pool": an inventory of the organization. A place
 * right before "有" (without 在) says what is there, not where anyone is; a server after "有" (past a count) is what
 * the organization has, not where anyone is homed.
 */
export function describesInventory(items: readonly Item[], index: number): boolean {
  const item = items[index];
  const kind = kindOf(item);
  if ((kind === 'place' || kind === 'datacenter') && !LOCATIVE.test(`${surfaceOf(item) ?? ''} `)) {
    const next = nextIndex(items, index, (x) => kindOf(x) === 'place' || kindOf(x) === 'datacenter');
    // "分公司有線": "有線" is wired, how someone there is connected, not a thing the place has.
    return surfaceOf(items[next]) === HAS && kindOf(items[next + 1]) !== 'party' && !WIRE.test(surfaceOf(items[next + 1]) ?? '');
  }
  if (item.kind !== 'mention' || kind !== 'homed' || !(SERVER.test(item.surface) || PRODUCT_NAME.test(item.surface))) return false;
  const before = previousIndex(items, index, (x) => kindOf(x) === 'number' || (x.kind === 'word' && x.script === 'han' && (x.unknown === true || COUNT.test(x.key))) || (isFiller(x) && surfaceOf(x) !== HAS));
  return surfaceOf(items[before]) === HAS;
}

/** A count of machines the segmenter knows as a word ("兩臺", "一套"). */
const COUNT = /^[一二兩三四五六七八九十幾多數]+[臺台個套組部]$/;
/** Words for a machine, not a person ("伺服器在總部機房", "the pool sits in the datacenter"). */
const MACHINE_WORDS: ReadonlySet<string> = new Set(['伺服器', '主機', '設備', '機器', '閘道', 'pool', 'server', 'servers', 'sbc', 'gateway', 'f5', 'appliance', 'box', 'boxes']);
/** English verbs that say where a machine stands ("the box lives in the server room", "the server sits in the DMZ"). */
const STANDING_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'sits', 'sit', 'lives', 'live', 'stands', 'located', 'housed', 'installed', 'kept', 'racked', 'hosted']);
/** Verbs that say where a machine stands ("SfB Server 放在台北機房", "pool 架在總部"). */
const PLACING_WORDS: ReadonlySet<string> = new Set(['放在', '架在', '裝在', '擺在', '位於', '在', '放', '架設在', '建在']);

const isMachine = (item: Item | undefined): boolean =>
  (item?.kind === 'word' && MACHINE_WORDS.has(item.key)) ||
  (item?.kind === 'mention' &&
    // "the PSTN gateway", "the SBC": a phrase of the vocabulary whose last word names a machine.
    (MACHINE_WORDS.has(item.surface.slice(item.surface.lastIndexOf(' ') + 1)) ||
      (item.concept.kind === 'term' && ['edgeServer', 'frontEnd', 'conferencingServer'].includes(item.concept.term)) ||
      (item.concept.kind === 'homed' && SERVER.test(item.surface))));

/**
 * Whether a standing verb joins a machine to a place, with nothing between but fillers and, after the verb, words the
 * vocabulary does not know ("the box lives in the comms cupboard at HQ").
 */
function standsAt(items: readonly Item[], machine: number, place: number): boolean {
  let verb = false;
  for (let k = machine + 1; k < place; k++) {
    const item = items[k];
    if (STANDING_VERBS.has(surfaceOf(item) ?? '')) verb = true;
    else if (!isFiller(item) && !(verb && item.kind === 'word' && item.name !== true)) return false;
  }
  return verb;
}

/**
 * "伺服器在總部機房", "Edge 在 DMZ", "SfB Server 放在台北機房": where a machine stands is nobody's place, and a server
 * said to stand somewhere is what the organization has, not anyone's homing. A person before the place in its clause
 * keeps it theirs ("小王在伺服器旁邊").
 */
export function placesMachine(items: readonly Item[], index: number): boolean {
  const kind = kindOf(items[index]);
  if (kind === 'homed') {
    if (!isMachine(items[index])) return false;
    const verb = items[index + 1];
    // "放在 臺 北 機房": a place name the vocabulary does not know may stand between.
    const where = nextIndex(items, index + 1, (x) => isFiller(x) || (x.kind === 'word' && x.script === 'han' && x.unknown === true));
    return HAN.test(surfaceOf(verb) ?? '') && PLACING_WORDS.has(surfaceOf(verb) ?? '') && ['place', 'datacenter'].includes(kindOf(items[where]) ?? '');
  }
  if (kind !== 'place' && kind !== 'datacenter') return false;
  let chinese = HAN.test(surfaceOf(items[index]) ?? '');
  for (let j = index - 1; j >= 0 && !endsClause(items[j]); j--) {
    const item = items[j];
    if (kindOf(item) === 'party' || isNameWord(item)) return false;
    // English: only the machine the clause is about, right before where it stands ("the Cloud Connector box lives in
    // our server room", "the gateway is in the comms room"); "I'm on the on-prem pool at my desk" is the speaker's desk.
    if (isMachine(item)) return chinese || standsAt(items, j, index);
    chinese ||= HAN.test(surfaceOf(item) ?? '');
  }
  return false;
}

/** What may join a Chinese place to the machine it describes ("機房內的", "機房裡", "總部機房那台"). */
const PLACE_TO_MACHINE: ReadonlySet<string> = new Set(['內', '裡', '里', '的', '中', '那台', '這台', '那臺', '這臺']);

/**
 * "外線經由機房內的 CCE 出去", "機房的 CCE 設備", "總部機房那台 CCE": a Chinese place joined by 內/的/那台 to
 * the machine after it is where that machine stands. Read as the user's place, a pasted incident's environment line
 * outvoted "家用光世代，未連 VPN" and gave a wrong answer. A person in the clause before the place keeps it theirs
 * ("我在機房裡打給客戶"), and so does 在 right before it ("我人在總部機房，外線走 CCE").
 */
function placeBeforeMachine(items: readonly Item[], index: number): boolean {
  if (!HAN.test(surfaceOf(items[index]) ?? '')) return false;
  let k = index + 1;
  while (k < items.length && PLACE_TO_MACHINE.has(surfaceOf(items[k]) ?? '')) k++;
  if (k === index + 1) return false;
  const next = items[k];
  const machine = isMachine(next) || isCloudConnector(next);
  if (!machine) return false;
  for (let j = index - 1; j >= 0 && !endsClause(items[j]); j--) if (kindOf(items[j]) === 'party' || isNameWord(items[j]) || surfaceOf(items[j]) === '在') return false;
  return true;
}

/**
 * The index of what the place at `index` is said to be of, past the place's name ("the Paris DC": up to
 * MACHINE_REACH words the vocabulary does not know, right before it) and the fillers and verbs that say where a
 * thing stands ("sits in the"); -1 when none.
 */
function standingThing(items: readonly Item[], index: number): number {
  let k = index - 1;
  for (let words = 0; k >= 0 && items[k].kind === 'word' && words < MACHINE_REACH; words++) k--;
  const standing = (x: Item) => isFiller(x) && (MACHINE_PREPOSITIONS.has(surfaceOf(x) ?? '') || STANDING_VERBS.has(surfaceOf(x) ?? ''));
  return previousIndex(items, k + 1, standing);
}

/** An English place said with the preposition of where a caller is ("from the office"), never where a box stands. */
const CALLERS_PLACE = /^from /;

/** "有": there is, we have. */
const HAS = '有';
/** "線" after "有": "有線" (wired), not "有線路問題" (the place has line trouble). */
const WIRE = /^線(?:網路)?$/;

/**
 * Whether the place at `index` says where a machine or a store is kept: its clause is about one ("The server she is
 * registered to sits in our Dublin datacenter", "the Front End pool he uses is in the London DC", "her mailbox is in
 * the on-prem datacenter"), it names the machine after it ("the in-house server"), or it is a datacenter right after
 * the pool someone is homed on ("homed on the on-prem pool in the Amsterdam DC", a name of the place between).
 */
export function machinesPlace(items: readonly Item[], index: number, machine = MACHINE): boolean {
  // "half of us are still on the in-house server": a place said of the machine right after it.
  if (machine.test(surfaceOf(items[index + 1]) ?? '')) return true;
  if (machine === MACHINE && placeBeforeMachine(items, index)) return true;
  let k = clauseStart(items, index);
  // "her mailbox": whose it is may come first.
  while (k < index && (isFiller(items[k]) || kindOf(items[k]) === 'party')) k++;
  // Only a word or a thing named ("mailbox"): "a user homed on the on-prem pool" is where the user is homed.
  for (let words = 0; k < index && words < MACHINE_REACH && kindOf(items[k]) !== 'homed'; k++, words++) {
    if (machine.test(surfaceOf(items[k]) ?? '')) return true;
    if (items[k].kind !== 'word') break;
  }
  // "on the on-prem pool at my desk" is where the person sits: only a datacenter is the pool's; right after a server
  // any place is the server's ("our own Skype server in the house", "the SfB server at HQ").
  const server = items[previousIndex(items, index, (x) => isFiller(x) && MACHINE_PREPOSITIONS.has(surfaceOf(x) ?? ''))];
  if (kindOf(server) === 'homed' && SERVER_WORD.test(surfaceOf(server) ?? '')) return true;
  const box = items[standingThing(items, index)];
  // "PSTN goes out through Cloud Connector at HQ": Cloud Connector is a box we run, so a place right after it is where
  // the box stands; read as the user's it outvoted where they were ("in a hotel") and gave a wrong answer. English only:
  // unpunctuated Chinese chat runs the deployment into the user's place ("CCE 在公司 撥外線"). A place said with "from"
  // is where someone calls from ("a PSTN call with Cloud Connector from the office").
  // "Cloud Connector Edition in the Paris DC", "CCE sits in our London datacenter": past the place's name and a verb of standing.
  const cloudConnector = isCloudConnector(box);
  const place = surfaceOf(items[index]) ?? '';
  if (cloudConnector && !HAN.test(place) && !CALLERS_PLACE.test(place)) return true;
  if (kindOf(items[index]) !== 'datacenter') return false;
  let before = index - 1;
  for (let words = 0; before >= 0; before--) {
    const item = items[before];
    if (item.kind === 'word' && ++words <= MACHINE_REACH) continue;
    if (!isFiller(item) || !MACHINE_PREPOSITIONS.has(surfaceOf(item) ?? '')) break;
  }
  return kindOf(items[before]) === 'homed' && MACHINE.test(surfaceOf(items[before]) ?? '');
}

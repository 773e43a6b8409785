/**
 * 
 */
import type { Item } from './analyzer';
import { isFiller, surfaceOf, previousIndex, nextIndex, isMarker, kindOf, endsSentence, endsClause, clauseStart } from './items';
import { isStatement } from './statements';
import { BARE_CALL_VERBS } from './callRelatives';
import { LOCATIVE, afterPreposition } from './placeWords';
import { People } from './people';
import { writesClassWord } from './wordClasses';

/**
 * "the library at school", "the canteen at HQ", "the cafe on the ground floor of our office", "the school library",
 * "the HQ gym": a word for a public place that names a room inside a site, or a room the site's name names, says
 * nothing of where someone is: the site does (ours, or nothing when it cannot be told ours: "at school").
 */
export function roomOfSite(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'internet' || item.concept.connection === true) return false;
  // A home or a hotel is no room of a site ("at home in the office"): the two places say different things. Only our
  // network said after it is the one there ("the night manager at the hotel on our network", a hotel chain's own).
  const stay = writesClassWord(item.surface, 'residence') || writesClassWord(item.surface, 'lodging');
  // Not where in a building it is ("the coffee shop downstairs": the building may hold anyone's).
  const site = (k: number) => {
    const x = items[k];
    if (x?.kind === 'word') return !stay && SITE_WORDS.has(x.key);
    return x?.kind === 'mention' && x.concept.kind === 'place' && x.concept.value === 'customerNetwork' && x.concept.connection !== true && !WHERE_IN_BUILDING.test(x.surface) && (!stay || writesClassWord(x.surface, 'network'));
  };
  // "the kitchen office", "the restaurant office PC": the public place's word names which of our rooms it is, as "the
  // HQ gym" names the gym; a network ("the restaurant wifi") stays the place's own, and so does being at work there
  // (「在客戶那邊上班的同事」 works at the client's).
  const named = items[index + 1];
  if (site(index + 1) && named.kind === 'mention' && !AT_WORK.has(named.surface) && !writesClassWord(named.surface, 'network')) return true;
  const within = (x: Item) => isFiller(x) && ROOM_LINKS.has(surfaceOf(x) ?? '');
  if (site(previousIndex(items, index, (x) => within(x) && !CONTAINING.has(surfaceOf(x) ?? '')))) return true;
  // After the room, only a site it is said to be in: "at school", "on the ground floor of", "[at HQ]".
  const after = nextIndex(items, index, within);
  const contained = items.slice(index + 1, after).some((x) => CONTAINING.has(surfaceOf(x) ?? '')) || CONTAINED.test(surfaceOf(items[after]) ?? '');
  return contained && site(after);
}

/** Being at work, said as a place of ours ("上班"): after a place, at work there, no room of ours. */
const AT_WORK: ReadonlySet<string> = new Set(['上班']);

/** "the cafe next to our office", "across the street from HQ": a site of ours said as what a place is near is not where anyone is. */
export function nearSite(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork') return false;
  for (let k = index - 1, words = 0; k >= 0 && words <= NEAR_REACH; k--) {
    const before = items[k];
    if (before.kind === 'word' && NEAR_WORDS.has(before.key)) return true;
    if (before.kind === 'word') words++;
    else if (!isFiller(before)) return false;
  }
  return false;
}

/**
 * "at the coffee shop downstairs", "in the cafe upstairs": where in a building a public place is says where the
 * place is, not that someone is in our building (the building may hold anyone's).
 */
export function whereIsPublicPlace(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork' || !WHERE_IN_BUILDING.test(item.surface)) return false;
  // "the hotel bar downstairs": past one word of the place's own name.
  let k = previousIndex(items, index, isFiller);
  if (items[k]?.kind === 'word') k = previousIndex(items, k, isFiller);
  const before = items[k];
  return before?.kind === 'mention' && before.concept.kind === 'place' && before.concept.value === 'internet' && before.concept.connection !== true;
}

/** Whose cloud it is, between a verb of going or reaching and the cloud ("touch the Microsoft cloud"), as keys. */
export const CLOUD_OWNERS: ReadonlySet<string> = new Set(['microsoft', "microsoft's"]);

/**
 * Whether the place at `index` is a network a verb of going goes on or over ("it goes out on the internet", "does the
 * call go out through the Microsoft cloud").
 */
export function goesOutOn(items: readonly Item[], index: number): boolean {
  const item = items[index];
  let onto = item.kind === 'mention' && ONTO.test(item.surface);
  const going = previousIndex(items, index, (x) => {
    const surface = surfaceOf(x) ?? '';
    if (ONTO_WORDS.has(surface)) onto = true;
    return isFiller(x) || surface === 'out' || ONTO_WORDS.has(surface) || CLOUD_OWNERS.has(surface);
  });
  return onto && GOING_EN.has(surfaceOf(items[going]) ?? '');
}

/** Whether the place at `index` is the start of a team's name ("院區資訊組", "總部資訊處"): a word for a team ends it. */
export function namesUnit(items: readonly Item[], index: number): boolean {
  for (let k = index + 1; k < items.length && k <= index + UNIT_NAME_WORDS; k++) {
    const item = items[k];
    if (item.kind !== 'word' || item.script !== 'han') return false;
    if (UNIT_ENDS.has(item.key)) return true;
  }
  return false;
}

/**
 * The start of the words before the network at `index` that say it is connected to ("連的是訪客 Wi-Fi", "筆電連訪客網路"),
 * or `index` when none: the segmenter leaves "連" a word of its own, which would keep "我在總部，連的是訪客 Wi-Fi"
 * from being said in one breath with the room before it, as "我在總部，用手機熱點" is.
 */
export function connectingWords(items: readonly Item[], index: number): number {
  let start = index;
  for (let k = index - 1; k >= 0; k--) {
    const item = items[k];
    if (CONNECTING.has(surfaceOf(item) ?? '')) start = k;
    else if (!isFiller(item) && !isMarker(item, 'copula')) break;
  }
  return start;
}
/** Chinese verbs of connecting to or using a network, as the segmenter leaves them ("用的是訪客網路"). */
const CONNECTING: ReadonlySet<string> = new Set(['連', '連上', '連接', '接', '接上', '用']);

/** "人在": where someone is in body, as against their account ("帳號在公司，人在家"). */
const BODY_PLACE: ReadonlySet<string> = new Set(['人在', '人']);

/**
 * Whether the place at `index` says where an account is kept: right after an account word ("帳號在院內地端",
 * "帳號在公司"), an owner word or a word of keeping between ("帳號還在我們自己機房", "帳號都是放在公司機房").
 */
export function accountsPlace(items: readonly Item[], index: number): boolean {
  return accountOfPlace(items, index) >= 0;
}

/**
 * The account word whose keeping place is at `index` (see accountsPlace), or -1. An owner word between ("館長的帳號在
 * 我們機房") owns the place, not the account: whose account it is comes before this word.
 */
export function accountOfPlace(items: readonly Item[], index: number): number {
  const account = previousIndex(items, index, (x) => (isFiller(x) && !ACCOUNT_PLACE.test(surfaceOf(x) ?? '')) || isOwnersWord(x) || KEEPING.has(surfaceOf(x) ?? ''));
  if (!ACCOUNT_PLACE.test(surfaceOf(items[account]) ?? '')) return -1;
  // "教授已經是 Online 帳號人在研究室": "人在" between says where the person is, after what their account is.
  if (items.slice(account + 1, index).some((x) => BODY_PLACE.has(surfaceOf(x) ?? ''))) return -1;
  // "我用 Online 帳號在實驗室電腦上加入": an account someone uses is how they call, and the place after it is theirs.
  const before = previousIndex(items, account, (x) => (isFiller(x) && !USING.has(surfaceOf(x) ?? '')) || isStatement(x));
  return USING.has(surfaceOf(items[before]) ?? '') ? -1 : account;
}

/**
 * Whether the place at `index` opens its clause as what the organization's set-up is said of ("總部是 Skype Online",
 * "工作室是用 Skype Online 的", "所裡是 Cloud Connector", "辦公室那邊是 SfB Online"): the organization named by a site
 * of its own, nobody's place in the call.
 */
export function siteRunsSetup(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork') return false;
  if (previousIndex(items, index, isFiller) >= clauseStart(items, index)) return false;
  const copula = nextIndex(items, index, (x) => isFiller(x) || kindOf(x) === 'cue');
  if (!isMarker(items[copula], 'copula')) return false;
  return SETUP_KINDS.has(kindOf(items[nextIndex(items, copula, isFiller)]) ?? '');
}
/** What an organization is said to run: its deployment, or a product that names one. */
const SETUP_KINDS: ReadonlySet<string> = new Set(['deployment', 'deploymentHint']);

/**
 * Whether the place at `index` is said to be shut ("the office was closed, so she stayed home"), or is a network said
 * to be down ("on the guest wifi because the corp wifi is down", "the office network died").
 */
export function closedPlace(items: readonly Item[], index: number): boolean {
  const item = items[index];
  const verb = nextIndex(items, index, isFiller);
  const next = items[verb];
  if (item.kind === 'mention' && item.concept.kind === 'place' && item.concept.connection === true && next?.kind === 'mention' && next.concept.kind === 'cue' && next.concept.cue === 'down') return true;
  return isMarker(next, 'copula') && CLOSED.has(surfaceOf(items[nextIndex(items, verb, isFiller)]) ?? '');
}

/**
 * "when I call the office from the loading dock", "rings HQ": a place right after a call word is the one called, where
 * the other party is. English only: "打回公司" is as often calling back from somewhere else. Not a place after a
 * preposition, in its words or before them ("from Skype at our office": "Skype" is the app, the place where one is).
 */
export function placeCalled(items: readonly Item[], index: number): boolean {
  const surface = surfaceOf(items[index]) ?? '';
  return kindOf(items[previousIndex(items, index, isFiller)]) === 'call' && /^[a-z]/.test(surface) && !LOCATIVE.test(surface) && !afterPreposition(items, index);
}

/**
 * Whether the place at `index` is a site of ours called back to, to reach someone there ("Skype 打回分行找襄理",
 * "用 Skype 撥回總部找主任", "打 Skype 回辦公室找經理"): a call word or a verb of dialling right before "回" and the site,
 * then a word of reaching someone ("找", "給") and the person. The site is where the one called is.
 */
export function calledBackTo(items: readonly Item[], people: People, index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork' || !item.surface.startsWith('回')) return false;
  const before = items[previousIndex(items, index, isFiller)];
  if (kindOf(before) !== 'call' && !BARE_CALL_VERBS.has(surfaceOf(before) ?? '')) return false;
  const reaching = nextIndex(items, index, isFiller);
  return REACHING_SOMEONE.has(surfaceOf(items[reaching]) ?? '') && people.anchors.get(nextIndex(items, reaching, isFiller))?.kind === 'person';
}
/** Words of reaching someone at a place called ("打回分行找襄理", "打回門市給店長"). */
const REACHING_SOMEONE: ReadonlySet<string> = new Set(['找', '給']);

/** Whether nobody is named from `index` to the end of its sentence ("No VPN.", "On the airport's free wifi."). */
export function namesNobodyAfter(items: readonly Item[], people: People, index: number): boolean {
  for (let k = index + 1; k < items.length && !endsSentence(items[k]); k++) if (people.anchors.has(k)) return false;
  return true;
}

/** Whether the place at `index` comes after media or signaling and a verb of going, in its clause, with nobody between. */
export function trafficGoesTo(items: readonly Item[], people: People, index: number): boolean {
  // "回到公司", "進公司": a place whose own words open with the verb of going ("媒體會回到公司機房嗎").
  let going = leavesFrom(items, index) || GOING.has([...(surfaceOf(items[index]) ?? '')][0] ?? '');
  for (let k = index - 1; k >= 0 && k >= index - GOING_REACH; k--) {
    const item = items[k];
    if (endsClause(item) || people.anchors.has(k) || kindOf(item) === 'call' || kindOf(item) === 'callType') return false;
    if (kindOf(item) === 'traffic') return going;
    if ([...(surfaceOf(item) ?? '')].some((c) => GOING.has(c))) going = true;
  }
  return false;
}
/**
 * "媒體是從外網出去的", "訊號從公網繞出去": a network that traffic goes out from, a verb of going right after it, is the
 * traffic's way out (what a capture shows), not where anyone is.
 */
function leavesFrom(items: readonly Item[], index: number): boolean {
  const from = (surfaceOf(items[index]) ?? '').startsWith('從') || surfaceOf(items[previousIndex(items, index, isFiller)]) === '從';
  return from && [...(surfaceOf(items[nextIndex(items, index, isFiller)]) ?? '')].some((c) => LEAVING.has(c));
}
/** Characters of verbs of going out ("出去", "繞出", "送出", "走"), after the network traffic leaves from. */
const LEAVING: ReadonlySet<string> = new Set(['出', '去', '繞', '送', '走']);
/**
 * Characters of verbs of going ("回到", "繞去", "送到", "經過", "走") or staying ("留在"): after media or signaling, a place
 * is where it goes or stays ("媒體會留在分局裡嗎" asks of the traffic, it says nobody is there).
 */
const GOING: ReadonlySet<string> = new Set(['回', '到', '去', '送', '繞', '經', '走', '進', '留']);
/** English verbs of going, as written or as keys: what goes on the Internet after them is traffic ("goes out on the internet"). */
const GOING_EN: ReadonlySet<string> = new Set(['go', 'goes', 'going', 'went', 'travel', 'travels', 'route', 'routes', 'routed', 'flow', 'flows', 'head', 'heads']);
/** A place said as a network something goes on or over ("on the internet", "over the public internet"). */
const ONTO_WORDS: ReadonlySet<string> = new Set(['on', 'onto', 'over', 'across', 'via', 'through']);
const ONTO = new RegExp(`^(?:${[...ONTO_WORDS].join('|')}) `);
/** How many items back from a place the traffic going there may be named ("媒體會不會繞回到總部機房"). */
const GOING_REACH = 6;
/** Characters that end the name of a team ("資訊組", "品保課", "資訊處"): a place before them names the team. */
const UNIT_ENDS: ReadonlySet<string> = new Set(['組', '課', '處', '科', '股']);
/** How many characters a team's name may have between the place and its last ("院區" + "資 訊 組"). */
const UNIT_NAME_WORDS = 4;
/** Words for an account, or an account and where it is ("帳號", "的帳號", "帳號在", "賬戶"): a place after them is the account's. */
const ACCOUNT_PLACE = /^的?[帳賬][號戶]/;
/** Whose a room is, between an account and the room ("帳號在我們自己的機房"): the whole organization, or "自己". */
export const isOwnersWord = (item: Item): boolean => (item.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'all') || OWN_WORDS.has(surfaceOf(item) ?? '');
const OWN_WORDS: ReadonlySet<string> = new Set(['自己', '自己的']);
/** Words that say where an account is kept, between it and the room ("帳號都是放在公司機房"), as surfaces. */
const KEEPING: ReadonlySet<string> = new Set(['放在', '放', '都放在', '都是', '是', '也是', '都', '也', '存在', '存放在', '架在']);
/** Words that say an account is used ("用 Online 帳號", "拿我的帳號"). */
const USING: ReadonlySet<string> = new Set(['用', '使用', '拿', '以']);
/** Sites the vocabulary does not read as ours or not (stems): a room in one is where nobody can be told to be. */
const SITE_WORDS: ReadonlySet<string> = new Set(['school', 'hospit', 'clinic', 'academi', 'facil']);
/** Words between a room and its site ("the cafe on the ground floor of our office", "the HQ's gym"). */
const ROOM_LINKS: ReadonlySet<string> = new Set(['at', 'in', 'of', 'on', 'inside', 'within', 'the', 'our', 'a', 'an', "'s"]);
/** Of ROOM_LINKS, those that put the room in the site after them: before the room, only "the HQ gym" names it. */
const CONTAINING: ReadonlySet<string> = new Set(['at', 'in', 'of', 'on', 'inside', 'within']);
/** A site's own phrase that puts what is before it inside ("at HQ", "in the office"). */
const CONTAINED = /^(?:at|in|on|inside|within)(?: |$)/;
/** Where in a building, not which building ("downstairs", "the next floor"). */
const WHERE_IN_BUILDING = /^(?:downstairs|upstairs|down the hall|next floor|another floor|same floor as)$/;
/** Words that place something near a site, not in it (stems): "next to", "across the street from", "opposite". */
const NEAR_WORDS: ReadonlySet<string> = new Set(['near', 'next', 'across', 'opposit', 'besid', 'behind', 'around', 'nearbi']);
/** How many words may stand between a word of nearness and the site ("across the street from", "around the corner from"). */
const NEAR_REACH = 3;
/** Words that say a place is shut, after a copula ("the office was closed"). */
const CLOSED: ReadonlySet<string> = new Set(['closed', 'shut', 'locked']);

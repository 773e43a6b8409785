/**
 * Place words that say something other than where someone is now: an adjective ("outside counsel"), a workplace in a
 * title ("門市店長"), a side ("內網這端"), where a meeting is held; and the words that put someone at a place ("在", "at").
 */
import type { Item } from './analyzer';
import { surfaceOf, isMarker, isPossessive, titleAt, kindOf, previousIndex, isFiller, nextIndex, isDescribingWord } from './items';
import { isFunctionWord } from './english';
import { HAN, CHINESE_LOCATIVE } from './text';
import type { Statement } from './statements';
import type { Anchor } from './anchors';
import { writesClassWord } from './wordClasses';

/**
 * Place words that are also adjectives: "outside counsel", "external auditors" are who, not where; and "vpn" before a
 * noun names a thing of the VPN ("VPN token expired", "vpn client crashed"), not that anyone is on it.
 */
const ADJECTIVE_PLACES: ReadonlySet<string> = new Set(['outside', 'external', 'vpn']);

/** "calls to outside counsel at Baker & Lowe": a place adjective right before a noun describes the noun. */
export function describesNoun(items: readonly Item[], index: number): boolean {
  const next = items[index + 1];
  return (ADJECTIVE_PLACES.has(surfaceOf(items[index]) ?? '') && next?.kind === 'word' && next.script === 'latin' && next.name !== true && !isFunctionWord(next.key)) || strayOp(items, index) || internalThing(items, index) || seatOutside(items, index) || staffTitle(items, index) || dialledPlace(items, index) || ownersNumber(items, index);
}

/**
 * 「圖書館組長」, 「博物館館長」, "the library supervisor": a public building with staff of its own (the `staffedPlace`
 * class), written into a title right before the person word, is the person's unit, not where they are: read as the
 * library a stranger sits in, it put the school's library head on the Internet though the sentence said 在校內.
 * 「在圖書館」, "at the library" stay where someone is.
 */
function staffTitle(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || !isPerson(items[index + 1])) return false;
  return !CHINESE_LOCATIVE.test(item.surface) && !LOCATIVE.test(item.surface) && !afterPreposition(items, index) && writesClassWord(item.surface, 'staffedPlace');
}

/** A phone written after 的 ("的手機", "的市話"), one mention; or 電話 after a separate 的. */
const PHONE_AFTER_OWNER = /^的?(?:手機|市話|電話|室內電話|座機|專線)$/;

/**
 * 「用 Skype 撥營造廠的手機」, 「打給總公司的市話」: a place right after the dialling verb and before 的 and a phone is
 * whose number is dialled, not where anyone in the call is (a number called has no place of its own): read as where the
 * caller was, the builder's 廠 disagreed with 在火車上 and the advisor asked. 「在飯店打電話」, 「打給在飯店的同事」 are
 * places said of someone.
 */
function dialledPlace(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'place' || kindOf(items[index - 1]) !== 'call' || LOCATIVE.test(surfaceOf(items[index]) ?? '')) return false;
  const phone = isPossessive(items[index + 1]) ? items[index + 2] : items[index + 1];
  return phone?.kind === 'mention' && PHONE_AFTER_OWNER.test(phone.surface) && (phone !== items[index + 1] || phone.surface.startsWith('的'));
}

/**
 * "ring a lender's office phone number", "dial the depot's office landline": a place between someone's "'s" and a
 * phone number is where that number rings, the far end of the call, not where anyone in it is (read as the caller's
 * place, a question that never said where the caller was was answered). "from the office phone" stays a place.
 */
function ownersNumber(items: readonly Item[], index: number): boolean {
  const next = items[index + 1];
  return kindOf(items[index]) === 'place' && isPossessive(items[index - 1]) && surfaceOf(items[index - 1]) === "'s" && next?.kind === 'mention' && next.concept.kind === 'callType' && next.concept.value === 'pstn';
}

/** 外面 ("outside") as written, with or without 在. */
const OUTSIDE_WORDS = /^(?:在)?外面$/;
/** A seat or desk, as written ("位子上", "座位", "辦公桌", "櫃檯"). */
const SEATS = /^(?:位子|座位|位置|辦公桌|桌子|櫃檯|櫃台)/;

/**
 * 「坐在外面位子上的秘書」: 外面 right before a seat is where the seat is (outside a room of ours, by its door), not
 * outside our network (read as the Internet it put the secretary outside the office). 「在外面」 alone stays away.
 */
function seatOutside(items: readonly Item[], index: number): boolean {
  return OUTSIDE_WORDS.test(surfaceOf(items[index]) ?? '') && SEATS.test(surfaceOf(items[index + 1]) ?? '');
}

/** Chinese place words that are also adjectives: 內部 (internal). */
const CHINESE_ADJECTIVE_PLACES: ReadonlySet<string> = new Set(['內部']);
/** Things of a network or an organization that are no place ("設定", "DNS", "系統", "規則"), as written. */
const INTERNAL_THINGS = /^(?:設定|設置|配置|系統|規則|規定|政策|文件|流程|網域|憑證|架構|dns|proxy|代理)/;

/**
 * 「內部的 DNS 設定」, 「內部設定有改過」: 內部 right before a thing (past 的) is "internal", what the thing is, not where
 * anyone is (read as a place, it put the one called on our network). 「在內部」, 「內部網路」, 「內部的同事」 stay places.
 */
function internalThing(items: readonly Item[], index: number): boolean {
  if (!CHINESE_ADJECTIVE_PLACES.has(surfaceOf(items[index]) ?? '')) return false;
  const thing = isPossessive(items[index + 1]) ? index + 2 : index + 1;
  return INTERNAL_THINGS.test(surfaceOf(items[thing]) ?? '');
}

/**
 * "OP" is on-premises only as a word of its own about someone ("OP user", "OP-organised meeting", "she is OP"); "op"
 * anywhere else is another language's word ("1-op-1", "welke kant op") and says nothing of anyone's homing.
 */
function strayOp(items: readonly Item[], index: number): boolean {
  if (surfaceOf(items[index]) !== 'op') return false;
  const next = items[index + 1];
  const describes = next?.kind === 'mention' && ['party', 'marker', 'hostedMeeting', 'callType'].includes(next.concept.kind);
  return !describes && !isMarker(items[index - 1], 'copula');
}

/**
 * "台北辦公室的同事", "高雄廠的人", "the Osaka office's users", "the onsite coordinator", "our HQ receptionist": a place
 * right before a person (or before "的"/"'s" and a person) says whom the person belongs to, or their job. It is where
 * they are unless something else is said of them ("台北辦公室的同事今天在家" is at home; "the onsite coordinator, who
 * is on a client's guest Wi-Fi today" is not on our network); "在家的同事", said with 在, is where they are now.
 */
export function affiliation(items: readonly Item[], index: number): boolean {
  const surface = surfaceOf(items[index]) ?? '';
  // Without a possessive only in English, where a place before a noun is an adjective ("the on-site coordinator"): a
  // Chinese place right before a person says where they are ("家裡同事").
  if (!isPossessive(items[index + 1])) return /^[a-z]/.test(surface) && isPerson(items[index + 1]);
  return !/^(在|從|於|at |in |on |from )/.test(surface) && isPerson(items[titleAt(items, index + 2)]);
}

/**
 * "門市店長", "區公所同仁", "門診護理師": one of our workplaces written into a job or a team, right before the person
 * word, as a Chinese noun without a word that puts someone there ("在門市的店長") or says where it is from the writer
 * ("隔壁棟同事"); a network is no workplace ("內網用戶端" is on it).
 */
function workplaceTitle(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork' || !isPerson(items[index + 1])) return false;
  return HAN.test(item.surface[0] ?? '') && !CHINESE_LOCATIVE.test(item.surface) && !RELATIVE_PLACE.test(item.surface);
}

/** Where a place is from the writer (next door, the same floor or building, upstairs), or a network. */
const RELATIVE_PLACE = /^(?:隔壁|同|樓上|樓下|對面|旁邊)|網/;

/**
 * Where a person with a workplace in their title is said to be, elsewhere, in words that put them there ("區公所同仁
 * 自宅", "門市店長今天在家", "分行經理出差住飯店"): that place, not the title's, is where they are now (the writers of
 * rounds 10 and 11 read it so). A VPN not connected or a network is no such place ("總部同仁沒開 VPN" is still at
 * headquarters, as older writers read the title).
 */
export function tieWorkplaceTitles(items: readonly Item[], attached: { source: Item; statement: Statement; anchor?: Anchor; strength: number }[]): void {
  for (const title of attached) {
    const { statement, anchor } = title;
    if (statement.kind !== 'place' || anchor === undefined || !workplaceTitle(items, items.indexOf(title.source))) continue;
    const placed = attached.some((other) => other.anchor?.index === anchor.index && other.statement.kind === 'place' && other.statement.value !== statement.value && SAID_THERE.test(surfaceOf(other.source) ?? ''));
    if (placed) title.strength -= 2;
  }
}

/** A place said with where someone is or what they do there (CHINESE_LOCATIVE), or a home. */
const SAID_THERE = new RegExp(`${CHINESE_LOCATIVE.source}|^(?:自宅|家)`);

function isPerson(item: Item | undefined): boolean {
  return item?.kind === 'mention' && item.concept.kind === 'party';
}

/**
 * "內網這端的 media", "the office side": a place before a side word names that side, it says where nobody is; but
 * "總部這邊，打外線", "門市這邊有線": "here" (這邊) after a place, with no thing of that side after it, is where the
 * writer's side is.
 */
export function namesSide(items: readonly Item[], index: number): boolean {
  const next = items[index + 1];
  if (kindOf(items[index]) !== 'place' || next?.kind !== 'mention' || next.concept.kind !== 'cue' || next.concept.cue !== 'perspective') return false;
  return !(HERE_SIDES.has(next.surface) && !isPossessive(items[index + 2]));
}
/** A side word that says "here": after a place, where the writer is. */
const HERE_SIDES: ReadonlySet<string> = new Set(['這邊']);

/** Words for having a meeting, not for the meeting itself ("在總部開會" is meeting at HQ). */
const MEETING_VERBS: ReadonlySet<string> = new Set(['開會', '開', '會談', 'meet']);
/** A place said with where it is ("在總部", "at the office", "從家裡"): where someone is, whatever follows. */
export const LOCATIVE = /^(在|從|到|於|at |in |from |on )/;
const PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'from', 'on']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'their', 'my', 'his', 'her', 'your']);

/** "users in the Bristol office say meeting audio breaks up": a preposition before the place (past articles) makes it where someone is. */
export function afterPreposition(items: readonly Item[], index: number): boolean {
  const before = previousIndex(items, index, (item) => isFiller(item) && DETERMINERS.has(surfaceOf(item) ?? ''));
  return PREPOSITIONS.has(surfaceOf(items[before]) ?? '');
}

/**
 * "參加客戶那邊的會議", "那場內部即時會議", "an internal meeting": a place right before a meeting (a noun, past "的"
 * or fillers) says whose or what meeting it is, not where anyone is; so does a company right before one.
 */
export function describesMeeting(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item?.kind !== 'mention') return false;
  // "營運長召開的供應商檢討會", "a vendor review meeting": a company right before a meeting (no "的") is what it is about.
  const company = item.concept.kind === 'company' && !item.concept.hosting;
  if (!company && (item.concept.kind !== 'place' || LOCATIVE.test(item.surface) || afterPreposition(items, index))) return false;
  const next = items[company ? index + 1 : meetingAfter(items, index)];
  if (next?.kind !== 'mention' || MEETING_VERBS.has(next.surface)) return false;
  // "the supplier's meeting": a company's meeting ("'s meeting", "開的會") is theirs to host.
  // "總部的會議廣播": a broadcast is a meeting too, held by whoever the place names; its viewers may be anywhere.
  return (next.concept.kind === 'callType' && (next.concept.value === 'conference' || next.concept.value === 'broadcast')) || (!company && next.concept.kind === 'hostedMeeting' && !HOLDS_MEETING.test(next.surface));
}

/** Words for "with" before whom one meets or calls ("跟總部開會", "和台北辦公室通話"). */
const WITH_ZH: ReadonlySet<string> = new Set(['跟', '和', '與', '同']);

/**
 * "區經理在家，跟總部開 Skype 會議", "和分公司通話": a place right after "with" and before a meeting or a call (past
 * "開" and fillers) names the people there, met or called, not where anyone is (read as the asker's place, it put a
 * manager at home on our network). Only a place of ours: another company's ("跟客戶那邊", "跟同盟廠商通話") is where
 * the other party is. A place said with where it is ("跟我在總部開會") keeps its reading.
 */
export function metWith(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item?.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork' || LOCATIVE.test(item.surface) || !WITH_ZH.has(surfaceOf(items[index - 1]) ?? '')) return false;
  const next = items[nextIndex(items, index, (x) => isFiller(x) || (x.kind === 'word' && x.key === '開'))];
  return next?.kind === 'mention' && (next.concept.kind === 'call' || next.concept.kind === 'callType' || MEETING_VERBS.has(next.surface));
}

/** How many plain English words may describe a meeting between a place word and it ("an internal case strategy meeting"). */
const DESCRIBING = 3;

/**
 * Where the noun after the place at `index` is, past fillers and, after an English place, up to DESCRIBING plain words
 * that say what the meeting is about ("our firm's internal strategy meeting": read as a place, "internal" put someone on
 * the public wifi on our network).
 */
function meetingAfter(items: readonly Item[], index: number): number {
  const english = /^[a-z]/.test(surfaceOf(items[index]) ?? '');
  let described = 0;
  return nextIndex(items, index, (item) => isFiller(item) || (english && isDescribingWord(item) && ++described <= DESCRIBING));
}

/** "我在總公司開會議", "在分行開了一個會": holding a meeting somewhere says where one is, not whose meeting it is. */
const HOLDS_MEETING = /^(開|發)(?!的)/;

// A meeting booked by one person for another: "my assistant booked it for me", "the EA sent the invite for the CEO",
// "she set it up on behalf of her boss", 「秘書幫老闆發的會議邀請」「助理代我約的」. A delegate books in the boss's
// calendar: it is the boss's meeting, hosted where the boss is homed; the delegate's homing says nothing of it. What it
// says is one more piece of evidence of who hosts, weighed with the rest (partiesOf, the organizer's votes in slots.ts):
// in Hybrid the boss's homing unsaid leaves only what else is said of the meeting ("the meeting is hosted in the
// cloud"), and a doubt whose account booked it with homings that differ is asked.
// Near misses: a meeting set up for a team ("for the finance team", 「幫我們團隊約了週會」) or for a day ("booked it
// for Friday"), and the writer's own booking ("the strategy meeting I booked for him", who joins it: the writer hosts).
import type { Item } from './analyzer';
import type { Attribute } from './parties';
import { classWords } from './wordClasses';
import { endsSentence, isFiller, isMarker, isNameWord, kindOf, nextIndex, previousIndex, surfaceOf } from './items';

export interface Delegation {
  /**
   * The person booked for, as attributes' `person` names them (with a name set beside them: "for her boss, Mr. Ito"),
   * or 'writer' ("for me", 「代我」).
   */
  principal: number[] | 'writer';
  /** The index of the word naming them. */
  at: number;
}

/** Words that say whom something is done for, before that person: "for her boss", 「幫老闆」「代我」「替經理」. */
const FOR_WORDS: ReadonlySet<string> = new Set(['for', '幫', '代', '替']);

/** A hosting verb ("booked", "sent the invite", 「約的」); not "Ravi's meeting", where "on behalf of" is who attends. */
const books = (item: Item | undefined): boolean => isMarker(item, 'hosted') || isMarker(item, 'by');
/** A hosting verb, or in Chinese a meeting named by its verb (「替經理安排的會議」). */
const hosts = (item: Item | undefined): boolean => books(item) || kindOf(item) === 'hostedMeeting';

/** One person, not a group: a party word for one ("her boss", "him", 「老闆」, "me") or a name. */
function onePerson(item: Item | undefined): 'writer' | boolean {
  if (isNameWord(item)) return true;
  if (item?.kind !== 'mention' || item.concept.kind !== 'party') return false;
  if (item.concept.role === 'user') return 'writer';
  return item.concept.role === 'generic' || item.concept.role === 'pronoun';
}

/** The person after a for-word at `index` ("for the CEO", "on behalf of Dr. Okafor"), past fillers, or -1. */
function bookedFor(items: readonly Item[], index: number): number {
  const person = nextIndex(items, index, isFiller);
  return onePerson(items[person]) === false ? -1 : person;
}

/**
 * Whether the word at `index` follows a hosting verb in its clause ("sent the invite for her boss", "booked it on
 * behalf of"), an aside apart ("Marisol (she's on-prem) for her boss"). Not "joining on behalf of my manager" (someone
 * attending), nor what the traffic is for ("how run the signaling and the media for me?": "run" hosts too).
 */
export function afterBooking(items: readonly Item[], index: number): boolean {
  return bookingBefore(items, index) >= 0;
}

/** The hosting verb the word at `index` follows in its clause (see afterBooking), or -1. */
function bookingBefore(items: readonly Item[], index: number): number {
  for (let k = index - 1; k >= 0; k--) {
    const item = items[k];
    if ((item.kind === 'break' && item.paren === undefined) || kindOf(item) === 'traffic') return -1;
    if (books(item)) return k;
  }
  return -1;
}

/** Whether the writer says the hosting verb at `index` ("the strategy meeting I booked for him"): they host it. */
const writerBooks = (items: readonly Item[], index: number): boolean => classWords(items, 'writer').has(previousIndex(items, index, isFiller));

/**
 * A name set alone after a comma beside the person at `index` ("her boss, Mr. Ito."): the same person. Not a name that
 * goes on ("for her manager; Nadia is homed on-prem"): a new clause about someone.
 */
function apposed(items: readonly Item[], index: number): number[] {
  const after = items[index + 1];
  if (after?.kind !== 'break' || after.strong || !isNameWord(items[index + 2])) return [];
  const end = nextIndex(items, index + 2, isNameWord);
  return end >= items.length || items[end].kind === 'break' ? [index + 2] : [];
}

/**
 * The delegation a message says, if any. English: a hosting verb with "for" or "on behalf of" someone after it in its
 * sentence. Chinese: 幫/代/替 someone right before a hosting verb (「秘書幫老闆發的」「助理代我約的」); 「幫我」 is read as
 * one word.
 */
export function delegationOf(items: readonly Item[], personAt: (index: number) => number | undefined): Delegation | undefined {
  for (let k = 0; k < items.length; k++) {
    const word = surfaceOf(items[k])?.toLowerCase() ?? '';
    const behalf = word === 'behalf' && surfaceOf(items[k - 1])?.toLowerCase() === 'on';
    const verb = behalf || word === 'for' ? bookingBefore(items, k) : -1;
    if (verb >= 0 && !writerBooks(items, verb)) {
      const person = bookedFor(items, k);
      if (person >= 0) return { principal: onePerson(items[person]) === 'writer' ? 'writer' : [person, ...apposed(items, person)].map((at) => personAt(at) ?? at), at: person };
    }
    if (word === '幫我' && hosts(items[k + 1])) return { principal: 'writer', at: k };
    if (FOR_WORDS.has(word) && word !== 'for' && hosts(items[k + 2])) {
      const person = onePerson(items[k + 1]);
      if (person !== false) return { principal: person === 'writer' ? 'writer' : [personAt(k + 1) ?? k + 1], at: k + 1 };
    }
  }
  return undefined;
}

/** Roles that say a homing of everyone the message names, the delegate and the boss among them. */
const EVERYONE: ReadonlySet<string> = new Set(['both', 'all']);

/** Whether a doubt opens the sentence the boss is named in: "not sure if she booked it under her own account or on behalf of her boss". */
function doubted(items: readonly Item[], delegation: Delegation): boolean {
  if (delegation.principal === 'writer') return false;
  const unsure = classWords(items, 'unsure');
  for (let k = delegation.at - 1; k >= 0 && !endsSentence(items[k]); k--) if (unsure.has(k)) return true;
  return false;
}

/** How much more firmly a booking for someone says whose meeting it is than a reading of who it is said of. */
const BOOKED_FOR = 1;

/**
 * The attributes with a delegation weighed in: the boss's homing is the organizer's ("秘書 Joyce 幫董事長發的會議邀請～
 * 董事長帳號還在地端 pool，Joyce 自己倒是 Online 的": the chairman's meeting, on-premises), a little more firmly than a
 * homing read as the host's by the words around it (the delegate at the booking verb is read as the host); a homing of
 * everyone's counts when the boss's own is unsaid. The delegate's homing read as the organizer's is dropped: it says
 * nothing of the meeting; what the hosting words say of the meeting itself stays, weighed with the boss's. When the
 * writer doubts whose account booked it, the two homings are weighed alike, and only when both are said: one alone
 * leaves the other account's unknown.
 */
export function withDelegation(items: readonly Item[], attributes: readonly Attribute[], delegation: Delegation): Attribute[] {
  const writer = classWords(items, 'writer');
  // By the person first: a role may be misread ("Mr. Ito is still on the on-prem pool" read as the user's).
  const isWriter = (a: Attribute) => (a.person === undefined ? a.role === 'user' : writer.has(a.person));
  const ofPrincipal = (a: Attribute) => (delegation.principal === 'writer' ? isWriter(a) : a.person !== undefined && delegation.principal.includes(a.person));
  const homed = attributes.filter((a) => a.statement.kind === 'homed' && !a.negated);
  // Any other homing read as the host's is the delegate's (read through the one at the booking verb, or an aside of
  // theirs: "the invite came from Omar (he's on Skype Online) for his director"), unless the hosting words say it of
  // the meeting itself.
  const delegate = homed.filter((a) => a.role === 'organizer' && a.ofMeeting !== true && !ofPrincipal(a) && !(a.person !== undefined && isWriter(a)));
  const own = homed.filter(ofPrincipal);
  const principal = own.length > 0 ? own : homed.filter((a) => EVERYONE.has(a.role));
  const rest = attributes.filter((a) => !delegate.includes(a));
  if (doubted(items, delegation)) return delegate.length > 0 && own.length > 0 ? [...rest, ...delegate, ...asHost(own, 0)] : rest;
  return [...rest, ...asHost(principal, BOOKED_FOR)];
}

/** Homings as the organizer's, `more` firmly than they were said. */
const asHost = (attributes: readonly Attribute[], more: number): Attribute[] => attributes.map((a) => ({ ...a, role: 'organizer' as const, strength: a.strength + more }));

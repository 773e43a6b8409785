/**
 * The organizer among the parties: whether a message is about a conference, who is named as its organizer, whether
 * that is one of our own people, and whether the host is the only one beside the writer.
 */
import type { Item } from './analyzer';
import { People, OUTSIDERS } from './people';
import { HAN } from './text';
import { bareMeeting } from './bareMeeting';
import { surfaceOf, clauseStart, endsClause, nextIndex, isFiller, isMarker, isNameWord } from './items';
import type { Anchor } from './anchors';
import { isComma, isParen } from './clauses';

/** Whether the text is about a conference (then another company is the organizer, not the other party). */
export function aboutConference(items: readonly Item[]): boolean {
  return items.some(
    (item, index) =>
      (item.kind === 'mention' &&
        ((item.concept.kind === 'callType' && item.concept.value === 'conference') ||
          item.concept.kind === 'hostedMeeting' ||
          (item.concept.kind === 'company' && item.concept.hosting) ||
          (item.concept.kind === 'party' && item.concept.role === 'organizer') ||
          (item.concept.kind === 'marker' && item.concept.marker === 'by'))) ||
      // 「會是我開的」
      bareMeeting(items, index),
  );
}
/** Whether the organizer is named before `index` in its clause. */
export function hostsClause(items: readonly Item[], index: number, people: People): boolean {
  // Chinese only: in English the place after a host is as often where the meeting is joined from.
  if (!HAN.test(surfaceOf(items[index]) ?? '')) return false;
  for (let k = clauseStart(items, index); k < index; k++) {
    if (people.organizers.has(k)) return true;
  }
  return false;
}


/** Words for a person that say nothing of whose person they are ("a meeting someone set up"). */
const ANYONE = new Set(['someone', 'somebody', 'anyone', 'they', 'them', '有人', '某人', '別人', '其他人', '他們', '她們']);

/** Whether the organizer at `index` is one of our own people: not anyone, not an outsider, nor an outsider's. */
export function ourOwn(items: readonly Item[], index: number): boolean {
  const word = (item: Item | undefined) => (item?.kind === 'mention' ? item.head : item?.kind === 'word' ? item.key : '');
  if (ANYONE.has(surfaceOf(items[index]) ?? '') || OUTSIDERS.has(word(items[index]))) return false;
  // "客戶的 PM", "the customer's lead": whose person it is.
  for (let k = index - 1; k >= 0 && k >= index - 3 && !endsClause(items[k]); k--) if (OUTSIDERS.has(word(items[k]))) return false;
  return true;
}

/**
 * "主辦人是業務部經理", "organizer 是美國分公司的 VP": the person a word for the organizer is said to be, in its clause
 * (none when nobody is named there).
 */
export function namedOrganizer(items: readonly Item[], people: People): number[] {
  for (const anchor of people.anchors.values()) {
    if (anchor.kind !== 'organizer') continue;
    const copula = nextIndex(items, anchor.index, (x) => isFiller(x) || ofTheMeeting(x));
    // "The organiser of the 10am meeting (our team lead, ...)", "the organiser of the meeting, Greta, will be ...": a
    // person opening an aside right after is who it is.
    const apposed = isParen(items, copula, 'open') || isComma(items, copula) ? nextIndex(items, copula, isFiller) : -1;
    const closed = isParen(items, copula, 'open') || isComma(items, nextIndex(items, apposed, isFiller));
    if (people.anchors.get(apposed)?.kind === 'person' && closed) return [apposed];
    if (!isMarker(items[copula], 'copula')) continue;
    for (let k = copula + 1; k < items.length && !endsClause(items[k]); k++) if (people.anchors.get(k)?.kind === 'person') return [k];
  }
  return [];
}

/** What names the meeting after the word for its organizer ("the organizer of the 10am Skype meeting"): the meeting and when. */
function ofTheMeeting(item: Item): boolean {
  return (item.kind === 'mention' && ((item.concept.kind === 'callType' && item.concept.value === 'conference') || item.concept.kind === 'hostedMeeting')) || (item.kind === 'word' && /^\d{1,2}(?::\d\d)?(?:am|pm)?$/.test(item.key));
}

/** A word for both that names the writer among them ("we're both", "both of us", "the two of us"). */
export const BOTH_OF_US = /\b(?:we|us)\b/;

/**
 * Whether the only person named besides the writer is the one host `hosts` name: then "both of us" are the writer and
 * the host. A name nobody's anchor holds ("Tom and I are both ...") is someone else.
 */
export function onlyHostBesideWriter(items: readonly Item[], people: People, hosts: readonly number[]): boolean {
  const referent = (anchor: Anchor) => people.resolve(anchor).index;
  const host = new Set(hosts.map((k) => referent(people.anchors.get(k) as Anchor)));
  const others = new Set<number>();
  for (const anchor of people.anchors.values()) {
    if (anchor.kind === 'person' && !['user', 'both', 'all'].includes(anchor.role ?? '')) others.add(referent(anchor));
  }
  for (let k = 0; k < items.length; k++) {
    let last = k;
    while (isNameWord(items[last]) && !people.anchors.has(last)) last++;
    if (last > k && !people.anchors.has(last)) return false;
    k = last;
  }
  return host.size === 1 && others.size === 1 && host.has([...others][0]);
}

// "我在主管辦公室", "在研發大樓", "在組員休息室", "在經理的辦公室": a person word between "在" and a place word says
// whose room it is, as part of the place's name: nobody else in the call. Read as a person, it took the place for
// itself and became the other party ("我在主管辦公室，打給同事" read the colleague as the one in the office, and the
// writer's place as unknown).
import type { Item } from './analyzer';
import type { Concept } from './concepts';
import { isFiller, isPossessive, kindOf, previousIndex, surfaceOf } from './items';
import { OUTSIDERS, namesOutsiders } from './people';

/** Words that say where someone is, right before the room's owner. */
const AT: ReadonlySet<string> = new Set(['在', '於', '人在', '人於', '位於', '待在', '坐在', '還在', '也在', '都在']);

/**
 * The person word (and a "的" after it) the items just made end with, when "在" stands right before it and a place
 * word comes next: whose room the place is, as written, and how many items it is. Another organization's people
 * ("在客戶的會議室") or anyone else's (`outsiders`: "在朋友的工作室") own a room that is not ours, which the words as
 * written decide.
 */
export function roomOwner(items: readonly Item[], outsiders: ReadonlySet<string>): { text: string; count: number } | undefined {
  const possessive = isPossessive(items[items.length - 1]) ? 1 : 0;
  const owner = items[items.length - 1 - possessive];
  const at = items[items.length - 2 - possessive];
  if (owner?.kind !== 'mention' || owner.concept.kind !== 'party' || (owner.concept.role !== 'generic' && owner.concept.role !== 'peer')) return undefined;
  if (at?.kind !== 'mention' || !AT.has(at.surface)) return undefined;
  if ([...OUTSIDERS, ...outsiders].some((word) => owner.surface.startsWith(word))) return undefined;
  return { text: owner.surface + (possessive ? (surfaceOf(items[items.length - 1]) ?? '') : ''), count: 1 + possessive };
}

/** Words for "they" that may stand for another organization's people ("他們辦公室", "她們公司"), with "的" joined or not. */
const THEY = /^[他她]們(?:自己)?的?$/;
/** Words between "they" and the room that still make it theirs ("他們自己的辦公室"). */
const OWN = new Set(['自己', '的']);
/** What a room of "theirs" may be made of: a word for a company, or one of our kind of places or networks ("公司網路"). */
const COMPANY_WORDS = new Set(['公司', '公司裡', '公司內']);
/** The most items a room of "theirs" runs to ("他們 公司 辦公室"). */
const ROOM_ITEMS = 3;

const isRoomPart = (item: Item | undefined): boolean =>
  (item?.kind === 'word' && COMPANY_WORDS.has(item.key)) ||
  (item?.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'customerNetwork');

/**
 * A capitalized name before "的" or a side word and a person or an English word ("Contoso 的 Mark", "Tailspin 那邊的
 * Ken", "Contoso 的 CEO"): one of a company's people.
 */
function namedCompanysPerson(items: readonly Item[], k: number): boolean {
  const name = items[k];
  if (name?.kind !== 'word' || name.name !== true) return false;
  let j = k + 1;
  while (j < items.length && j <= k + 2 && (isPossessive(items[j]) || kindOf(items[j]) === 'cue')) j++;
  const after = items[j];
  return j > k + 1 && (kindOf(after) === 'party' || (after?.kind === 'word' && after.script === 'latin'));
}

/** Whether the text names another organization or its people (see namesOutsiders, namedCompanysPerson). */
function namesOrganization(items: readonly Item[]): boolean {
  return items.some((item, k) => (item.kind === 'mention' && namesOutsiders(item)) || namedCompanysPerson(items, k));
}

/**
 * "他在他們辦公室", "她人在她們公司", "Ken 在他們的工廠", "他在他們自己公司網路裡": where someone is, said as the place of
 * "them", is another organization's own network when the text names one (or one of its people): the items with each
 * such place made one mention of another company (`company`, the analyzer's id and concept). Said of our own people
 * ("HQ 的同事在他們辦公室") it is one of our places, and stays as written.
 */
export function theirRooms(items: readonly Item[], company: { id: string; concept: Concept }): Item[] {
  if (!items.some((item) => THEY.test(surfaceOf(item) ?? '')) || !namesOrganization(items)) return items as Item[];
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const at = items[i - 1];
    let end = i;
    // "我在他們辦公室": the writer at another organization's place is a guest there (ownership.ts), not one of them.
    const subject = items[previousIndex(items, i - 1, isFiller)];
    const writer = subject?.kind === 'mention' && subject.concept.kind === 'party' && subject.concept.role === 'user';
    if (at?.kind === 'mention' && AT.has(at.surface) && THEY.test(surfaceOf(items[i]) ?? '') && !writer) {
      end = i + 1;
      while (OWN.has(surfaceOf(items[end]) ?? '')) end++;
      const from = end;
      while (end < from + ROOM_ITEMS && isRoomPart(items[end])) end++;
      if (end === from) end = i;
    }
    if (end === i) {
      out.push(items[i]);
      continue;
    }
    const surface = items.slice(i, end).map(surfaceOf).join('');
    out.push({ kind: 'mention', ...company, surface, head: surfaceOf(items[end - 1]) ?? surface });
    i = end - 1;
  }
  return out;
}

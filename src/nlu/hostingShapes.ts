/**
 * How hosting is said around a person: where the hosting verb puts it, a hosting said before, a field's start, a
 * relative clause or an apposition after a name, a meeting joined before.
 */
import type { Item } from './analyzer';
import { kindOf, surfaceOf, endsClause, sentenceStart, nextIndex, isFiller, isMarker, endsSentence, previousIndex } from './items';
import { isStatement } from './statements';

/** Words that open a sentence about the past ("Yesterday Ravi hosted it", "Last month ..."), as surfaces. */
const PAST_OPENERS: ReadonlySet<string> = new Set(['yesterday', 'last week', 'previously', 'earlier', 'last time', 'once']);
/** What "last" opens a past with ("last month", "last Friday"). */
const PAST_UNITS: ReadonlySet<string> = new Set(['month', 'year', 'quarter', 'time', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
/** Hosting words that said of a person or an account are where they are homed ("her account lives on the pool"). */
/** Hosting verbs that say what an organization runs: a product before its name, a tenant of its own ("runs its own tenant"). */
export const RUNNING: ReadonlySet<string> = new Set(['run', 'runs', 'is running']);
/** A homing phrase that opens with a product's name ("Skype for Business Server", "Lync on-prem"; not "on SfB Online"). */
const PRODUCT_WORD = /^(?:skype|lync|sfb|s4b)\b/;

/**
 * "Contoso runs Skype Online", "they're running SfB on-prem": a product someone runs is their deployment, not a
 * meeting they host (a meeting is run online, never run a product).
 */
export function runsProduct(items: readonly Item[], verb: number): boolean {
  const product = items[verb + 1];
  const named = kindOf(product) === 'deploymentHint' || (kindOf(product) === 'homed' && PRODUCT_WORD.test(surfaceOf(product) ?? ''));
  if (!named || !RUNNING.has(surfaceOf(items[verb]) ?? '')) return false;
  // "runs SfB Online meetings", "runs Skype Online for the all-hands": a meeting run on the product is hosted there.
  for (let k = verb + 2; k < items.length && !endsClause(items[k]); k++) if (isMeetingWord(items[k])) return false;
  return true;
}

const isMeetingWord = (item: Item): boolean =>
  kindOf(item) === 'hostedMeeting' || (item.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'conference');
/** Hosting verbs that may be passive ("is hosted on the pool"), as surfaces. */
const PASSIVE_HOSTED: ReadonlySet<string> = new Set(['hosted', 'is hosted']);

/** "Ravi, who is hosted on the on-prem pool": a passive hosting verb before a homing says where someone is homed. */
export function hostedWhere(items: readonly Item[], verb: number): boolean {
  return (PASSIVE_HOSTED.has(surfaceOf(items[verb]) ?? '') && kindOf(items[nextIndex(items, verb, isFiller)]) === 'homed') || runsProduct(items, verb);
}

/**
 * "Last month my manager hosted a similar meeting", "Yesterday Ravi ran the call": a sentence that opens in the past
 * says who hosted another meeting than the one asked about (when unsure, the organizer is asked back).
 */
export function hostedBefore(items: readonly Item[], index: number): boolean {
  const start = sentenceStart(items, index);
  const first = surfaceOf(items[start]) ?? '';
  return PAST_OPENERS.has(first) || (first === 'last' && PAST_UNITS.has(surfaceOf(items[start + 1]) ?? ''));
}

/** A bullet's mark ("- ", "* " opening a line): a soft break with nothing but the line's start before it. */
const isBulletMark = (item: Item): boolean => item.kind === 'break' && !item.strong && item.paren === undefined && item.colon !== true;

/**
 * Whether the item at `index` opens its sentence (past fillers, and a bullet's mark: "- meeting organizer = Greta"):
 * a field's label ("Meeting organiser:").
 */
export function fieldStart(items: readonly Item[], index: number): boolean {
  const opener = previousIndex(items, index, isFiller);
  const before = items[opener] !== undefined && isBulletMark(items[opener]) ? items[previousIndex(items, opener, isFiller)] : items[opener];
  return before === undefined || endsSentence(before);
}

/**
 * "our COO, whose account still lives on the pool, will chair it": the index of the comma that closes a relative
 * clause set off right after `index`, else `index` itself.
 */
export function afterRelativeClause(items: readonly Item[], index: number): number {
  const comma = items[index + 1];
  if (comma?.kind !== 'break' || comma.strong || !['who', 'whose', 'which'].includes(surfaceOf(items[index + 2]) ?? '')) return index;
  for (let k = index + 3; k < items.length; k++) {
    const item = items[k];
    if (item.kind === 'break') return item.strong ? index : k;
  }
  return index;
}

/**
 * "the Ops Director, homed on-prem, is hosting": the comma closing an apposition of what is said of the person
 * right after `index` (only statements and fillers between two commas), else `index` itself.
 */
export function afterApposition(items: readonly Item[], index: number): number {
  const comma = items[index + 1];
  if (comma?.kind !== 'break' || comma.strong || comma.paren !== undefined || !isStatement(items[index + 2])) return index;
  const close = nextIndex(items, index + 2, (item) => isFiller(item) || isStatement(item));
  const end = items[close];
  return end?.kind === 'break' && !end.strong && end.paren === undefined ? close : index;
}

/** Whether the clause before `index` joins a meeting ("joined a Skype meeting organised by ..."). */
export function joinedBefore(items: readonly Item[], index: number): boolean {
  for (let k = index - 1; k >= 0 && !endsClause(items[k]); k--) {
    const item = items[k];
    if (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join') return true;
  }
  return false;
}

/** Relative pronouns that may open a meeting's clause with its verb ("a meeting that organize ..."). */
const MEETING_RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);

/**
 * "a meeting that organize my colleague Javier", "the review which hosts our CFO": in the word order of Spanish,
 * Portuguese or Italian ("una reunión que organiza mi colega") the one named right after the hosting verb of a
 * meeting's relative clause hosts it. The verb follows the pronoun straight: with a subject between ("a meeting that
 * Javier organizes") the subject hosts, as read elsewhere.
 */
export function hostsAfterMeetingVerb(items: readonly Item[], index: number): boolean {
  const verb = previousIndex(items, index, isFiller);
  if (!isMarker(items[verb], 'hosted') || PASSIVE_HOSTED.has(surfaceOf(items[verb]) ?? '')) return false;
  const pronoun = items[verb - 1];
  return MEETING_RELATIVES.has(surfaceOf(pronoun) ?? '') && items[verb - 2] !== undefined && isMeetingWord(items[verb - 2]);
}

/**
 * "Meeting of Thiago (he is on-premises user), Bruna and Rafael": a "meeting of" followed by a list of two or more
 * names (asides in brackets skipped) says who is in it, not whose it is; "the meeting of Contoso", "meeting of Raj"
 * still name its host.
 */
export function listsMembers(items: readonly Item[], marker: number): boolean {
  if (!/ of$/.test(surfaceOf(items[marker]) ?? '')) return false;
  let names = 0;
  let depth = 0;
  for (let k = marker + 1; k < items.length; k++) {
    const item = items[k];
    if (item.kind === 'break' && item.paren !== undefined) {
      depth = Math.max(0, depth + (item.paren === 'open' ? 1 : -1));
      continue;
    }
    if (depth > 0) continue;
    // "Ms. Okafor", "Richard Hale": a run of capitalized words is one person.
    if (item.kind === 'word' && item.name === true) names += items[k - 1]?.kind === 'word' && (items[k - 1] as { name?: true }).name === true ? 0 : 1;
    else if (!(item.kind === 'break' && !item.strong) && surfaceOf(item) !== 'and' && !isFiller(item)) break;
  }
  return names >= 2;
}

// The writer hosting a meeting with the subject left unsaid: "Hosting a training session at the Singapore office",
// "Running the weekly sync from HQ tomorrow", 「明天在總部主持季度會議」, 「下午在公司召開說明會」. A sentence that opens
// with the hosting verb has the writer for its subject, as "I'm hosting ..." has; it was read as a meeting nobody was
// said to host, and the organizer asked (class-meetings-A en-17). Never a hosting verb that another subject governs:
// a person before it in its sentence (「老闆明天在總部，主持季度會議」), a person right after its clause ("Running the sync
// from HQ, Sam asked ..."), the meeting as what is said of someone ("Hosting the all-hands is our CEO", 「主持週會的是
// Sam」), nor a meeting only supposed.
import type { Item } from './analyzer';
import { endsClause, endsSentence, isFiller, isMarker, kindOf, surfaceOf } from './items';
import { supposedItems } from './supposed';

/** Words that may stand between the verb and the meeting in English ("a", "the", "our", "my"), as surfaces. */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'our', 'my', 'this', 'that', 'today', "today's", 'tomorrow', "tomorrow's", "tonight's"]);
/** How many items may describe the meeting between the verb and it ("the vendor onboarding session", 「季 度 會議」). */
const DESCRIBING = 4;
/** English hosting verbs only in their -ing form open a sentence with the writer for subject ("Hosted by ..." is passive). */
const GERUND = /[a-z]ing(?: up)?$/;
/** Chinese hosting verbs that say hosting alone: 「開」「約」 also mean having a meeting one goes to (「等一下要開會」). */
const CHINESE_HOSTING = /^(?:主持|召開|主辦|舉辦|發起|召集)$/;
/** What after the meeting makes the clause something said of someone else ("Hosting the meeting is Sam", 「主持週會的人」). */
const SAID_OF = /^(?:is|was|will|的|是)$/;

const isJoining = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join';
const isConference = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'conference';
/** Someone other than the writer or us ("Sam", "my boss"; not "I", "we all"). */
const isSomeoneElse = (item: Item | undefined): boolean => (item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role !== 'user' && item.concept.role !== 'all') || (item?.kind === 'word' && item.name === true);

/** Whether what stands before the verb at `index` leaves its sentence without a subject (only time words and places). */
function opensSentence(items: readonly Item[], index: number, chinese: boolean): boolean {
  for (let k = index - 1; k >= 0 && !endsSentence(items[k]); k--) {
    const item = items[k];
    // 「明天在總部主持」: a time and a place before the verb in Chinese; in English the verb opens the sentence.
    if (!chinese || !(isFiller(item) || kindOf(item) === 'place')) return false;
  }
  return true;
}

/** The index of the meeting the verb at `index` takes for object, past a few describing items, or -1. */
function hostedMeeting(items: readonly Item[], index: number, chinese: boolean): number {
  for (let k = index + 1; k < items.length && k <= index + DESCRIBING + 1 && !endsClause(items[k]); k++) {
    const item = items[k];
    if (isConference(item)) return k;
    const describes = chinese ? isFiller(item) || (item.kind === 'word' && item.name !== true) : DETERMINERS.has(surfaceOf(item) ?? '') || (item.kind === 'word' && item.script === 'latin' && item.name !== true);
    if (!describes) return -1;
  }
  return -1;
}

/**
 * Whether someone else opens the clause after the one the meeting ends ("..., Sam asked", "..., my boss wants"): in
 * English the participle then has them for subject. Not "..., I'm homed on-prem", and never in Chinese, whose next
 * clause says more of the writer or starts anew (「明天在總部主持季度會議，我們全部 Online」). Not someone who joins
 * ("..., Contoso folks join as guests"): a guest of the meeting.
 */
function subjectAfter(items: readonly Item[], meeting: number): boolean {
  let k = meeting + 1;
  while (k < items.length && !endsClause(items[k])) k++;
  if (k >= items.length || endsSentence(items[k])) return false;
  k++;
  while (k < items.length && isFiller(items[k])) k++;
  if (!isSomeoneElse(items[k])) return false;
  // "...; Contoso folks join as guests": who joins is a guest of the meeting, not its host.
  for (let j = k + 1; j < items.length && !endsClause(items[j]); j++) if (isJoining(items[j])) return false;
  return true;
}

/** Whether a sentence opens with the writer hosting a meeting, its subject unsaid. */
export function unsaidSubjectHosts(items: readonly Item[], chinese: boolean): boolean {
  const supposed = supposedItems(items);
  return items.some((item, index) => {
    const surface = surfaceOf(item) ?? '';
    if (!isMarker(item, 'hosted') || !(chinese ? CHINESE_HOSTING.test(surface) : GERUND.test(surface))) return false;
    if (supposed.has(index) || !opensSentence(items, index, chinese)) return false;
    const meeting = hostedMeeting(items, index, chinese);
    if (meeting < 0 || SAID_OF.test(surfaceOf(items[meeting + 1]) ?? '')) return false;
    return chinese || !subjectAfter(items, meeting);
  });
}

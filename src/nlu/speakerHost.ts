// The writer named as the organizer by the organizer's own word: 「召集人是我」, 「organizer 就是我」, "the organizer is
// me", 「我是召集人」, 「我當 organizer」, 「用的是我自己的帳號當 organizer」. Hosting verbs ("我開的會") were read; the organizer's
// noun beside "I" was not, so where the writer is homed was not where the meeting is hosted, and the advisor asked
// (issue 15, og1zh-17). Never "召集人是我老闆" (the writer's someone), "我是召集人的秘書", nor "召集人不是我".
import type { Item } from './analyzer';
import { isFiller, isMarker, kindOf, nextIndex, previousIndex, surfaceOf } from './items';

/** Words for the writer as the one named ("是我", "is me"), as surfaces. */
const ME: ReadonlySet<string> = new Set(['我', 'me', 'i']);
/** Words right after "I" that still mean the writer ("我本人", "我自己"), as surfaces. */
const MYSELF: ReadonlySet<string> = new Set(['本人', '自己', 'myself']);
/** Words that make the writer the organizer's noun after them: a copula, or "當" (act as), "擔任", as surfaces. */
const ACTS_AS: ReadonlySet<string> = new Set(['當', '擔任', '作為', '做']);
/** The organizer's word that a "by" marker opens with ("召集人是", "organizer is"), as a pattern over surfaces. */
const ORGANIZER_BY = /^(?:organi[sz]er|host|召集人|主持人|發起人)/;
/** What may stand between "I" and the "act as" word: "我自己的帳號當", "my own account as", as surfaces. */
const MY_MEANS = /^(?:自己|自己的|account|own)$/;
/** Measure words before the meeting ("這場會議的召集人"), as surfaces: the lexicon may leave "場" alone. */
const MEASURES = /^(?:這|那|場|個|這場|那場|這個)$/;

const isOrganizerWord = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'organizer';
const isCopula = (item: Item | undefined): boolean => isMarker(item, 'copula');

/** Whether the writer's word at `index` is named as the meeting's organizer by the organizer's word beside it. */
export function speakerNamedHost(items: readonly Item[], index: number): boolean {
  if (!ME.has(surfaceOf(items[index]) ?? '')) return false;
  // "召集人是我老闆", "organizer is me and Sam": the writer's someone, or not the writer alone.
  const after = items[nextIndex(items, index, (x) => MYSELF.has(surfaceOf(x) ?? ''))];
  const alone = after === undefined || after.kind === 'break';
  // "召集人是我", "the organizer is me": the organizer's word and its copula before.
  const before = previousIndex(items, index, isFiller);
  if (alone && isMarker(items[before], 'by') && ORGANIZER_BY.test(surfaceOf(items[before]) ?? '')) return true;
  if (alone && isCopula(items[before]) && isOrganizerWord(items[previousIndex(items, before, isFiller)])) return true;
  // "我是召集人", "我當 organizer", "我自己的帳號當 organizer": the organizer's word after, ending the clause ("我是召集人的秘書"
  // names someone else).
  const verb = nextIndex(items, index, (x) => MY_MEANS.test(surfaceOf(x) ?? '') || isFiller(x));
  if (!isCopula(items[verb]) && !ACTS_AS.has(surfaceOf(items[verb]) ?? '')) return false;
  // "我是這場會議的召集人", "I am the meeting's organizer": past the meeting it is the organizer of.
  const noun = nextIndex(items, verb, (x) => isFiller(x) || kindOf(x) === 'callType' || MEASURES.test(surfaceOf(x) ?? ''));
  if (!isOrganizerWord(items[noun])) return false;
  const next = items[noun + 1];
  return next === undefined || next.kind === 'break';
}

// A meeting said to be one of ours without naming who hosts it: "my Skype meeting", "an internal meeting", "the team huddle", 「我開的」 in quotes, 「內部會議」, or its organizer said to be one of us ("organiser also our own staff",
// "organizer is in our tenant", 「召集人：Ava（我們公司的人）」, 「會是我們自己人開的」). One of our people hosts it, homed we
// don't know where: with all of our people Online it is hosted Online (slots.ts), otherwise the organizer is asked.
// Never when another company or an outsider is named: "our meeting with Contoso" may be theirs. Issue 15, nlu64.
import type { Item } from './analyzer';
import { OUTSIDERS } from './people';
import { endsClause, endsSentence, isFiller, isMarker, kindOf, nextIndex, surfaceOf } from './items';
import { classWords, writesClassWord } from './wordClasses';

/**
 * Words that make the meeting after them the writer's ("my Skype meeting", "我的會議"), as surfaces. Not "our": "do our
 * meetings go over ER?" asks about the organization's meetings at large, whoever hosts them (a held vague question
 * read an organizer from it).
 */
const OWNERS: ReadonlySet<string> = new Set(['my', '我的', '我自己的']);
/** Words that make the meeting after them ours by being inside the organization ("internal", "內部"), as surfaces. */
const INSIDE = /^(?:internal|(?:公司)?內部(?:的)?)$/;
/** A meeting's own word that says it is internal ("內部會議", "internal meeting"). */
const INSIDE_MEETING = /^(?:internal |(?:公司)?內部的?)/;
/** How many words may describe the meeting between its owner and it ("our own weekly team meeting"). */
const DESCRIBING = 3;
/** Words for our own people or our own organization after "our" ("our own staff", "我們公司的人"), as matching keys. */
const OUR_KIN: ReadonlySet<string> = new Set(['staff', 'peopl', 'people', 'colleagu', 'colleague', 'employe', 'employee', 'team', 'compani', 'company', 'org', 'organis', 'organiz', 'organization', 'organisation', 'user', 'users', '人', '同事', '同仁', '員工', '公司']);
/** Our organization itself, as surfaces ("我們公司", "本公司"). */
const OUR_ORGANIZATION = /^(?:our|我們|咱們|本|敝)(?:公司|組織|單位)?的?$/;
/** Words after our people that put someone outside them ("我們租用戶之外", "以外"). */
const OUTSIDE = /^(?:之|以)?外$|^outside$/;
/** Words that set the organizer apart from us ("跟我們不同公司", "unlike us"), as surfaces. */
const UNLIKE: ReadonlySet<string> = new Set(['不同', '不一樣', '不是', 'unlike', 'different', 'than', 'outside']);
/** "organiser also our own staff": a boundary word that goes on with the same clause. */
const ALSO: ReadonlySet<string> = new Set(['also', 'too', '也']);
/** Items after the organizer's word within which whose they are is said ("召集人：Ava（我們公司的人）"). */
const ORGANIZER_REACH = 6;
/** Items before 「自己人開的」 within which the meeting it hosts may be told ("開skype會議 會是我們自己人開的"). */
const TOLD_REACH = 9;
/** Organizer words of `marker.by` ("organizer is", "召集人是"), as a pattern over surfaces. */
const ORGANIZER_MARKER = /^(?:organi[sz]er|host|召集人|主持人)/;

const keyOf = (item: Item | undefined): string => (item?.kind === 'word' ? item.key : item?.kind === 'mention' ? item.surface : '');

/** Whether another company, an outsider or a federated party is named anywhere: then the meeting may be theirs. */
function namesOutsiders(items: readonly Item[]): boolean {
  return items.some((item) => {
    if (kindOf(item) === 'company') return true;
    if (item.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'federated') return true;
    return OUTSIDERS.has(item.kind === 'mention' ? item.head ?? item.surface : keyOf(item));
  });
}

/** "with" after a meeting: "our meeting with Contoso" may be hosted by either side. */
const WITH: ReadonlySet<string> = new Set(['with', '跟', '和', '與']);

/**
 * "my Skype meeting", "our own weekly meeting", "an internal meeting", "內部會議": an owner of ours right before the
 * meeting at `index`, or the meeting's own word saying it is internal; not a meeting with someone.
 */
function ownedMeeting(items: readonly Item[], index: number): boolean {
  if (WITH.has(surfaceOf(items[index + 1]) ?? '')) return false;
  if (INSIDE_MEETING.test(surfaceOf(items[index]) ?? '')) return true;
  for (let k = index - 1; k >= 0 && k >= index - DESCRIBING; k--) {
    const item = items[k];
    const surface = surfaceOf(item) ?? '';
    if (owns(surface)) return true;
    // "內部的 Skype 會議" (內部 read apart, as a place): the inside word's own 的; any other 的 makes the meeting someone else's.
    if (surface === '的' && owns(surfaceOf(items[k - 1]) ?? '')) return true;
    const describes = (isFiller(item) && !surface.endsWith('的')) || (item.kind === 'word' && item.script === 'latin' && item.name !== true);
    if (!describes) return false;
  }
  return false;
}

/** An owner of ours ("my", "我的") or a word that puts the meeting inside the organization ("internal", "內部"). */
const owns = (surface: string): boolean => OWNERS.has(surface) || INSIDE.test(surface);

/** Whether the person words at `index` are our own people ("our own staff", "我們公司的人", "我們自己人", "our tenant"). */
function ourPeopleAt(items: readonly Item[], index: number): boolean {
  if (!OUR_ORGANIZATION.test(surfaceOf(items[index]) ?? '')) return false;
  for (let k = index + 1; k < items.length && k <= index + 3; k++) {
    const item = items[k];
    // A deployment is not whose people they are ("召集人在我們 Online 租用戶" is left to be asked: read as ours, a held
    // trap of that shape answered wrongly, its place misread).
    const kin = kindOf(item) === 'tenant' || OUR_KIN.has(keyOf(item)) || surfaceOf(item) === '自己';
    // "召集人在我們租用戶之外", "以外": outside ours.
    if (kin) return ![items[k + 1], items[k + 2]].some((next) => OUTSIDE.test(surfaceOf(next) ?? ''));
    if (UNLIKE.has(surfaceOf(item) ?? '') || (!isFiller(item) && item.kind !== 'word')) return false;
  }
  return false;
}

/** "organiser also our own staff", "召集人：Ava（我們公司的人）": the organizer's word, then our own people in its reach. */
function ourOrganizerAt(items: readonly Item[], index: number): boolean {
  const item = items[index];
  const organizerWord = (item.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'organizer') || (isMarker(item, 'by') && ORGANIZER_MARKER.test(surfaceOf(item) ?? ''));
  if (!organizerWord) return false;
  // Within its own clause, into a field's value or an aside ("召集人：Ava（我們公司的人）"), not "召集人在美國，我們都是 Online".
  const opensValue = (item: Item) => (item.kind === 'break' && (item.colon === true || item.paren === 'open')) || ALSO.has(surfaceOf(item) ?? '');
  for (let k = index + 1; k < items.length && k <= index + ORGANIZER_REACH && (!endsClause(items[k]) || opensValue(items[k])); k++) {
    // "召集人不是我們公司的人", "召集人跟我們不同公司": said not to be ours.
    if (kindOf(items[k]) === 'negation' || UNLIKE.has(surfaceOf(items[k]) ?? '')) return false;
    if (ourPeopleAt(items, k)) return true;
  }
  return false;
}

/**
 * 「老闆加入「我開的」Skype 會議」, 「開skype會議 會是我們自己人開的」: the writer, or our own people, before a hosting word
 * that ends in 的, with the meeting right after it (past the quote's close) or told just before ("我開的帳號" hosts nothing).
 */
function weHostAt(items: readonly Item[], index: number): boolean {
  const hosting = items[index];
  if (!isMarker(hosting, 'hosted') || !surfaceOf(hosting)?.endsWith('的')) return false;
  const before = surfaceOf(items[index - 1]);
  if (before !== '我' && !(before === '人' && surfaceOf(items[index - 2]) === '自己')) return false;
  const meeting = (k: number) => isConference(items[k]);
  const after = nextIndex(items, index, (item) => (item.kind === 'break' && !item.strong) || isFiller(item));
  if (meeting(after)) return true;
  for (let k = index - 2; k >= 0 && k >= index - TOLD_REACH && !endsSentence(items[k]); k--) if (meeting(k)) return true;
  return false;
}

const isConference = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'conference';

/** Whether the text says the meeting is ours without naming its host, and names nobody it could belong to instead. */
export function ourMeetingSaid(items: readonly Item[]): boolean {
  const said = items.some((item, index) => {
    if (isConference(item) && ownedMeeting(items, index)) return true;
    return ourOrganizerAt(items, index) || weHostAt(items, index);
  });
  return said && !namesOutsiders(items);
}

/** Words that give the meeting after them to people not of ours ("their all-hands", 「他們的季度檢討會」, 「對方的月會」). */
const THEIR = /^(?:their|theirs|他們的?|她們的?|對方的?|人家的?|別人的?|別家的?)$/;
/** A possessive between a holder and the meeting it holds ("Fabrikam's sprint review", 「宏達的季度檢討會」). */
const POSSESSIVE = /^(?:'s|’s|的)$/;

/**
 * Whether the title starting at `start` is held by someone not known to be ours: "their all-hands", or a word the
 * vocabulary does not know before a possessive ("Fabrikam's sprint review", 「宏達的季度檢討會」), which may as well be
 * another company. Our own holders ("our", 「業務部的」, 「明天的」) are known words and leave the title ours.
 */
function heldByOthers(items: readonly Item[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - DESCRIBING; k--) {
    const item = items[k];
    const surface = surfaceOf(item) ?? '';
    if (THEIR.test(surface)) return true;
    if (POSSESSIVE.test(surface)) return items[k - 1]?.kind === 'word' || THEIR.test(surfaceOf(items[k - 1]) ?? '');
    // "Fabrikam's quarterly town hall": words that describe the meeting between its holder and it.
    const describes = (isFiller(item) && !surface.endsWith('的')) || (item.kind === 'word' && item.script === 'latin' && item.name !== true);
    if (!describes) return false;
  }
  return false;
}

/**
 * Whether a meeting is named by a title only our own people's meetings have ("the team huddle", "the weekly department
 * meeting", "the all-hands", 「週一站會」「部門會議」), not one with someone, not one another company holds ("their
 * all-hands", "Fabrikam's sprint review"), and nobody it could belong to is named. It says who hosts a meeting, never
 * that the call is one: minutes headed 【IT 月會】 may ask about a call between two.
 */
export function ownTitledMeeting(items: readonly Item[]): boolean {
  const titles = classWords(items, 'ownMeeting');
  const titled = items.some((item, index) => {
    if (!isConference(item) || WITH.has(surfaceOf(items[index + 1]) ?? '')) return false;
    if (!titles.has(index) && !writesClassWord(surfaceOf(item) ?? '', 'ownMeeting')) return false;
    let start = index;
    while (titles.has(start - 1)) start--;
    return !heldByOthers(items, start);
  });
  return titled && !namesOutsiders(items) && !items.some(isHostWord);
}

/** A word for hosting or its host ("Fabrikam hosts", 「他們主辦的」): whoever it names hosts the meeting, not its title. */
const isHostWord = (item: Item): boolean => isMarker(item, 'hosted') || (item.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'organizer');

// Who the text names and how: person words (anchors), which of them are the same person ("the CFO ... he ... the
// CFO's side"), who organizes the meeting ("hosted by X", "a meeting X set up", "X's meeting", "X 開的會"), who is
// called ("calls X", "打給X"), who is named together ("me and the organizer are both ...", "我跟同事都..."), and whom
// the question is about ("for the office user", "the CFO's side", "老闆那端", "my signaling").
import { afterBooking } from './delegatedBookings';
import type { Item } from './analyzer';
import { isFunctionWord } from './english';
import {
  beforeTitle,
  clauseStart,
  endsClause,
  endsSentence,
  isColon,
  isCallingMedia,
  isDescribingWord,
  isFiller,
  isMarker,
  isNameWord,
  isPossessive,
  kindOf,
  nextIndex,
  previousIndex,
  takenBackBefore,
  surfaceOf,
} from './items';
import { classWords } from './wordClasses';
import { callRelatives, type CallRelatives } from './callRelatives';
import { advisedClient, theirMeansClient } from './client';
import { givenNameGender, nameGender } from './names';
import { isStatement } from './statements';
import { servedGroups } from './describedPlaces';
import { HOLDING_A_MEETING } from './calleesMeeting';
import { ANSWERERS } from './callStarters';
import { CHAT_TIME, CHINESE_LOCATIVE, HAN, HONORIFIC_SUFFIXES } from './text';
import { supposedItems } from './supposed';
import { type Anchor, anchorOf } from './anchors';
import { hostedWhere, hostedBefore, fieldStart, afterRelativeClause, afterApposition, joinedBefore, hostsAfterMeetingVerb, listsMembers } from './hostingShapes';
import { INDEFINITE, RELATIONS, DEFINITE, AFFECTED, officeHolder, signatureOf, headOf, wordsBefore, identityOf, labelLetter, roleAs, relation, several } from './titles';
import { ABOUT_WORDS, PATH_NOUNS, FOR_WORDS, askedAsSubject, namesTraffic, isQuestion, asks, quietRow, lineStates, callsYou, calledPast, describesCall, ownCallsTraffic, sentenceAsks, setAside, quantified, qualifiesThing } from './askedSides';
import { addressees, askerIndexes, filerIndexes, reporterIndexes } from './reporters';
import { groupOfMember } from './groupMembers';
import { chineseTeamGroups } from './chineseTeams';
import { carriesSubject, ownMeans } from './continuedSubject';
import { myUserHomed, theirUserHomed } from './myUser';
import { appositiveName, describedByHoming } from './appositiveNames';
import { swappedNames } from './swappedNames';
import { speakerNamedHost } from './speakerHost';
import { writersOwnMeeting } from './ownMeeting';
import { unsaidSubjectHosts } from './unsaidSubjectHost';
import { pickedMember } from './pickedMember';
import { oneNamedAgain } from './thatOne';
import { pickOfTwo } from './formerLatter';
import { knownSides, type Known } from './knownSides';
import { bareMeeting } from './bareMeeting';
import { FAR_END_WORDS, farEnd, type CallEnd } from './farEnd';

/** One person other than the writer, not a group ("all of us", "both"): whom "the one at home" or "the latter" may stand for. */
const isSomeoneElse = (anchor: Anchor): boolean => anchor.kind === 'person' && anchor.role !== 'user' && anchor.role !== 'all' && anchor.role !== 'both';

/** "the former", "the latter", 前者, 後者: a person, whom linkFormerLatter finds. */
const formerOrLatter = (items: readonly Item[], index: number): Anchor | undefined => (pickOfTwo(items, index) === undefined ? undefined : { index, kind: 'person', role: 'generic' });

/** Words after which a person is the other party of a call: "calls X", "打給X", "with X", "和X". */
const CALLEE_WORDS: ReadonlySet<string> = new Set(['to', 'with', '和', '跟', '與', '給']);
/** Another company, a federated one, or another organization's place ("客戶那邊", "the client site"): "they" after it are its people. */
export function namesOutsiders(item: Extract<Item, { kind: 'mention' }>): boolean {
  const { concept } = item;
  if (concept.kind === 'company' || (concept.kind === 'place' && concept.value === 'federated')) return true;
  return concept.kind === 'place' && OUTSIDER_WORDS.some((word, i) => item.surface.startsWith(word) || item.surface.includes(OUTSIDERS_SPACED[i]));
}

/** Auxiliaries before a copula ("will be a presenter", "會是主講人"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must', 'also', '會', '將', '將會', '也']);
/** Auxiliaries of the perfect ("the meeting my boss has created"): before a set-up verb, its tense only, as surfaces. */
const PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** How many words may describe what a copula names ("我是這次 Skype Meeting Broadcast 的講者"). */
const COPULA_REACH = 6;
/** How many Chinese words the vocabulary reads as nothing may describe what a copula names ("新 加 坡同事"). */
const PLACE_WORDS = 3;
/** How many English words the vocabulary does not know may describe what a copula names ("one of the pilot users"). */
const DESCRIBING_WORDS = 2;
/**
 * Verbs for setting something up or sending it, said of a meeting ("開了一場會議", "拉個會", "約大家開會", "寄會議邀請",
 * "邀我進他的會議", "發了一個 Teams 會議"), with
 * the aspect and measure words the lexicon may join to them ("發了一個").
 */
const SETUP_VERB = /^有?(?:開|拉|約|揪|建|建立|設|排|辦|發|起|召集|安排|找|寄|邀|丟|傳|訂|預訂|預定|預約)(?:了|個)?(?:一個|一場|個|場)?$/;
/** A hosting verb or a meeting named by its host ("約的會議"): what a character before it may belong to. */
const hostingNext = (item: Item | undefined): boolean => isMarker(item, 'hosted') || kindOf(item) === 'hostedMeeting';
/**
 * English verbs that make their subject the host only with a meeting as their object, as the Chinese ones do: "is
 * making the meeting", "opened a conference", "owns the weekly sync" (matching keys); "opened a ticket" sets up nothing.
 */
const SETUP_WORDS: ReadonlySet<string> = new Set(['make', 'made', 'create', 'creat', 'created', 'creates', 'start', 'open', 'opened', 'own', 'owns', 'send', 'sends', 'sent', 'hold']);
/**
 * "the team meeting Greta called": a call word that hosts only a meeting named right before the person ("Greta called
 * a meeting" may be a call she made about it), as surfaces.
 */
const CALLED_MEETING: ReadonlySet<string> = new Set(['called', 'calls']);
/** Words that make a meeting right after a person theirs, like "的": "協理那場週會", "老闆下午有個會". */
const OWNING_WORDS: ReadonlySet<string> = new Set(['那場', '這場', '那個', '這個', '有']);
/** How many words may stand between a set-up verb and the meeting ("開了一個 SfB 視訊會議", "約大家下午開會"). */
const SETUP_REACH = 5;
/** Words after a thing set up that say what it is for or about ("a room for my meeting"), as surfaces. */
const FOR_WHAT: ReadonlySet<string> = new Set(['for', 'about', 'before', 'after', 'during', 'regarding']);
/** What sets a meeting up when sent for it ("I sent out the invite for the Skype meeting"): its invitation, as a word or a phrase's end. */
const INVITATION = /\binvit(?:e|es|ation|ations)$/;
/** Measure words that make a bare "會" a meeting ("拉了一個會", "開場會"). */
const MEASURES: ReadonlySet<string> = new Set(['個', '場', '一個', '一場', '這個', '那個']);
/** What may describe the meeting set up: its product or where it is hosted ("一個 Online 的會議", "Skype 視訊會議"). */
const SETUP_OBJECT_KINDS: ReadonlySet<string> = new Set(['homed', 'deploymentHint', 'traffic']);
/** A product named as what the meeting is ("一個 Skype 會議"), though alone it is a call word. */
const SETUP_PRODUCTS = /^(?:skype|sfb|s4b|lync|teams)$/;
/** How many items may say where a meeting's host is before its hosting verb ("the meeting that Fergus offshore runs"). */
const HOST_PLACE_REACH = 2;
/** How many words may describe the second of a pair ("我跟主持會議的經理都"). */
const PAIR_REACH = 5;
/** How many items may stand between someone and the verb saying what they say ("Grace from payroll says"). */
const SAYER_REACH = 4;
/** Verbs that pass on what someone says, as matching keys ("says", "said", "wrote", "reports", "complains"). */
const SAYING_KEYS: ReadonlySet<string> = new Set(['sai', 'said', 'write', 'report', 'complain', 'mention']);
/** How many items may stand between whom a message comes from and its opening quote ("from X, his words: \""). */
const QUOTE_REACH = 8;
/** "用戶端對用戶端的 P2P": "對" joins the two parties only when a call is described ("Premium 對使用者" is not a call). */
const FACING_WORDS: ReadonlySet<string> = new Set(['對']);
/** Chinese words of CALLEE_WORDS that also join two people ("我跟 PM 都在客戶那"). */
export const PAIRING_WORDS: ReadonlySet<string> = new Set(['和', '跟', '與']);
/** "Both" right after the second of two people joined by PAIRING_WORDS. */
const BOTH_AFTER: ReadonlySet<string> = new Set(['都', '也都', '兩人都', '兩個都', '倆都']);
/** "By" words that need a hosting verb after them ("由X主持"). */
const OPEN_BY_WORDS: ReadonlySet<string> = new Set(['由']);
/** Words that open an aside or a clause about a person ("(she's on-prem)", ", whose account ..."). */
const PERSONAL_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'whose']);
/** Hosting verbs only a person's present tense can be ("the dean organises it"; "the weekly scheduled for 3pm" is no host). */
const ACTIVE_HOSTING: ReadonlySet<string> = new Set(['organises', 'organizes', 'sets up', 'schedules', 'runs', 'chairs', 'hosts', 'books', 'convenes', 'sends out']);
/** Organizer words that are also verbs: "the CEO hosts it". */
/** Helping verbs and adverbs between a name and what is said of it ("got moved", "has already been migrated"), as keys. */
const HELPING_WORDS: ReadonlySet<string> = new Set(['got', 'get', 'gets', 'been', 'has', 'have', 'had', 'just', 'alreadi', 'already', 'recent', 'recentli', 'final', 'finalli', 'now', 'still']);
const HOSTS_VERBS = new Set(['hosts', 'chairs', 'host', 'chair']);
/** What may stand between a name and the call it makes ("needs to", "will", "tried to", "can't", "keeps"). */
const CALL_AUXILIARIES: ReadonlySet<string> = new Set(['need', 'want', 'to', 'will', 'would', 'can', 'could', 'not', 'tri', 'keep', 'ha', 'has', 'have', 'must', 'should', 'plan', 'about', 'hope']);

export const HOMING_VERBS: ReadonlySet<string> = new Set(['lives', 'resides', 'live', 'reside', 'sits']);
/** "One ..., one ..." / "一位…、一位…": the first is the user, the next the other party. */
const ONE_WORDS: ReadonlySet<string> = new Set(['one', '一位', '一個', '一名']);
/** Words for our organization's own, before what it has ("我們的 Skype", "公司的 SfB"). */
const OUR_OWNERS: ReadonlySet<string> = new Set(['我們的', '公司的', '我們公司的', '本公司的', '敝公司的']);
/** "我老闆", "我同事": the speaker's own person, said without "的". */
const MY_PERSON = new Set(['我', '我們']);
/** Words that open an example in an aside ("(e.g. me)"), as surfaces. */
const EXAMPLE_WORDS: ReadonlySet<string> = new Set(['e g', 'eg']);
/** Pronouns for a group, which may stand for another company named before ("合作廠商 ... 他們是雲端 Skype"). */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', '他們', '她們']);
/** Nouns for anyone: in English they refer back only with "the" ("a user ... the user"), and never as the one called. */
const GENERIC_NOUNS = new Set([
  'user', 'users', 'client', 'clients', 'person', 'people', 'employee', 'employees', 'member', 'members', 'participant',
  'participants', 'attendee', 'attendees', 'endpoint', 'endpoints', 'device', 'laptop', 'pc', 'desktop', 'account',
  '使用者', '用戶', '用戶端', '客戶端', '人', '人員', '員工', '成員', '參與者', '與會者', '出席者', '端點', '裝置', '電腦', '筆電',
]);
/** Words for our own organization as a whole ("本所", "敝公司", "我們學校"). */
const OUR_ORGANIZATION = /^(?:本|敝|我們|咱們)/;
/** Words for a body of people ("本校老師", "我們同事"): after our organization, everyone in it. */
const COLLECTIVES: ReadonlySet<string> = new Set(['同仁', '同事', '老師', '教師', '教職員', '學生', '醫師', '護理師', '行員', '職員']);
/** Person words that open a title ("the chief steward", "the deputy bursar"): see People.afterName. */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(['chief', 'deputy']);
/** Words for machines and server roles (as matching keys), after which a capitalized word names the thing ("Mediation Server"). */
const THING_WORDS: ReadonlySet<string> = new Set(['server', 'servers', 'pool', 'pools', 'gatewai', 'gateway', 'trunk', 'applianc', 'cluster', 'box', 'role', 'edit']);
/** How many items after a role noun a homing may be said of it ("the dean, homed on-prem"). */
const HOMED_REACH = 4;
/** Relative pronouns after a meeting, before who sets it up ("the meeting which X make", non-native "what X made"). */
const MEETING_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'what']);
/** The speaker's own words for themselves, who may host ("I booked it"). */
const SPEAKER_WORDS: ReadonlySet<string> = new Set(['i', '我']);
/** 在 with the words between "我" and it that keep the writer the subject ("我人在", "我也在", "我就在"), as segmented. */
const AT_WORD = /^(?:人|也|就|都|還)?在$/;
/** Those words when segmented apart from 在 ("我 現在 在"). */
const WRITER_FILLERS: ReadonlySet<string> = new Set(['人', '也', '就', '都', '還', '現在', '剛剛', '剛']);
/** Words before a role noun the vocabulary does not know ("the dean", "our registrar", "my foreman"). */
const ROLE_ARTICLES: ReadonlySet<string> = new Set(['the', 'our', 'my']);
/**
 * A server role's name that is also a staff title ("the registrar" of a college): a person only where the role-noun
 * rules find it hosting ("the registrar's meeting", "hosted by the Registrar", "the meeting the registrar set up"), a
 * server role anywhere else ("the registrar's office is on the LAN" keeps its place).
 */
const TITLED_TERMS: ReadonlySet<string> = new Set(['registrar']);
/** Heads of a group's name ("our HR team", "the design team", "the finance department"), as matching keys. */
const TEAM_HEADS: ReadonlySet<string> = new Set(['team', 'depart', 'department', 'dept', 'divis', 'division', 'committe', 'committee']);
/** Departments named alone ("Legal organizes a briefing", "HR runs the onboarding"), as surfaces ("IT" is also "it"). */
export const DEPARTMENTS: ReadonlySet<string> = new Set(['hr', 'legal', 'finance', 'procurement', 'marketing', 'payroll', 'sales', 'engineering', 'ops', 'compliance']);
/** Words for a unit of an organization in Chinese, as surfaces ("我們部門", "本署其他單位"). */
const ZH_UNITS: ReadonlySet<string> = new Set(['部門', '單位', '團隊', '科室', '處室']);
/** What may stand between our organization and one of its units ("本署其他單位"). */
const OTHER_OF_OURS: ReadonlySet<string> = new Set(['其他', '另一個', '別的']);
/** How many words may say what a team is, between its article and its head ("the warehouse planning team"). */
const TEAM_NAME_REACH = 3;
/** Owner words that tell two people of one noun apart ("our user" and a partner's "user"). */
const OWNER_WORDS: ReadonlySet<string> = new Set(['our', 'my', 'your']);
/** Words for a group of other people, which a singular pronoun ("他", "she") does not stand for. */
/** Names of the software whose client a "client" after them is ("the Skype client", "SfB desktop client"). */
const SOFTWARE_NAMES = /^(?:skype|lync|sfb|s4b|teams|desktop|mobile|web|softphone)$/;
/** What is done to software, as keys: "reinstalled the client", "updated the client" (no person). */
const SOFTWARE_VERBS: ReadonlySet<string> = new Set(['reinstal', 'instal', 'uninstal', 'updat', 'upgrad', 'restart', 'relaunch', 'launch', 'reset', 'patch', 'repair']);
export const OTHERS: ReadonlySet<string> = new Set(['其他人', '其他同事', '其他使用者', '其他同仁', '其他與會者', '其他參與者', '別人', 'others', 'other users', 'everyone else', 'the others']);
/** Nouns that never refer back: each "someone" is someone else. */
const ALWAYS_NEW = new Set(['someone', 'somebody', 'anyone', 'anybody', '有人', '某人', '別人', '其他人']);
/** "and he's the one who organises": the words between "and" and the hosting verb that still mean the same person. */
const ONE_WHO: ReadonlySet<string> = new Set(['he', 'she', 'they', 'one', 'who', 'that']);
const isTwo = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'number' && item.concept.value === 2;
/** "X and Y": the words that join two people. */
const AND_WORDS = new Set(['and', '&', '跟', '和', '與', '及', '以及']);
/** What joins two people said together: "and", or the enumeration comma ("課長、工程師兩個帳號都在地端"). */
const joinsPair = (item: Item | undefined): boolean => AND_WORDS.has(surfaceOf(item) ?? '') || (item?.kind === 'break' && item.list === true);
/** A comma between the people of a list ("Gemma, the practice manager and I"), not a bracket or a sentence's end. */
const isListComma = (item: Item | undefined): boolean => item?.kind === 'break' && !item.strong && item.paren === undefined && item.colon !== true;
/** Words for a group that a count of two makes the two parties ("two of us", "the two of them"). */
const TWO_OF: ReadonlySet<string> = new Set(['us', 'them']);
/** "still", "always": said between a verb and what it says ("are still on the pool"). */
const isAlways = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'always';
/**
 * Verbs that say two people joined by "and" are each so ("Priya and Tom are in the office", "work on the WAN"), as
 * surfaces. Not "sit": "sit in" is also taking part ("Priya and Tom sit in on the review", "sit in the meeting").
 */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'were', 'work']);
/** Verbs that say only the second of "X and Y" is so ("calls Priya and Tom is at home"), as surfaces. */
const SINGULAR_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'works']);
/** A forwarded mail's field for who sent it ("寄件者：小陳"). */
const SENDER_LABELS: ReadonlySet<string> = new Set(['寄件者', '寄件人', '發件人']);
/** What a quoted mail's header says its sender did, before a colon ("On Wed, Hu Jun wrote:"), as matching keys. */
const WROTE_WORDS: ReadonlySet<string> = new Set(['wrote', 'write', 'writes']);

/** What makes the people before it each do the same ("我跟同事都在公司", "me and the organizer are both ..."). */
const EACH_WORDS = new Set(['都', '都是', '也都', '全都', '均', '皆', 'both', 'both of us', 'both of them']);
/** "他跟我一樣": the same as the one named before, only ever after a pair ("跟之前一樣" names nobody). */
const SAME_AS_WORDS: ReadonlySet<string> = new Set(['一樣', '一樣是', '一樣都是', '一樣都']);

/** Outsiders named by what they are to us alone ("a customer", "客戶"): reached by phone as often as over Skype. */
export const BARE_OUTSIDERS = /^(?:(?:a|the|our) )?(?:customer|client|patient)s?$|^(?:客戶|客人|病人|病患)$/;

/** People of another organization, or whose side is not said ("客戶開的會", "the customer's PM set it up"). */
export const OUTSIDERS: ReadonlySet<string> = new Set([
  '客戶', '客人', '廠商', '供應商', '對方', '外部', 'customer', 'client', 'vendor', 'supplier', 'guest', 'partner',
]);
/** OUTSIDERS as a list, and each after a space and after "the ", made once: rules test place names against them. */
export const OUTSIDER_WORDS: readonly string[] = [...OUTSIDERS];
const OUTSIDERS_SPACED: readonly string[] = OUTSIDER_WORDS.map((word) => ` ${word}`);
export const OUTSIDERS_AFTER_THE: readonly string[] = OUTSIDER_WORDS.map((word) => `the ${word}`);
/** "the manager who set up the meeting": a relative pronoun between a person and what they do. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that']);

/**
 * Whether two person words name the same title: the same word, or in Chinese a shorter form of it ("處長" for
 * "行銷處長", "經理" for "業務經理"), or one of the team the earlier word names ("客服部的帳號都在地端 ... 客服人員在座位上"),
 * or the team's name for one of its people named earlier ("客服人員帳號在地端 ... 客服這端的訊號", "行政同仁 ... 行政那端").
 * A deputy is someone else: "組長在公司、副組長今天 WFH ... 打給組長" calls the head, not the deputy (a deputy's
 * title said by its alias, "副總" and "VP", is still one title).
 */
function sameTitle(earlier: string, later: string): boolean {
  if (earlier.startsWith(DEPUTY) !== later.startsWith(DEPUTY) && TITLE_ALIASES.get(earlier) === undefined) return false;
  const alias = TITLE_ALIASES.get(earlier);
  const team = earlier.replace(TEAM_END, '');
  const member = team.length > 0 && later.startsWith(team) && MEMBER_WORDS.has(later.slice(team.length));
  const teamOfMember = earlier.startsWith(later) && MEMBER_WORDS.has(earlier.slice(later.length));
  const chinese = (word: string): boolean => /^[\u3400-\u9fff]{2,}$/.test(word);
  return earlier === later || (chinese(later) && (earlier.endsWith(later) || teamOfMember)) || (chinese(earlier) && member) || (alias !== undefined && alias === TITLE_ALIASES.get(later));
}

/**
 * What the analyzer joined before a Chinese title's head: a family name ("王" of "王醫師") or the title's kind ("區" of
 * "區經理"); two people whose titles differ in it are two.
 */
function familyName(item: Item | undefined): string | undefined {
  if (item?.kind !== 'mention' || item.concept.kind !== 'party' || !HAN.test(item.head) || item.surface === item.head || !item.surface.endsWith(item.head)) return undefined;
  return item.surface.slice(0, -item.head.length);
}

/** What opens a deputy's title ("副組長", "副院長"). */
const DEPUTY = '副';
/** Words after a team's name for one of its people ("客服" + "人員", "業務" + "同仁"). */
const MEMBER_WORDS: ReadonlySet<string> = new Set(['人員', '同仁', '同事', '專員']);
/** What ends a team's name ("業務部", "資訊室"): its people are "業務同仁", "資訊人員". */
const TEAM_END = /(?:部門|部|處|課|組|室)$/;

/** Titles said in full and by their abbreviation ("專案經理 ... PM 是 Online 帳號", "財務長 ... CFO"): one title each. */
const TITLE_ALIASES: ReadonlyMap<string, number> = new Map(
  [
    ['專案經理', 'pm'], ['財務長', 'cfo'], ['執行長', 'ceo'], ['技術長', 'cto'], ['資訊長', 'cio'], ['營運長', 'coo'],
    ['總經理', 'gm', '總座'], ['副總', 'vp', '副總經理'], ['董事長', '董座'], ['特助', '特別助理'], ['人資', 'hr'], ['execut', 'exec'],
  ].flatMap((names, group) => names.map((name) => [name, group] as const)),
);

/** Words for oneself, which after someone mean that someone ("使用者自己", "the user himself"). */
const REFLEXIVES: ReadonlySet<string> = new Set(['自己', '本人', 'himself', 'herself', 'themselves', 'themself']);
/** "人在飯店": the person's body, as against their account. */
const BODY_WORD = '人';
/** A place said with what someone does there ("works from home", "sitting in the office"): after a name, theirs. */
const DOING_THERE = /^(?:sit|sits|sitting|sat|stay|stays|staying|stayed|based) (?:in|at|from|on) /;
/**
 * "Sunita works from home": where someone works may be their habit, not where they are for the call. Theirs inside a
 * sentence that goes on to their call ("Flip side: Sunita works from home on her broadband and calls Mark", en43-16);
 * opening one, it is how someone is introduced before the call is told, and stays unread.
 */
const WORKING_THERE = /^(?:work|works|working|worked) (?:in|at|from|on) /;

/** The gender a title says ("Mr. Tan" is he) and a pronoun stands for; 他 and they say none. */
const TITLE_GENDERS: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['mr', 'he'], ['sir', 'he'], ['mrs', 'she'], ['ms', 'she'], ['miss', 'she'], ['madam', 'she'], ['maam', 'she'],
]);
/** Nouns that say a gender ("the new guy ... he's on-prem homed"), as matching keys. */
const NOUN_GENDERS: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['guy', 'he'], ['man', 'he'], ['gentleman', 'he'], ['boy', 'he'], ['lady', 'she'], ['ladi', 'she'], ['woman', 'she'], ['girl', 'she'],
]);
const PRONOUN_GENDERS: ReadonlyMap<string, 'he' | 'she'> = new Map([['he', 'he'], ['him', 'he'], ['she', 'she'], ['her', 'she'], ['她', 'she']]);
/** Pronouns that stand for one person only ("they", "their" may stand for a pair). */
const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', '他', '她']);
/** Titles before a name ("Mr. Tan", "Ma'am Liza"): the name is a person's, and the title no person of its own. */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'sir', 'madam', 'maam', 'prof']);
/** "院長在會議室當廣播的主講人": "當" (act as) before a person word names who the subject is, like a copula. */
const ACTS_AS: ReadonlySet<string> = new Set(['當']);
const isCopula = (item: Item | undefined): boolean => isMarker(item, 'copula') || ACTS_AS.has(surfaceOf(item) ?? '');
/** Filler words that end in a copula ("已經是", "還是"). */
const COPULA_END = /^[\u3400-\u9fff]+是$/;
/** A word that makes someone another organization's ("federate", "partner"), as against a room they own. */
const isFederatedWord = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'federated';

export const isHonorific = (item: Item | undefined): boolean => item?.kind === 'word' && HONORIFICS.has(item.key);
/**
 * Words after which a capitalized word names a place, an organization or a thing: "from Globex", "in Cebu", "at
 * Contoso", "a Yealink": a person's name takes no article.
 */
const NOT_PERSON_BEFORE: ReadonlySet<string> = new Set([
  'from', 'in', 'at', 'on', 'of', 'near', 'inside', 'outside', 'within', 'around', 'across', 'via', 'a', 'an', 'the', 'our', 'their', 'its',
]);
/** Words for next to someone, after them ("他隔壁", "我旁邊"): where the one after 的 sits, by them. */
const NEXT_TO: ReadonlySet<string> = new Set(['隔壁', '旁邊', '對面', '後面', '前面', '附近']);
/** What someone has rather than is: said with "my", it is the speaker ("my account", "my laptop"). */
const OWN_THINGS = new Set(['account', 'client', 'endpoint', '用戶端']);
/** Whether a mention names what someone has ("account", "client") rather than a person. */
export function isOwnThing(item: Item | undefined): boolean {
  return OWN_THINGS.has(headOf(item));
}
/** Words for an account: what is said of one ("帳號也在本地") is where it is homed; "我的帳號" is the speaker. */
export const ACCOUNT_WORDS: ReadonlySet<string> = new Set(['帳號', '賬號', '帳戶', '賬戶', '的帳號', '的賬號', '帳號是', '賬號是', '帳號在', '賬號在']);
/**
 * Whether the clause break at `index` goes on about the same subject: "who" opens a relative clause ("Mei, who is at
 * home"), "and" before a copula or a joining ("set it up and is at home", "and joins from home") a predicate of theirs.
 */
function sameSubjectGoesOn(items: readonly Item[], index: number): boolean {
  const next = items[index + 1];
  if (surfaceOf(items[index]) === 'who' || surfaceOf(next) === 'who') return true;
  return surfaceOf(items[index]) === 'and' && (isMarker(next, 'copula') || (next?.kind === 'mention' && next.concept.kind === 'cue' && next.concept.cue === 'join'));
}

/** "my signaling", "我這端": the speaker's own side, said without naming them. */
const MY_WORDS = new Set(['my', 'mine', '我的', '我這']);
/** "her call", "his side": a pronoun inside a possessive word, and the pronoun that names the same person. */
const THEIR_WORDS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['他的', '他'],
  ['她的', '她'],
]);
/** Pronouns that are the object of a verb ("tell me", "show us"): never the owner of what follows. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them']);
/** The writer's own words for themselves ("I", 「我」): never a "he" or "she" (a caller field, "來電者", may be). */
const WRITER_SELF = /^(?:i|me|myself|i am|i'm|我|本人)$/;
/** Words that may follow a called "her" ("rings her on Skype", "calls her every day"): she is called, nothing of hers. */
const AFTER_OBJECT: ReadonlySet<string> = new Set(['on', 'from', 'over', 'via', 'through', 'every', 'each', 'back', 'again', 'about', 'and', 'when', 'while', 'daily', 'today', 'directly']);
/** Words for traffic after "X's meeting" ("Sam's meeting traffic") or "X's" alone ("Rachel's traffic"), as matching keys. */
const TRAFFIC_NOUNS: ReadonlySet<string> = new Set(['traffic', 'media', 'audio', 'video', 'signal', 'signaling', 'path', 'rout', 'route']);
/** Words for the one a ticket is about, which a ticket's "Caller:" field names (see People.linkTicketUser). */
const TICKET_USER_WORDS: ReadonlySet<string> = new Set(['user', 'the user', 'end user', 'end-user']);
/** Prepositions before "his internet" that make it the connection someone is on ("at home on his internet"), not a path asked. */
const ON_WORDS: ReadonlySet<string> = new Set(['on', 'using']);

/** Words between "我們" and the servers it owns ("我們自己的", "我們的"), as segmented. */
const OWN_WORDS: ReadonlySet<string> = new Set(['自己的', '自己', '的', '自家的']);

/**
 * "帳號還在我們自己的 Lync 伺服器上", "放在我們的地端 pool": "我們" after 在 and before the servers or pool where an
 * account is kept is whose servers they are, not a person the homing is said of (it is the account's owner's).
 */
function ownersServers(items: readonly Item[], index: number): boolean {
  if (surfaceOf(items[index]) !== '我們' || !/在$/.test(surfaceOf(items[index - 1]) ?? '')) return false;
  const next = nextIndex(items, index, (x) => isFiller(x) || OWN_WORDS.has(surfaceOf(x) ?? ''));
  return kindOf(items[next]) === 'homed';
}

/** A site of ours named by one word ("warehouse", "our store"), which before a person noun is part of a title. */
function isSiteWord(item: Item): boolean {
  if (item.kind !== 'mention' || item.concept.kind !== 'place' || item.concept.value !== 'customerNetwork' || item.concept.connection === true) return false;
  return item.surface.split(' ').filter((word) => !isFunctionWord(word)).length === 1;
}

/** The key of a person word's noun: "sales rep" and "the rep", "marketing manager" and "managers" match. */
/** Words inside a name of several words ("Pieter de Vries", "Ana dos Santos", "Ahmed bin Zayed"), as matching keys. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten', 'le', 'la', 'bin', 'binti', 'al', 'el']);
const isNameParticle = (item: Item | undefined): boolean => item?.kind === 'word' && NAME_PARTICLES.has(item.key);
const isSideWord = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'perspective';
/** Demonstratives before the classifier of a call ("那通", "這通"): "Zita 那通" is that call of Zita's. */
const CALL_DEMONSTRATIVES: ReadonlySet<string> = new Set(['那', '這']);

export class People {
  readonly anchors = new Map<number, Anchor>();
  /** Person anchors that name the organizer: "hosted by X", "X set up", "X's meeting", "X 開的會". */
  readonly organizers = new Set<number>();
  /** Items inside "hosted by ..." (statements there are the organizer's). */
  readonly organizerScope = new Set<number>();
  /** Person anchors right after a call word: the other party ("calls an on-prem user", "打給在家的使用者"). */
  readonly callees = new Set<number>();
  /** People described by their part in the call with the speaker ("the person I'm calling", "打來的人"), see callRelatives.ts. */
  private readonly relatives: CallRelatives;
  /** A person anchor that names the same person as an earlier one. */
  readonly sameAs = new Map<number, number>();
  /** "my" said in a chat log's line, to the line's writer ("[10:05] Tom: ... My media?" is Tom's). */
  private readonly chatWriterOf = new Map<number, number>();
  /** An "each" word standing for the people named together before it ("me and the organizer are both"). */
  readonly groups = new Map<number, number[]>();
  /** "Priya and Tom are in the office": the "and" of two people said to be so together, standing for both (see findPluralSubject). */
  readonly saidTogether = new Set<number>();
  /** "both Kavitha and Mr. Lee are ...": the second of a pair named after "both" -> the "both" anchor. */
  readonly pairEnds = new Map<number, number>();
  /** "one" words standing for a person, in order ("one homed Online, one on-premises"). */
  readonly ones: number[] = [];
  /** Pronouns that stand for another company named before them: its people. */
  readonly theirs = new Set<number>();
  /** Names said right after a word for another organization ("Partner Fabrikam", "our vendor Contoso"): its people. */
  readonly namedOutsiders = new Set<number>();
  /** The person the question is about, when the text says so ("for the office user", "老闆那端"). */
  readonly perspective: number | undefined;
  /** "the strategy meeting I booked for her", "I set up the meeting": the speaker hosts, and is homed where the host is. */
  readonly speakerHosts: boolean;
  /** Pronouns that could stand for more than one person named before them (see ambiguousAntecedent). */
  readonly unresolved = new Set<number>();
  /**
   * Of those, each one unclear only between the host of a meeting, named last, and one other person: that person
   * ("the manager joins the call the director scheduled. She'll be at the airport"). A host has no place in the call,
   * so a place said by the pronoun can only be the other's (see PartyReader.attach); anything else it says stays unclear.
   */
  readonly placedBesideHost = new Map<number, number>();
  /** The gender "he" or "she" said of a person (their resolved anchor). */
  private readonly genders = new Map<number, 'he' | 'she'>();
  /** Each person word's identityOf, read once: linkRepeated compares every person named with every other. */
  private readonly identities = new Map<number, string>();
  /** Places another organization owns ("客戶的會議室", "the client's guest Wi-Fi", "客戶家"): where someone else is. */
  readonly ownedPlaces = new Set<number>();
  /**
   * Of those, the rooms of an organization a "they" stands for ("他在他們辦公室", "at their office"): someone of theirs
   * is at home there, one of ours visiting is on the Internet.
   */
  readonly placesOfThem = new Set<number>();

  /** The client a consultant writes for and its name (see client.ts): nobody in the call. */
  readonly client: ReadonlySet<number>;
  /** Whether "their" stands for that client ("their Osaka office", "their on-prem pool"). */
  readonly theirMeansClient: boolean;

  /** Whether the text is Chinese (English words inside it behave as Chinese ones). */
  private readonly chinese: boolean;

  /** Who only passes something on ("the vendor said ...", "同事說 ...", "申請人：小王"; reporters.ts): nobody in the call. */
  readonly reporters: ReadonlySet<number>;

  /** What the writer says they already know ("Jane's side I get", 「我知道我自己訊號走 ER」; knownSides.ts): told, not asked. */
  private readonly known: Known;

  /** `calledMeetings`: the 開會 that describe the one called (see calleesMeetings), who hosts nothing. */
  constructor(private readonly items: readonly Item[], private readonly calledMeetings: ReadonlySet<number>) {
    this.chinese = items.some((item) => item.kind === 'word' ? item.script === 'han' : item.kind === 'mention' && /[\u3400-\u9fff]/.test(item.surface));
    this.client = advisedClient(items);
    this.theirMeansClient = theirMeansClient(items, this.client);
    this.relatives = callRelatives(items);
    this.reporters = new Set([...reporterIndexes(items), ...filerIndexes(items), ...askerIndexes(items)]);
    this.known = knownSides(items);
    // "the guest wifi is for visitors": the group a place serves is nobody in the call.
    const served = servedGroups(items);
    // "could someone tell me ...": who is asked or told the answer is nobody in the call (reporters.ts).
    const addressed = addressees(items);
    items.forEach((item, index) => {
      if (served.has(index) || addressed.has(index) || this.relatives.inner.has(index) || (!this.relatives.heads.has(index) && this.isBodyWord(item, index)) || this.client.has(index) || countsThings(this.items, item, index) || namesMachine(this.items, item, index) || namesSoftware(this.items, item, index) || roleAs(this.items, index)) return;
      if (this.oneBeforePerson(item, index)) return;
      const named = anchorOf(item, index) ?? mineAnchor(this.items, item, index) ?? ourProductAnchor(this.items, item, index) ?? theirMeetingAnchor(this.items, item, index) ?? calledHer(this.items, item, index) ?? this.nameAnchor(item, index) ?? roleNounAnchor(this.items, item, index) ?? this.letterAnchor(item, index) ?? this.describedOne(index) ?? formerOrLatter(this.items, index);
      const anchor = ownedBySpeaker(this.items, named, index) ?? named ?? this.oneAnchor(item, index);
      if (!anchor || this.possessivePronoun(item, index) || ownersServers(this.items, index) || this.accountOfBefore(item, index)) return;
      this.anchors.set(index, anchor);
      const onePronoun = named?.role === 'user' && item.kind === 'mention' && /^(one|一|其中)/.test(item.surface);
      if (onePronoun || oneOfThem(this.items, index) || !named) this.ones.push(index);
    });
    for (const anchor of [...this.anchors.values()]) this.markQuoted(anchor);
    this.linkSenders();
    this.dropChatWriters();
    for (const anchor of [...this.anchors.values()]) this.markOneselfAlways(anchor);
    for (const anchor of [...this.anchors.values()]) this.markOwner(anchor);
    for (const anchor of [...this.anchors.values()]) this.markNamedOutsider(anchor);
    for (const anchor of [...this.anchors.values()]) this.linkDescriber(anchor);
    for (const anchor of [...this.anchors.values()]) this.linkReflexive(anchor);
    for (const anchor of [...this.anchors.values()]) this.linkAside(anchor);
    for (const anchor of [...this.anchors.values()]) this.linkAppositiveName(anchor);
    for (const anchor of [...this.anchors.values()]) this.linkHomingDescription(anchor);
    items.forEach((item, index) => {
      // "Meeting of Thiago, Bruna and Rafael": who is in it, none of them its host.
      // "meeting by my manager": a bare "by" right after a meeting names its host, as "hosted by" does.
      if ((isMarker(item, 'by') || meetingBy(items, index)) && !listsMembers(items, index)) this.markScope(index);
    });
    this.findRoleHosts();
    for (const anchor of [...this.anchors.values()]) this.findPairAfter(anchor);
    items.forEach((item, index) => this.findPluralSubject(item, index));
    for (const anchor of [...this.anchors.values()]) this.markTwoOfUs(anchor);
    for (const anchor of [...this.anchors.values()]) this.markCalledPair(anchor);
    for (const anchor of [...this.anchors.values()]) {
      if (anchor.kind !== 'person' || this.ones.includes(anchor.index)) continue;
      if (anchor.role === 'pronoun') this.linkPronoun(anchor);
      // "他的帳號…" with nobody (or two people) it surely stands for: left the filler it was, so what is said of the
      // account falls to whom the clause goes on about, as before.
      if (this.possessiveUnlinked(anchor)) continue;
      // "Does it matter if Ravi hosts the meeting?": a host supposed is asked about, not said.
      if (this.hosts(anchor) && !hostedBefore(this.items, anchor.index) && !supposedItems(this.items).has(anchor.index)) {
        this.organizers.add(anchor.index);
        const word = this.organizerWordAfter(anchor.index);
        if (word !== undefined) this.sameAs.set(word, anchor.index);
        // "組長帳號在地端 ... 組長發了一個會議": a title (not a word for anyone) named again as the host is the one described.
        if (anchor.role === 'generic' && !GENERIC_NOUNS.has(surfaceOf(this.items[anchor.index]) ?? '')) this.linkRepeated(anchor);
        // "召集人是新加坡同事 Wei Ming": a title and the name right after it, both hosting, are one host.
        const title = this.anchors.get(anchor.index - 1);
        if (this.chinese && isNameWord(this.items[anchor.index]) && title?.kind === 'person' && (title.role === 'generic' || title.role === 'peer') && this.organizers.has(title.index) && !isNameWord(this.items[title.index]) && this.resolve(title).index !== anchor.index) this.sameAs.set(anchor.index, title.index);
        continue;
      }
      if (anchor.role !== 'generic' && anchor.role !== 'peer' && anchor.role !== 'pronoun') continue;
      if (this.linkOwnAccount(anchor)) continue;
      this.linkCopula(anchor);
      this.linkField(anchor);
      this.linkPair(anchor);
      this.linkPossession(anchor);
      this.linkRepeated(anchor);
      if (this.isCallee(anchor.index) || this.relatives.heads.has(anchor.index)) this.callees.add(anchor.index);
    }
    items.forEach((item, index) => this.linkGroup(item, index));
    this.linkRowLetters();
    this.linkChatWriters();
    this.linkCaller();
    this.linkCallee();
    this.linkTicketUser();
    this.dropPassersOn();
    if (this.chinese) this.linkTeamMembers();
    if (this.chinese) this.relinkSwappedNames();
    if (this.chinese) this.linkPickedMembers();
    // "營運長 ... 由他主持": the person a hosting pronoun stands for hosts.
    for (const index of [...this.organizers]) this.organizers.add(this.resolve(this.anchors.get(index) as Anchor).index);
    this.linkOneByPlace();
    this.linkFormerLatter();
    this.perspective = this.findPerspective();
    // "我自己開的會議": a word for oneself that hosts stands for the speaker, who then hosts; so does "my own meeting".
    // "Hosting a training session at the Singapore office": the writer is the subject left unsaid.
    this.speakerHosts = [...this.anchors.values()].some((anchor) => anchor.role === 'user' && (this.speakerHosting(anchor.index) || this.organizers.has(anchor.index))) || writersOwnMeeting(items) || unsaidSubjectHosts(items, this.chinese);
  }

  /**
   * "My manager told me calls from home ...", "聽同事說 ...": who only passes something on is nobody in the call
   * (reporters.ts), unless a later word stands for them ("Bob said he is at home") or they host.
   */
  private dropPassersOn(): void {
    const namedAgain = new Set(this.sameAs.values());
    for (const index of this.reporters) {
      const anchor = this.anchors.get(index);
      if (!anchor || anchor.role === 'user' || namedAgain.has(index) || this.organizers.has(index)) continue;
      this.anchors.delete(index);
    }
  }

  /** The anchor a person anchor stands for after following the links to who it refers to. */
  resolve(anchor: Anchor): Anchor {
    // Most anchors refer to nobody earlier: asked for every statement and every rule, they make no set of links seen.
    if (!this.sameAs.has(anchor.index)) return anchor;
    const seen = new Set<number>();
    let current = anchor;
    for (let target = this.sameAs.get(current.index); target !== undefined && !seen.has(target); target = this.sameAs.get(current.index)) {
      seen.add(current.index);
      current = this.anchors.get(target) as Anchor;
    }
    return current;
  }

  /**
   * Whether someone besides the user takes part: a person called ("打給主管", "跟我視訊"), a word for the other
   * party, both parties, or two different people (after following who refers to whom). The organizer does not count.
   */
  otherParty(): boolean {
    const people = new Set<number>();
    for (const anchor of this.anchors.values()) {
      // "the Ops Director (he's on-prem too) runs the call": a pronoun for the host is the host.
      // "Skype 全部都會走 ER": everyone, even right after a call word, is no one called.
      if (anchor.kind !== 'person' || anchor.role === 'all' || this.organizers.has(anchor.index) || this.organizers.has(this.resolve(anchor).index)) continue;
      // "同事小芳在辦公室用 Skype，她的媒體…": a word for a colleague whose side is asked about is the user, no other party.
      const asked = anchor.role === 'peer' && this.perspective !== undefined && this.resolve(anchor).index === this.perspective;
      if ((anchor.role === 'peer' && !asked) || anchor.role === 'both' || this.callees.has(anchor.index) || this.isCallee(anchor.index)) return true;
      const key = this.personKey(anchor);
      if (key !== undefined) people.add(key);
    }
    return people.size >= 2;
  }

  /**
   * Who an anchor is, for counting people: -1 for the user, whether named by a word for the user or linked to one
   * ("來電者：Kevin": Kevin is the user, no second person), else the person it resolves to.
   */
  private personKey(anchor: Anchor): number | undefined {
    if (this.namesField(anchor.index)) return undefined;
    const resolved = this.resolve(anchor);
    return anchor.role === 'user' || resolved.role === 'user' ? -1 : resolved.index;
  }

  /**
   * "使用者位置：台中辦公室", "使用者帳號：Online", "User location: HQ": a word for the user inside a ticket's field
   * label names the field, not someone besides the person the ticket is about; so does one that labels a field naming
   * that person.
   */
  private namesField(index: number): boolean {
    const surface = surfaceOf(this.items[index]) ?? '';
    // "受影響使用者：林經理", "來電者：張協理": the label of the field that names the one the ticket is about.
    const value = this.items[index + 2];
    if (FIELD_USER_WORDS.has(surface) && isColon(this.items[index + 1]) && (kindOf(value) === 'party' || isNameWord(value))) return true;
    if (!USER_LABEL_WORDS.has(surface) || (index > 0 && !endsSentence(this.items[index - 1]))) return false;
    const word = this.items[index + 1];
    const colon = this.items[index + 2];
    return word?.kind === 'word' && colon?.kind === 'break' && colon.colon === true && !colon.strong;
  }

  /** Whether the resolved person is the organizer (an organizer word, or a person who hosts). */
  isOrganizer(anchor: Anchor): boolean {
    return anchor.kind === 'organizer' || this.organizers.has(anchor.index);
  }

  /**
   * "one homed Online, one on-premises": a "one" right before a statement stands for a person, unless a person word
   * follows it ("一位 Online 使用者", "一個地端同事": "one" is only an article there).
   */
  private oneAnchor(item: Item, index: number): Anchor | undefined {
    if (item.kind !== 'mention' || !ONE_WORDS.has(item.surface)) return undefined;
    if (item.concept.kind !== 'number' && item.concept.kind !== 'filler') return undefined;
    const statement = nextIndex(this.items, index, isFiller);
    if (!isStatement(this.items[statement])) return undefined;
    const after = this.items[pastDescription(this.items, statement)];
    // "一個開在雲端的會議", "一個雲端主持人開的會": before a meeting or its organizer "one" is an article too.
    if (after !== undefined && (anchorOf(after, 0)?.kind === 'meeting' || anchorOf(after, 0)?.kind === 'organizer')) return undefined;
    const person = after !== undefined && anchorOf(after, 0)?.kind === 'person';
    // The second of a pair stands for a person even before the noun: "一位位於線上、一位位於內部部署的使用者".
    return person && this.ones.length === 0 ? undefined : { index, kind: 'person', role: 'generic' };
  }

  /** "the one calling me", "the one I'm calling": "one" described by its part in the call is a person. */
  private describedOne(index: number): Anchor | undefined {
    return this.relatives.heads.has(index) ? { index, kind: 'person', role: 'generic' } : undefined;
  }

  /**
   * "一位在台中分行、走公司 WAN 的主管": "one" said with its "在" (a word for a person of its own) before what describes
   * a person word is only an article (see oneAnchor for "one" alone).
   */
  private oneBeforePerson(item: Item, index: number): boolean {
    if (item.kind !== 'mention' || item.concept.kind !== 'party' || !/^一[位個名]/.test(item.surface)) return false;
    const after = this.items[pastDescription(this.items, index)];
    return after !== undefined && anchorOf(after, 0)?.kind === 'person';
  }

  /**
   * "a meeting organized by the dean, homed on-prem", "It's the dean's meeting", "the weekly call that the dean (Online)
   * scheduled": a word the vocabulary does not know, after "the", "our" or "my", is a person when the host rules find
   * it hosting (as any person they are given), and so is the same word after an article again ("The dean is homed
   * on-prem"). Not a machine word, and never a meeting set up by someone ("the weekly scheduled by Ravi" hosts nothing:
   * "by" is no hosting of the word before it).
   */
  private findRoleHosts(): void {
    const hosting: number[] = [];
    this.items.forEach((item, index) => {
      if (this.anchors.has(index)) return;
      const anchor: Anchor = { index, kind: 'person', role: 'generic' };
      // "總經理室開的例會", "董事長室發的會議": an office that hosts is the one who heads it (named again by title, see identityOf).
      if (officeHolder(item) !== undefined && !surfaceOf(this.items[index - 1])?.endsWith('在') && this.hosts(anchor)) this.anchors.set(index, anchor);
      else if ((mayBeRoleNoun(this.items, item, index) || this.isTeam(item, index)) && this.hosts(anchor)) hosting.push(index);
    });
    for (const index of hosting) {
      const key = surfaceOf(this.items[index]);
      const again = this.items.flatMap((item, k) => (k > index && surfaceOf(item) === key && mayBeRoleNoun(this.items, item, k) ? [k] : []));
      // Only what is said of a person makes the word one: where they are homed right after it, a personal pronoun
      // after it, the word named again, or whose person it is ("the portal sends the meeting invite" is no host); a
      // team is people.
      const personal = this.homedRightAfter(index) || personalPronounAfter(this.items, index) || this.ownPersonHosting(index) || this.isTeam(this.items[index], index);
      if (again.length === 0 && !personal) continue;
      for (const k of [index, ...again]) this.anchors.set(k, { index: k, kind: 'person', role: 'generic' });
    }
  }

  /** "the dean, homed on-prem", "the dean (not migrated yet)", "the dean, whose account ...": a homing said of them. */
  private homedRightAfter(index: number): boolean {
    // "… run by our bursar, who is still homed on the old pool.": a who/whose clause that closes the sentence is the host's.
    const relative = this.items[index + 1]?.kind === 'break' && ['who', 'whose'].includes(surfaceOf(this.items[index + 2]) ?? '');
    const end = relative ? this.items.length : Math.max(afterRelativeClause(this.items, this.afterAside(afterApposition(this.items, index))), index + HOMED_REACH);
    for (let k = index + 1; k <= end && k < this.items.length && !endsSentence(this.items[k]); k++) if (kindOf(this.items[k]) === 'homed') return true;
    return false;
  }

  /**
   * "the team meeting my gaffer set up", "run by our bursar", "the design crit the architect scheduled": what "my" or
   * "our" has that hosts is one of our people, and so is a word that hosts the meeting named right before it ("the
   * portal sends the meeting invite" names no meeting before the portal; "hosted by the ministry" may be anyone's).
   */
  private ownPersonHosting(index: number): boolean {
    return OWNER_WORDS.has(surfaceOf(this.items[index - 1]) ?? '') || this.meetingBefore(index);
  }

  /**
   * "our HR team", "the warehouse planning team", "Legal" opening its clause: a group of our people, which hosts as a
   * person does ("the design team runs a weekly review", "Legal organizes a compliance briefing").
   */
  private isTeam(item: Item, index: number): boolean {
    const before = this.items[index - 1];
    // "the onboarding session HR set up": a department right after the meeting it hosts (see meetingBefore) is ours too.
    if (item.kind === 'mention' && DEPARTMENTS.has(item.surface)) return before === undefined || endsClause(before) || ROLE_ARTICLES.has(surfaceOf(before) ?? '') || this.meetingBefore(index);
    // "我們部門開的會", "本署其他單位召集之會議": a unit of our own organization.
    if (item.kind === 'mention' && ZH_UNITS.has(item.surface)) {
      const owner = previousIndex(this.items, index, (x) => OTHER_OF_OURS.has(surfaceOf(x) ?? ''));
      return this.anchors.get(owner)?.role === 'all' && OUR_ORGANIZATION.test(surfaceOf(this.items[owner]) ?? '');
    }
    if (item.kind !== 'word' || !TEAM_HEADS.has(item.key)) return false;
    for (let k = index - 1; k >= 0 && k >= index - 1 - TEAM_NAME_REACH; k--) {
      const word = this.items[k];
      if (ROLE_ARTICLES.has(surfaceOf(word) ?? '')) return true;
      const modifier = (word.kind === 'word' && word.script === 'latin' && word.name !== true) || (isFiller(word) && !isPossessive(word)) || kindOf(word) === 'place';
      if (!modifier) return false;
    }
    return false;
  }

  /**
   * Names are an open class, recognized by their shape and place rather than a list: "阿哲", "小陳" (an everyday
   * prefix and one character the vocabulary does not know, see the analyzer), "Mr. Santos", "Grace", "Amy" (see
   * isPersonName).
   */
  private nameAnchor(item: Item, index: number): Anchor | undefined {
    if (item.kind !== 'word' || !item.name) return undefined;
    // "Short description: Choppy audio in ...": a word for a call going badly, capitalized as it opens a field's value,
    // before what goes badly, names nobody ("Echo's audio" may be someone's).
    const opensValue = this.items[index - 1]?.kind === 'break' && (this.items[index - 1] as Extract<Item, { kind: 'break' }>).colon === true;
    if (opensValue && classWords(this.items, 'poorCall').has(index) && kindOf(this.items[index + 1]) === 'traffic') return undefined;
    const person: Anchor = { index, kind: 'person', role: 'generic' };
    return item.script === 'han' || this.isPersonName(index) ? person : undefined;
  }

  /**
   * "A 在公司，B 在飯店沒 VPN", "A 跟 B 互打": in Chinese text a Latin letter standing alone, before what is said of
   * someone, names a person ("a" is no article there). After a person word it tells two apart ("同事A", see identityOf).
   */
  private letterAnchor(item: Item, index: number): Anchor | undefined {
    if (!/^[a-z]$/.test(surfaceOf(item) ?? '')) return undefined;
    const before = this.items[index - 1];
    if (!this.chinese) return initials(this.items, before, index) ?? letterName(this.items, before, index);
    // "同事A 在家、同事B 在總部，A 打給 B": a letter that told two people apart names one of them (see linkRowLetters).
    if (labelsSomeone(this.items, surfaceOf(item) ?? '')) return undefined;
    // "請問 B 那端？": past fillers that open a question. "A：在公司", "B=地端帳號/總部": a row labelled with the letter,
    // where what is said of them follows the colon ("A=王大同，地端/總部" names them first: the name is the person).
    const opener = this.items[previousIndex(this.items, index, isFiller)];
    const opens = opener === undefined || endsClause(opener) || AND_WORDS.has(surfaceOf(before) ?? '');
    const next = this.items[nextIndex(this.items, index, (x) => isFiller(x) && !isPossessive(x))];
    const said = isStatement(next) || isCopula(next) || isSideWord(next) || isPossessive(next) || AND_WORDS.has(surfaceOf(next) ?? '') || kindOf(next) === 'call' || (next?.kind === 'break' && next.colon === true && isStatement(this.items[nextIndex(this.items, index + 1, isFiller)]));
    // "我在 A 這邊抓封包": a letter between 在 and a side word is whose end someone is at.
    const atSide = AT_WORD.test(surfaceOf(before) ?? '') && isSideWord(next);
    return (opens && said) || atSide ? { index, kind: 'person', role: 'generic' } : undefined;
  }

  /**
   * A capitalized word the vocabulary does not know names a person: after a title ("Mr. Tan", "Ma'am Liza");
   * inside a sentence, unless it names a place or an organization ("the Manila office", "someone from Globex", "a
   * hotel in Cebu"); first in a sentence only when what follows says something of a person ("Grace is at home",
   * "Anil (moved to Online)", "Priya and Mr. Tan", "Joel's path"), as any sentence may start with a capital.
   */
  private isPersonName(index: number): boolean {
    if (this.shapesAPerson(index)) return true;
    // "Kenji ... Kenji's at the Rotterdam site": a name said of a person once is that person everywhere.
    const key = (this.items[index] as Extract<Item, { kind: 'word' }>).key;
    return this.items.some((other, k) => k !== index && other.kind === 'word' && other.name === true && other.key === key && this.shapesAPerson(k));
  }

  private shapesAPerson(index: number): boolean {
    const item = this.items[index];
    if (isHonorific(item)) return false;
    // "Kevin 09:31：我在家": who wrote a line of a chat.
    if (this.labelsLine(index)) return true;
    const before = this.items[index - 1];
    if (isHonorific(before)) return true;
    // A name of several words ("Quezon City", "Northwind Traders") is one name: its first word decides.
    // "the weekly meeting of Ingrid": after a meeting's "of", a name is whose meeting it is.
    const meetingOf = surfaceOf(before) === 'of' && kindOf(this.items[previousIndex(this.items, index - 1, isFiller)]) === 'callType';
    // "I dial in on Ravi's bridge", "the link on Ravi's calendar invite": on whose meeting.
    const onTheirs = surfaceOf(before) === 'on' && kindOf(this.items[this.afterName(index) + 1]) === 'hostedMeeting';
    // "Ward manager on 5 North", "Level 3 East": a word after a number names a ward, a floor or a wing.
    // "Lea Schmitt: home office (Mainz), VPN on": in a row labelled with a name, a name in brackets right after a
    // place is the place's town (elsewhere "the London office (Priya)" may say who is there).
    const town = before?.kind === 'break' && before.paren === 'open' && kindOf(this.items[index - 2]) === 'place' && this.inLabelledRow(index);
    // "Pieter de Vries": a name after a particle goes on with the name before it.
    const particle = isNameParticle(before) && isNameWord(this.items[index - 2]);
    // "in HQ Sandton, wired", "at the branch Kano": a word no given name is, right after a site's own word, is its town.
    // ("Partner Litware" is another company's someone).
    const site = before?.kind === 'mention' && before.concept.kind === 'place' && before.concept.value === 'customerNetwork';
    const siteTown = site && !/^(?:in|at|on|from) /.test(surfaceOf(before) ?? '') && nameGender(item) === undefined;
    // "a meeting our Morag in finance set up": "our" before a given name is one of our people, not a site of ours.
    const ourOne = surfaceOf(before) === 'our' && nameGender(item) !== undefined;
    if (town || siteTown || particle || isNameWord(before) || kindOf(before) === 'number' || (NOT_PERSON_BEFORE.has(surfaceOf(before) ?? '') && !meetingOf && !onTheirs && !ourOne)) return false;
    // "the Manila office", "the Austin engineer", "Terminal 3", "Surface Pro 7": a word for what it names follows.
    const afterName = nextIndex(this.items, index, (x) => isNameWord(x) || isNameParticle(x));
    // "Ayumi at our supplier Hoshino Corp", "Hiroshi from Kobe Steelworks": a word that ends an organization's name,
    // in the name or right after it, makes it a company's.
    const orgNames = classWords(this.items, 'orgName');
    for (let k = index + 1; k <= afterName; k++) if (orgNames.has(k) && this.items[k].kind === 'word') return false;
    const after = this.items[afterName];
    // "Wendy in the office", "Luis at HQ", "Amy 在家": where someone is, said after their name, is no word for what the name names.
    // "Amy 人在機場": so is "人" (their body, see isBodyWord) before a place.
    const body = surfaceOf(after) === BODY_WORD && kindOf(this.items[afterName + 1]) === 'place';
    // "Priya works from home", "Raj sits in the office": so is a place said with what someone does there.
    const working = WORKING_THERE.test(surfaceOf(after) ?? '') && !(before === undefined || endsSentence(before)) && this.callFollows(afterName);
    const whereSomeoneIs = body || (kindOf(after) === 'place' && (/^(?:in|at|from|on) /.test(surfaceOf(after) ?? '') || DOING_THERE.test(surfaceOf(after) ?? '') || working || CHINESE_LOCATIVE.test(surfaceOf(after) ?? '')));
    if ((['place', 'company', 'party', 'number'].includes(kindOf(after) ?? '') && !whereSomeoneIs) || (after?.kind === 'word' && /^\d/.test(after.key))) return false;
    // "our on-prem Mediation Server", "the Director pool": a word for a machine or a role follows.
    if (after?.kind === 'word' && THING_WORDS.has(after.key)) return false;
    const initial = before === undefined || endsSentence(before);
    // "Suzuki-san", "Tanaka sama": an honorific after the name.
    if (after?.kind === 'word' && HONORIFIC_SUFFIXES.has(after.key)) return true;
    // "Rajesh Kumar in accounts dials ...", "Frau Weber (she's on-prem) runs the call": what is said of a name of
    // several words follows its last word. "Angela in HR sent the invite": a given name (see names.ts) before a hosting
    // verb is a person who hosts ("Contoso sent the invite" may be a company); so is one before the meeting they host
    // ("Kevin 開的會議").
    const hosts = hostingNext(this.items[nextIndex(this.items, afterName - 1, isFiller)]);
    return !initial || this.personFollows(afterName) || (hosts && nameGender(item) !== undefined);
  }

  /** Whether a call word follows `index` in its sentence. */
  private callFollows(index: number): boolean {
    for (let k = index + 1; k < this.items.length && !endsSentence(this.items[k]); k++) if (kindOf(this.items[k]) === 'call') return true;
    return false;
  }

  /** Whether what starts at `index` says something of a person named right before it. */
  private personFollows(start: number): boolean {
    if (this.framesAPerson(start)) return true;
    // "Dana Whitfield from Comms dials ...", "Noor in facilities (on-prem) calls ...": a department after "from" or
    // "in" comes before what is said of them.
    if (['from', 'in'].includes(surfaceOf(this.items[start]) ?? '') && this.items[start + 1]?.kind === 'word') return this.framesAPerson(start + 2);
    // "Sarah from HQ booked it": where they are from, then what they do as a host.
    const place = nextIndex(this.items, start, isFiller);
    if (surfaceOf(this.items[start]) === 'from' && kindOf(this.items[place]) === 'place') return isMarker(this.items[place + 1], 'hosted') || this.framesAPerson(place + 1);
    // "Kenji from procurement (his account ...)": what says which department someone is in may come first.
    return isFiller(this.items[start]) && this.framesAPerson(nextIndex(this.items, start, isFiller));
  }

  /**
   * The name that labels the line of `index`, when the line is a list's or a table's row about someone: it opens with
   * a name (past a bullet or a number: "- Grace:", "2) 阿明："), then a colon, then what is said of them
   * ("Lea Schmitt: home office (Mainz), VPN on", "Paul: 總部, Online"; see tableRowsAsLines).
   */
  private rowLabel(index: number): number | undefined {
    let start = index;
    while (start > 0 && !endsSentence(this.items[start - 1])) start--;
    // "A=郭大維，地端/總部；B=簡秀玲，…": a letter opening a stretch of the line opens a row of its own.
    const letter = (k: number) => /^[a-z]$/.test(surfaceOf(this.items[k]) ?? '') && (k === start || this.items[k - 1]?.kind === 'break');
    for (let k = index; k > start; k--) {
      if (letter(k - 1)) {
        start = k;
        break;
      }
    }
    // "1) ": a number's closing bracket is the bullet's too.
    const bullet = (x: Item) => (x.kind === 'break' && !x.strong && x.paren !== 'open') || kindOf(x) === 'number';
    while (start < index && bullet(this.items[start])) start++;
    // "周經理｜新竹廠區｜地端": a title may label a row as a name does, when nobody else is named in the row (then it
    // labels a field: "使用者：客服組長 Hannah").
    const titled = !isNameWord(this.items[start]) && this.anchors.get(start)?.kind === 'person' && kindOf(this.items[start]) === 'party' && !this.namesAnyoneAfter(start + 1);
    if (!isNameWord(this.items[start]) && !titled) return undefined;
    const colon = nextIndex(this.items, start, isNameWord);
    const item = this.items[colon];
    if (item?.kind !== 'break' || item.strong || !lineStates(this.items, colon)) return undefined;
    // "Jun - home, VPN off - on-prem pool", "Eva,on-prem,總部": another separator labels a line of a pasted list when
    // the line is one of several and no one calls or joins in it (then it is a sentence: "Priya, at home, dials ...").
    return item.colon === true || quietRow(this.items, colon) ? start : undefined;
  }

  /** Whether a person is named from `index` to the end of its sentence. */
  private namesAnyoneAfter(index: number): boolean {
    for (let k = index; k < this.items.length && !endsSentence(this.items[k]); k++) if (this.anchors.has(k)) return true;
    return false;
  }

  /** Whether `index` is in a row labelled with someone's name, after the label. */
  inLabelledRow(index: number): boolean {
    const label = this.rowLabel(index);
    return label !== undefined && label < index;
  }

  /** Whether the person at `index` labels a row of their own ("Ruben Alvarez: home, VPN off"). */
  labelsRow(index: number): boolean {
    return this.rowLabel(index) === index;
  }

  private framesAPerson(index: number): boolean {
    const next = this.items[index];
    if (next === undefined) return false;
    if ((next.kind === 'break' && next.paren === 'open') || isPossessive(next) || isMarker(next, 'copula') || isStatement(next)) return true;
    // "Priya got moved to Skype Online", "Ken has already been migrated to Online": a statement past helping verbs.
    const helped = nextIndex(this.items, index - 1, (x) => isFiller(x) || (x.kind === 'word' && HELPING_WORDS.has(x.key)));
    if (helped > index && isStatement(this.items[helped])) return true;
    // "Marco from sales, working from home, rings ...", "Priya, on home broadband, dials": what is said of them in an
    // apposition, past its fillers.
    if (next.kind === 'break' && !next.strong && next.paren === undefined && (isStatement(this.items[nextIndex(this.items, index, isFiller)]) || RELATIVE_PRONOUNS.has(surfaceOf(this.items[index + 1]) ?? ''))) return true;
    if (kindOf(next) === 'call' || (next.kind === 'mention' && next.concept.kind === 'cue' && next.concept.cue === 'join')) return true;
    // "Priya needs to call", "Priya will call", "Priya wants to Skype", "Priya can't call": the call after its auxiliaries.
    if (CALL_AUXILIARIES.has(surfaceOf(next) ?? '') && kindOf(this.items[nextIndex(this.items, index, (x) => CALL_AUXILIARIES.has(surfaceOf(x) ?? ''))]) === 'call') return true;
    // "Novak makes PSTN calls", "Ortiz places outbound calls": a verb the vocabulary does not know, then the calls.
    if (next.kind === 'word' && next.name !== true && kindOf(this.items[index + 1]) === 'callType') return true;
    // "Tomasz is not on the corporate network", "Gaz calls a landline": a copula denied, a call phrase that opens with its verb.
    if (next.kind === 'mention' && ((next.concept.kind === 'negation' && /^(?:is|are|was|am)\b/.test(next.surface)) || (next.concept.kind === 'callType' && /^(?:calls|rings|dials|phones)\b/.test(next.surface)))) return true;
    // "Tobias Kern: ICE train, 4G, VPN off", "Paul: 總部, Online": a list's or a table's row (see tableRowsAsLines) is
    // labelled with who it is about, and what the line goes on to say is said of them.
    if (next.kind === 'break' && next.colon === true && lineStates(this.items, index)) return true;
    const partner = this.items[index + 1];
    // "Ravi, who is homed Online, set up the meeting": a relative clause about a person ("Contoso invited us" may be a
    // company: what a host does is no sign of a person).
    if (next.kind === 'break' && !next.strong && next.paren === undefined && ['who', 'whose'].includes(surfaceOf(partner) ?? '')) return true;
    // "Eric 跟我都在總部", "Kate 和主管都是地端帳號": a person word and "both" after "跟" make the pair two people.
    // "Eric 和我都在家": the lexicon may join "都" to the place ("都在家", a place said of both).
    const both = this.items[nextIndex(this.items, index + 1, isFiller)];
    const paired = PAIRING_WORDS.has(surfaceOf(next) ?? '') && kindOf(partner) === 'party' && (BOTH_AFTER.has(surfaceOf(both) ?? '') || EACH_WORDS.has(surfaceOf(both) ?? '') || kindOf(both) === 'sharedPlace');
    return paired || (AND_WORDS.has(surfaceOf(next) ?? '') && (isHonorific(partner) || isNameWord(partner)));
  }

  /**
   * "帳號在地端，人在飯店", "人也在他們辦公室": "人" right before a place is where the person just described is in
   * body (as against their account), not someone new.
   */
  private isBodyWord(item: Item, index: number): boolean {
    if (surfaceOf(item) !== BODY_WORD) return false;
    // "我人不在公司", "他人在飯店", "技正今天人不在局裡": after a person word (past fillers) it is that person's body.
    const previous = previousIndex(this.items, index, isFiller);
    if (kindOf(this.items[previous]) === 'party' || this.anchors.has(previous)) return true;
    const skip = (x: Item) => isFiller(x) || kindOf(x) === 'negation' || GROUP_PRONOUNS.has(surfaceOf(x) ?? '');
    return kindOf(this.items[nextIndex(this.items, index, skip)]) === 'place';
  }

  /**
   * "研發部林經理", "業務部小林", "IT 主管 Amy": a person word right before another names who the second one is (their
   * department or title): the same person, whom the second word names (it is the one who hosts, or is called).
   */
  private linkDescriber(anchor: Anchor): void {
    // Past a word like "部" ("品保部陳經理"), not past "的" ("經理的秘書" is someone else), but past "那邊的" ("Tailspin
    // 那邊的 Ken": the one of that side).
    const side = isSideWord(this.items[anchor.index + 1]) && isPossessive(this.items[anchor.index + 2]) ? anchor.index + 3 : undefined;
    // "my boss Dr Okoro": past the honorific before the name too.
    const next = this.anchors.get(side ?? nextIndex(this.items, anchor.index, (item) => (isFiller(item) && !isPossessive(item)) || isHonorific(item)));
    // "客服同事 Iris", "同事阿凱": a colleague named right after the word is that colleague; not someone's colleague
    // ("他的同事 Grace", "my colleague Sara": another person beside the one whose colleague they are).
    const before = surfaceOf(this.items[anchor.index - 1]) ?? '';
    const owned = before.endsWith('的') && (before !== '的' || this.anchors.get(previousIndex(this.items, anchor.index - 1, isFiller))?.kind === 'person');
    const colleague = anchor.role === 'peer' && HAN.test(surfaceOf(this.items[anchor.index]) ?? '') && !owned && next !== undefined && isNameWord(this.items[next.index]);
    // "客服同事 Iris": a team's word before the colleague so named is the same one.
    const namedColleague = next?.role === 'peer' && next.index === anchor.index + 1 && HAN.test(surfaceOf(this.items[next.index]) ?? '') && isNameWord(this.items[next.index + 1]);
    if (anchor.kind === 'person' && (anchor.role === 'generic' || colleague) && next?.kind === 'person' && (next.role === 'generic' || (anchor.role === 'generic' && namedColleague))) this.sameAs.set(anchor.index, next.index);
  }

  /** "both me and my manager account is on-prem": an account right after a person is theirs, no one new. */
  private accountOfBefore(item: Item, index: number): boolean {
    return !this.chinese && isOwnThing(item) && surfaceOf(item) === 'account' && this.anchors.get(index - 1)?.kind === 'person';
  }

  /** "我老闆", "我同事": "我" right before a person word says whose person it is; it is no person of its own. */
  private possessivePronoun(item: Item, index: number): boolean {
    if (!MY_PERSON.has(surfaceOf(item) ?? '')) return false;
    const next = this.items[index + 1];
    const role = next && !this.isBodyWord(next, index + 1) ? anchorOf(next, index + 1)?.role : undefined;
    return role === 'generic' || role === 'peer';
  }

  /**
   * 'Forwarding from a user: "I call ..."', 'this is from one of our nurses, copying what she wrote: "I am ..."': the
   * person a quoted message comes from is its "I", the speaker of what follows, not a third person a "she" in the
   * quote could stand for.
   */
  private markQuoted(anchor: Anchor): void {
    if (anchor.kind !== 'person' || anchor.role !== 'generic') return;
    if (this.saysQuotedI(anchor.index)) {
      this.anchors.set(anchor.index, { ...anchor, role: 'user' });
      return;
    }
    const from = previousIndex(this.items, anchor.index, isFiller);
    if (surfaceOf(this.items[from]) !== 'from') return;
    for (let k = anchor.index + 1; k < this.items.length && k <= anchor.index + QUOTE_REACH && !endsSentence(this.items[k]); k++) {
      const item = this.items[k];
      if (item.kind === 'break' && item.quote) {
        this.anchors.set(anchor.index, { ...anchor, role: 'user' });
        return;
      }
    }
  }

  /**
   * 'Tomasz says: "I'm at my desk ..."', 'Grace from payroll wrote: "I keep calling ..."': the one said to
   * say a quoted message that speaks of its "I" is that "I", not another person beside the writer's. Only a quote
   * opening right after the saying verb, and with an "I" in its first sentence ('Sam said: "she is at home"' is
   * hearsay about someone else).
   */
  private saysQuotedI(index: number): boolean {
    // Past the rest of their name or what describes them ("Grace from payroll says"), within the clause.
    let verb = this.afterAside(index) + 1;
    while (verb < this.items.length && verb <= index + SAYER_REACH && this.items[verb].kind !== 'break' && !SAYING_KEYS.has(surfaceOf(this.items[verb]) ?? '')) verb++;
    if (!SAYING_KEYS.has(surfaceOf(this.items[verb]) ?? '')) return false;
    let k = verb + 1;
    let quoted = false;
    for (let item = this.items[k]; item?.kind === 'break'; item = this.items[++k]) quoted ||= item.quote === true;
    if (!quoted) return false;
    for (; k < this.items.length && !endsSentence(this.items[k]); k++) if (anchorOf(this.items[k], k)?.role === 'user') return true;
    return false;
  }

  /**
   * "我帳號在地端，人都在台北辦公室", "我的帳號在機房，通話時人都在台南廠": "人都" after the speaker alone in the sentence
   * (no one else named, no "跟" between) says where the speaker always is, not where both parties are; after a pair
   * ("我跟同事通話時人都在辦公室") it stays both.
   */
  private markOneselfAlways(anchor: Anchor): void {
    if (anchor.kind !== 'person' || anchor.role !== 'both' || surfaceOf(this.items[anchor.index]) !== '人都') return;
    for (let k = anchor.index - 1; k >= 0 && !endsSentence(this.items[k]); k--) {
      if (AND_WORDS.has(surfaceOf(this.items[k]) ?? '')) return;
      const before = this.anchors.get(k);
      if (before === undefined) continue;
      if (before.kind === 'person' && before.role === 'user' && /^我(?!們)/.test(surfaceOf(this.items[k]) ?? '')) this.anchors.set(anchor.index, { ...anchor, role: 'user' });
      return;
    }
  }

  /**
   * A forwarded mail ("寄件者：小陳" or "From: Rosa" and then "> 我在公司打外線"), a quoted one ("On Wed, Hu Jun wrote: > I join from the
   * Suzhou office"): the "我" or "I" of a quoted message is its sender, whom the writer on top names when asking
   * ("請問小陳這通的媒體走哪？", "Hu Jun's signalling?"). The sender's name stands for the first "我" or "I" after it.
   */
  private linkSenders(): void {
    let sender: number | undefined;
    this.items.forEach((item, index) => {
      // "From: Rosa Jimenez" opening a line is an English mail's sender field.
      const field = (item.kind === 'word' && SENDER_LABELS.has(item.key)) || (surfaceOf(item) === 'from' && isColon(this.items[index + 1]) && (index === 0 || endsSentence(this.items[index - 1])));
      if (field && this.items[index + 1]?.kind === 'break') {
        const named = this.anchors.get(index + 2);
        sender = named?.kind === 'person' && named.role === 'generic' ? index + 2 : undefined;
      } else if (item.kind === 'word' && WROTE_WORDS.has(item.key) && isColon(this.items[index + 1])) {
        const named = this.anchors.get(this.nameStart(index - 1));
        sender = named?.kind === 'person' && named.role === 'generic' ? named.index : undefined;
      } else if (sender !== undefined && this.anchors.get(index)?.role === 'user' && SPEAKER_WORDS.has(surfaceOf(item) ?? '')) {
        this.sameAs.set(sender, index);
        sender = undefined;
      }
    });
  }

  /**
   * "[14:02] 阿明：法務的 Vivian ...", "09:15 Ana: Kevin is ...", "Ana Souza 9:15 AM": who wrote a line of a pasted chat
   * log (a name after a time opening the line, or before a time). A writer whose lines go on about someone else, or say
   * nothing of anyone, is no one the messages describe (a pronoun after it does not stand for them: "她人在 8 樓" is
   * still Vivian). One whose line says where they are or speaks as "I" ("Dave: joining from the car", "Anna: I'm at
   * HQ"), or who is named in the messages too ("what path does Anna's media take?"), stays.
   */
  private dropChatWriters(): void {
    for (const [index, anchor] of [...this.anchors]) {
      if (anchor.role !== 'generic' || !this.labelsLine(index)) continue;
      const key = surfaceOf(this.items[index]);
      const writerOnly = (k: number) => this.labelsLine(k) && !this.speaksOfThemselves(this.lineStart(k));
      if (this.items.every((other, k) => surfaceOf(other) !== key || writerOnly(k))) this.anchors.delete(index);
    }
  }

  /**
   * "[08:30] Amber：我今天在家 / [08:31] Bruce：我在總部 / Amber 那通的路徑？", "[11:01] Priscilla: I'm at the Accra
   * office": in a pasted chat each line's "我" or "I" is the one who wrote it, not the one asking nor the other
   * writers; what the line says is that writer's, and the question names whose side it asks about. A chat of one
   * writer is theirs too ("[09:00] 小芸：我在總部"). A line holds all the writer says, over several sentences ("I will
   * join from the hotel. My media?"), up to its end or the next writer's label (a log pasted as one line).
   */
  private linkChatWriters(): void {
    for (const [index, anchor] of [...this.anchors]) {
      if (anchor.kind !== 'person' || anchor.role !== 'generic' || !this.labelsLine(index)) continue;
      const start = this.lineStart(index);
      let end = start;
      for (; end < this.items.length && !this.endsChatLine(end); end++) {
        const mine = this.anchors.get(end);
        // A "我" who hosts, or whose "自己" does ("我自己辦的網路"), keeps hosting as the speaker.
        const hosting = [...this.organizers].some((k) => k === end || this.sameAs.get(k) === end);
        if (mine?.kind === 'person' && mine.role === 'user' && !hosting) {
          this.anchors.set(end, { ...mine, role: 'generic' });
          this.sameAs.set(end, index);
        } else if (MY_WORDS.has(surfaceOf(this.items[end]) ?? '')) this.chatWriterOf.set(end, index);
      }
      // "家豪：雅琪我等下打給妳", "Dan：Eve 我打給妳": a name opening the message, and "you" called in it, is whom the
      // writer calls.
      const addressed = this.anchors.get(start);
      if (addressed?.role === 'generic' && callsYou(this.items, start, end)) this.callees.add(start);
    }
  }

  /** Whether a chat line's words stop at `k`: the line's end, or the next writer's label ("... guest wifi [10:03] Priya:"). */
  private endsChatLine(k: number): boolean {
    const item = this.items[k];
    return (item.kind === 'break' && item.line === true) || (this.anchors.has(k) && this.labelsLine(k));
  }

  /** Where what a writer's label says begins: past the colon after it, or past the time after it ("Ana Souza 9:15 AM"). */
  private lineStart(index: number): number {
    return nextIndex(this.items, index, (x) => (x.kind === 'break' && !x.strong) || this.isNameRest(x) || CHAT_TIME.test(surfaceOf(x) ?? ''));
  }

  /** Whether the word at `index` names who wrote a line of a chat: after a time that opens the line, or before a time. */
  labelsLine(index: number): boolean {
    const paren = (x: Item | undefined) => x?.kind === 'break' && x.paren !== undefined;
    const time = (k: number) => CHAT_TIME.test(surfaceOf(this.items[k]) ?? '');
    const opensLine = (k: number) => k === 0 || endsSentence(this.items[k - 1]);
    // "[09:15] Ana Souza: ...", "14:02 阿明：...": a time opening the line, in brackets or before a colon after the name
    // ("09:02 Priya (Finance) reports ..." is a log of what she did).
    // "09:15 Ana Souza: ...": the colon after the whole name.
    const colon = this.items[this.afterName(index) + 1];
    // "[09:30] 業務 Amber：": a title may stand between the time and the name.
    const titled = kindOf(this.items[index - 1]) === 'party' ? 1 : 0;
    const at = index - titled;
    if (paren(this.items[at - 1]) && time(at - 2) && paren(this.items[at - 3]) && opensLine(at - 3)) return true;
    // "[] Ursula: ...": a chat line whose time is not shown (see chatLinesAsLabels).
    if (paren(this.items[at - 1]) && paren(this.items[at - 2]) && opensLine(at - 2)) return true;
    if (time(at - 1) && opensLine(at - 1) && colon?.kind === 'break' && !colon.strong && colon.paren === undefined) return true;
    // "Ana Souza 9:15 AM", "Ana (09:15)": a time after the name.
    return time(nextIndex(this.items, index, (x) => paren(x) || this.isNameRest(x)));
  }

  /** Whether a chat line from `start` says something of its writer: a statement or "I" before anyone else is named. */
  private speaksOfThemselves(start: number): boolean {
    for (let k = start; k < this.items.length && !endsSentence(this.items[k]); k++) {
      const anchor = this.anchors.get(k);
      if (anchor !== undefined) return anchor.role === 'user';
      if (isStatement(this.items[k])) return true;
    }
    return false;
  }

  /**
   * "Partner Fabrikam's Skype meeting", "our supplier Contoso": a name right after a word for another organization
   * names that organization or one of its people; what is said of them is another company's.
   */
  private markNamedOutsider(anchor: Anchor): void {
    const item = this.items[anchor.index];
    if (anchor.kind !== 'person' || anchor.role !== 'generic' || item.kind !== 'word' || item.script !== 'latin') return;
    const before = this.items[previousIndex(this.items, anchor.index, isFiller)];
    if (before?.kind === 'mention' && namesOutsiders(before)) this.namedOutsiders.add(anchor.index);
  }

  /**
   * "連客戶的 guest Wi-Fi", "在客戶家", "on the client's guest Wi-Fi": another organization's people right before a
   * place own it; someone else is there, they are no party of their own.
   */
  private markOwner(anchor: Anchor): void {
    const item = this.items[anchor.index];
    const outsider = OUTSIDERS.has(headOf(item)) || GROUP_PRONOUNS.has(surfaceOf(item) ?? '');
    if (anchor.kind !== 'person' || !outsider) return;
    // "on the guest Wi-Fi of a client", "at the offices of a supplier": the organization after "of" owns the place
    // before it (ownership.ts reads a room of theirs as the Internet); it is nobody in the call.
    let k = anchor.index - 1;
    let of = false;
    for (; k >= 0 && isFiller(this.items[k]); k--) of ||= surfaceOf(this.items[k]) === 'of';
    if (of && kindOf(this.items[k]) === 'place') {
      this.anchors.delete(anchor.index);
      return;
    }
    const possessive = isPossessive(this.items[anchor.index + 1]);
    const place = possessive ? anchor.index + 2 : anchor.index + 1;
    // Without "'s"/"的" only a Chinese noun right before another owns it ("客戶家"); "對方在機場" says where they are.
    // "對方去越南出差", "對方住飯店", "對方出差中": a place said with a motion, a stay or a trip is where they are or go,
    // not theirs (CHINESE_LOCATIVE).
    // In English a noun before a place without a preposition owns it too ("client guest Wi-Fi", "customer LAN").
    const juxtaposed = /^[\u3400-\u9fff]/.test(surfaceOf(item) ?? '') ? !CHINESE_LOCATIVE.test(surfaceOf(this.items[place]) ?? '') : !/^(?:at|in|on|from|to) /.test(surfaceOf(this.items[place]) ?? '');
    if (kindOf(this.items[place]) !== 'place' || !(possessive || juxtaposed)) return;
    // "they federate with us", "他們 federated": a word that makes them another organization is said of them, no room.
    if (isFederatedWord(this.items[place])) return;
    this.anchors.delete(anchor.index);
    // "他們高雄廠的人", "their Osaka office's users": the people of that place are the ones asked about, and it is
    // their own network, not someone else's room.
    if (placeOfPeople(this.items, place)) return;
    this.ownedPlaces.add(place);
    if (GROUP_PRONOUNS.has(surfaceOf(item) ?? '')) this.placesOfThem.add(place);
  }

  /** "使用者自己這端", "他自己", "the user himself": a reflexive right after someone is that someone, not the speaker. */
  private linkReflexive(anchor: Anchor): void {
    if (!REFLEXIVES.has(surfaceOf(this.items[anchor.index]) ?? '')) return;
    const before = this.anchors.get(anchor.index - 1);
    // "同仁在宿舍用自己手機分享上網": after a verb, "自己" is the one its clause is about.
    const subject = before?.kind === 'person' ? before : this.clauseSubject(anchor.index);
    if (subject === undefined) return;
    this.anchors.set(anchor.index, { ...anchor, role: 'pronoun' });
    this.sameAs.set(anchor.index, subject.index);
  }

  /** The first person named in the clause before `index` (not everyone, not the speaker's "we"). */
  /**
   * The first person named in the sentence of `index` before it (not the speaker, not a group), or in the sentence
   * before when the correction opens its own ("... from the office. Scratch that, she"), if `pronoun` can stand for them.
   */
  private sentenceSubject(index: number, pronoun: string): number | undefined {
    const startOf = (at: number) => {
      let start = at;
      while (start > 0 && !endsSentence(this.items[start - 1])) start--;
      return start;
    };
    const own = startOf(index);
    for (const [from, to] of [[own, index], [startOf(Math.max(own - 1, 0)), own]]) {
      for (let k = from; k < to; k++) {
        const anchor = this.anchors.get(k);
        if (anchor?.kind === 'person' && !['user', 'all', 'both', 'pronoun'].includes(anchor.role ?? '')) return this.couldBe(k, pronoun) ? this.resolve(anchor).index : undefined;
      }
    }
    return undefined;
  }

  private clauseSubject(index: number): Anchor | undefined {
    // "PM Jessica（帳號 Online）今晚在家用自己家裡的網路": a clause right after an aside goes on from before it.
    const start = clauseStart(this.items, index);
    const aside = this.beforeAside(start);
    for (let k = aside === start ? start : clauseStart(this.items, aside); k < index; k++) {
      const anchor = this.anchors.get(k);
      if (anchor?.kind === 'person' && anchor.role !== 'all' && anchor.role !== 'both') return anchor;
    }
    return undefined;
  }

  /** "主持人（我老闆）", "使用者（專案經理）": a person named first in an aside right after a person is that person. */
  private linkAside(anchor: Anchor): void {
    // "employee 40213 (Lena Park)", "Dana Whitfield (Comms)": past the person's number or the rest of their name.
    const number = this.items[anchor.index + 1]?.kind === 'word' && /^\d+$/.test(surfaceOf(this.items[anchor.index + 1]) ?? '');
    let rest = anchor.index + (number ? 1 : 0);
    // "Tanaka-san (on-premise user)": past an honorific after the name too.
    const restOfName = (item: Item | undefined) => isNameWord(item) || (item?.kind === 'word' && HONORIFIC_SUFFIXES.has(item.key));
    while (!number && !this.anchors.has(rest + 1) && restOfName(this.items[rest + 1])) rest++;
    const open = this.items[rest + 1];
    // "User: Hans Weber (homed on-prem)": a ticket's label opening a line, and the person it names.
    // "Organizer: Prakash Menon — account on our on-prem pool": a name a field label gives opens its line too.
    const opensLine = (at: number) => at === 0 || endsSentence(this.items[at - 1]);
    const label = open?.kind === 'break' && !open.strong && open.paren === undefined && (opensLine(anchor.index) || (isColon(this.items[anchor.index - 1]) && opensLine(anchor.index - 2)));
    if (anchor.kind === 'meeting' || open?.kind !== 'break' || (open.paren !== 'open' && !label)) return;
    // "my manager (Online user)", "Ravi (on-prem user)": where they are homed may come before the person word.
    // "Greta Novak (our Skype Online user)": or the product they are on.
    // "My boss (Mr. Adeyemi)": past an honorific before the name in the aside too (round 30).
    const first = nextIndex(this.items, rest + 1, (item) => isFiller(item) || isHonorific(item) || ((kindOf(item) === 'homed' || kindOf(item) === 'deploymentHint') && !label));
    // "老闆（指導教授）", "Tom (site manager)": words the vocabulary does not know may describe the title that fills the aside.
    // "Dmitri (warehouse shift supervisor)": so may a workplace written into the title in English (not one said with a
    // word that puts someone there, "Tom (at home)").
    const workplace = (item: Item) => !this.chinese && kindOf(item) === 'place' && !/^(?:at|in|on|from) /.test(surfaceOf(item) ?? '');
    const describing = (item: Item) => workplace(item) || (item.kind === 'word' && (this.chinese ? item.script === 'han' : !item.name && !isFunctionWord(item.key)));
    const described = nextIndex(this.items, first - 1, describing);
    const whole = described === first || this.items[described + 1]?.kind === 'break';
    const named = whole ? this.anchors.get(described) : undefined;
    // "an on-prem homed user (e.g. me) calls ...": the user given as an example is the writer.
    if (named?.kind === 'person' && named.role === 'user' && anchor.role === 'generic' && EXAMPLE_WORDS.has(surfaceOf(this.items[rest + 2]) ?? '')) {
      this.sameAs.set(anchor.index, described);
      return;
    }
    // "Two users, one of them on the LAN": one of those named, not another name for them all; "打給同事（兩人都在公司內網）":
    // a word for both, or for everyone, in the aside is not the one before it.
    if (named?.kind !== 'person' || named.role === 'user' || named.role === 'all' || named.role === 'both' || this.ones.includes(described)) return;
    // "召集人：品保處經理": in Chinese a person already named by the words after it (see linkDescriber) is linked at
    // its end ("User: client user" keeps "client" as who the label names).
    const head = this.chinese ? this.resolve(named).index : described;
    if (head !== anchor.index) this.sameAs.set(head, anchor.index);
  }

  /** "our CFO, Dana Whitfield, is ...": the name between commas after a title (see appositiveNames.ts) is the titled person. */
  private linkAppositiveName(anchor: Anchor): void {
    // A title, not a name or a pronoun: "Tom, Ravi, ..." lists people; "she, Dana, ..." is not said.
    if (anchor.kind !== 'person' || (anchor.role !== 'generic' && anchor.role !== 'peer') || isNameWord(this.items[anchor.index]) || this.sameAs.has(anchor.index)) return;
    const opened = appositiveName(this.items, this.afterName(anchor.index));
    // "my boss, Mr. Adeyemi, ...": the person is named past the honorific.
    const name = opened !== undefined && isHonorific(this.items[opened]) && isNameWord(this.items[opened + 1]) ? opened + 1 : opened;
    if (name === undefined || this.anchors.get(name)?.kind !== 'person' || this.sameAs.has(name)) return;
    this.sameAs.set(name, anchor.index);
  }

  /** "the organizer is Lee, an Online user": a person word describing the person before it by their homing is them (see appositiveNames.ts). */
  private linkHomingDescription(anchor: Anchor): void {
    if (anchor.kind !== 'person' || anchor.role !== 'generic' || this.sameAs.has(anchor.index)) return;
    const person = describedByHoming(this.items, anchor.index);
    const described = person === undefined ? undefined : this.anchors.get(person);
    if (described?.kind !== 'person' || described.role === 'user' || described.role === 'all' || described.role === 'both') return;
    this.sameAs.set(anchor.index, described.index);
  }

  /** Whether a person hosts the meeting: inside "hosted by ...", before a hosting verb, or owning the meeting. */
  private hosts(anchor: Anchor): boolean {
    // "參加由公司同仁召集之線上會議": one of us, whoever, hosts it.
    if (anchor.role === 'all' && this.organizerScope.has(anchor.index)) return true;
    if (anchor.role === 'user' || anchor.role === 'both' || anchor.role === 'all') return false;
    if (this.organizerScope.has(anchor.index)) return true;
    if (this.chinese && this.meetsWithSpeaker(anchor.index)) return false;
    // "他的會議": the anchor theirMeetingAnchor made owns the meeting after it.
    if (anchor.role === 'pronoun' && theirMeetingAnchor(this.items, this.items[anchor.index], anchor.index) !== undefined) return true;
    // "the controller (homed on-prem) set up", "Alice (an online user) set up": past the aside, or out of it.
    // "老闆在飯店開會議": where the host is may stand between them and the hosting.
    // "經理那邊約的會", "客戶那邊開的": past a side word too.
    // "主管用 Skype Online 開的會議", "領導在 Skype 裡約的會": past the product it is set up on too.
    const product = (item: Item) => this.chinese && (kindOf(item) === 'deploymentHint' || (kindOf(item) === 'call' && SETUP_PRODUCTS.test(surfaceOf(item) ?? '')));
    // 「法務長今天在家，從家裡發起」, 「主管用他自己的帳號(Online)發了」: past a light comma, or their own means, in Chinese.
    const goesOn = (index: number) => this.chinese && (carriesSubject(this.items, index) || ownMeans(this.items, index));
    const outOfAside = (item: Item, index: number) => isFiller(item) || isStatement(item) || isSideWord(item) || product(item) || (item.kind === 'break' && item.paren === 'close') || goesOn(index);
    // "the manager who set up the meeting", "the COO ... will chair it": past a relative pronoun or an auxiliary too.
    const relative = (item: Item, index: number) => outOfAside(item, index) || RELATIVE_PRONOUNS.has(surfaceOf(item) ?? '') || AUXILIARIES.has(surfaceOf(item) ?? '');
    // "her EA, who set up today's meeting", "my manager, who set up the sync, is homed Online": a relative clause set
    // off by a comma says what they do.
    const described = this.afterAside(afterApposition(this.items, this.afterName(anchor.index)));
    const comma = this.items[described + 1];
    const inRelative = comma?.kind === 'break' && !comma.strong && RELATIVE_PRONOUNS.has(surfaceOf(this.items[described + 2]) ?? '');
    const relativeVerb = nextIndex(this.items, described + 1, relative);
    if (inRelative && isMarker(this.items[relativeVerb], 'hosted') && !hostedWhere(this.items, relativeVerb)) return true;
    // "my manager is making the meeting", "Ravi owns the weekly sync", "the conference call Ravi opened".
    const verb = nextIndex(this.items, afterRelativeClause(this.items, described), (item) => isCopula(item) || AUXILIARIES.has(surfaceOf(item) ?? '') || PERFECT.has(surfaceOf(item) ?? ''));
    if (SETUP_WORDS.has(surfaceOf(this.items[verb]) ?? '') && (this.setsUp(verb) || this.meetingBefore(anchor.index))) return true;
    if (CALLED_MEETING.has(surfaceOf(this.items[verb]) ?? '') && this.meetingBefore(anchor.index)) return true;
    // "老闆預約的會議" read as 預 + 約的會議: a character the lexicon left alone before the hosting is part of its verb.
    const stolen = (item: Item, index: number) => relative(item, index) || (this.chinese && item.kind === 'word' && item.unknown === true && item.key.length === 1 && hostingNext(this.items[index + 1]));
    // Its index is kept, not looked up again with items.indexOf (a scan of the text, four times per person asked).
    const afterIndex = nextIndex(this.items, afterRelativeClause(this.items, described), stolen);
    const after = this.items[afterIndex];
    // "will host": the organizer's noun used as a verb.
    if (kindOf(after) === 'party' && HOSTS_VERBS.has(surfaceOf(after) ?? '')) return true;
    // "Laura's account lives on our on-prem pool": where an account lives is its homing, not a meeting hosted.
    if (HOMING_VERBS.has(surfaceOf(after) ?? '')) return false;
    // "Sam's meeting traffic", "her meeting media": the traffic of someone in a meeting, not a meeting they host.
    const meetingTraffic = kindOf(after) === 'hostedMeeting' && TRAFFIC_NOUNS.has(headOf(this.items[afterIndex + 1]));
    if ((isMarker(after, 'hosted') && !hostedWhere(this.items, afterIndex)) || (kindOf(after) === 'hostedMeeting' && !meetingTraffic) || HOSTS_VERBS.has(surfaceOf(after) ?? '')) return true;
    // "I am hosting the review meeting", "she was running the call": a copula before a hosting verb's -ing form ("is
    // hosted on-prem" says where someone is homed).
    const next = this.items[afterIndex + 1];
    if (isCopula(after) && isMarker(next, 'hosted') && /ing$/.test(surfaceOf(next) ?? '')) return true;
    if (this.setsUp(afterIndex)) return true;
    if (this.meetingBefore(anchor.index) && this.hostedPastPlace(described)) return true;
    if (this.hostsAfterWhatIsSaid(described) || this.theOneWhoHosts(described)) return true;
    if (this.organizerWordAfter(anchor.index) !== undefined) return true;
    // "會議主持人協理的帳號", "召集人王經理": a person named right after the word for the organizer is the organizer.
    // "(organizer Dr. Reyes, ...)": past an honorific before the name too.
    const titled = this.items[previousIndex(this.items, anchor.index, (item) => (isFiller(item) && !isPossessive(item)) || isHonorific(item))];
    if (titled?.kind === 'mention' && titled.concept.kind === 'party' && titled.concept.role === 'organizer') return true;
    if (this.organizerField(anchor.index)) return true;
    if (this.hostsBefore(anchor.index)) return true;
    if (hostsAfterMeetingVerb(this.items, anchor.index)) return true;
    // "the town hall of our CEO", "the weekly meeting of the CFO": a meeting right before "of" is theirs.
    const of = previousIndex(this.items, anchor.index, (item) => isFiller(item) && surfaceOf(item) !== 'of');
    if (surfaceOf(this.items[of]) === 'of' && this.anchors.get(previousIndex(this.items, of, isFiller))?.kind === 'meeting') return true;
    // "the sales director's weekly meeting", "副總的會議", "協理那場週會", "老闆下午有個會": whose meeting it is.
    const owning = (item: Item | undefined) => isPossessive(item) || OWNING_WORDS.has(surfaceOf(item) ?? '');
    // "協理那邊的會": past a side word too. "主任固定的週會", "財務長例行的會": past how often it is held.
    // "主任（地端帳號）固定的週會": past an aside about them.
    const regular = classWords(this.items, 'regularMeeting');
    const j = nextIndex(this.items, described, (item, k) => (isFiller(item) && !owning(item)) || isSideWord(item) || regular.has(k));
    if (!owning(this.items[j])) return false;
    for (let k = j + 1; k < this.items.length && k <= j + 3 && !endsClause(this.items[k]); k++) {
      const item = this.items[k];
      if (this.anchors.get(k)?.kind === 'meeting') return true;
      if (this.anchors.has(k)) return false;
      if (item.kind === 'mention' && !isFiller(item)) return false;
    }
    return false;
  }

  /**
   * "我跟阿凱、小美在會議室開 Skype 會議": people named with the writer, who hold a meeting together ("開" right before
   * the meeting, past where they are), attend it; none of them is said to host it ("開的會" still says whose it is).
   */
  private meetsWithSpeaker(index: number): boolean {
    const verb = nextIndex(this.items, index, (item) => isFiller(item) || isStatement(item));
    if (surfaceOf(this.items[verb]) !== '開' || kindOf(this.items[verb + 1]) !== 'callType') return false;
    for (let k = index - 1; k > 0; k--) {
      const item = this.items[k];
      if (AND_WORDS.has(surfaceOf(item) ?? '')) return this.anchors.get(previousIndex(this.items, k, isFiller))?.role === 'user';
      const listed = (item.kind === 'break' && item.list === true) || isFiller(item) || this.anchors.get(k)?.role === 'generic' || isNameWord(item);
      if (!listed) return false;
    }
    return false;
  }

  /**
   * Whether "I" (or "we") at `index` hosts a meeting: the host rules as for anyone, a meeting said with it ("the
   * meeting I booked", "I set up the meeting": "I scheduled a call with Sam" sets up no meeting), not in the past or
   * supposed.
   */
  private speakerHosting(index: number): boolean {
    // "召集人是我", "我當 organizer": the organizer's own word names the writer; so does "organized by me".
    if (speakerNamedHost(this.items, index) || this.byMe(index)) return !supposedItems(this.items).has(index);
    if (!SPEAKER_WORDS.has(surfaceOf(this.items[index]) ?? '') || !this.hosts({ index, kind: 'person', role: 'generic' })) return false;
    if (hostedBefore(this.items, index) || supposedItems(this.items).has(index)) return false;
    if (this.meetingBefore(index) || this.theOneWhoHosts(index)) return true;
    // "I set up a room for my meeting", "I created a ticket about the meeting": past a word that opens what the thing set
    // up is for, the meeting is not what was set up.
    // The invitation sent for a meeting is the meeting's own ("I sent out the invite for the Skype meeting").
    const setUpFor = (k: number) => FOR_WHAT.has(surfaceOf(this.items[k]) ?? '') && !INVITATION.test(surfaceOf(this.items[k - 1]) ?? '');
    for (let k = index + 1; k < this.items.length && k <= index + SETUP_REACH + 1 && !endsClause(this.items[k]) && !setUpFor(k); k++) if (this.anchors.get(k)?.kind === 'meeting') return true;
    return this.hostsMeetingSaidBefore(index);
  }

  /** "organized by me", "a meeting by me": the writer right after a hosting "by". */
  private byMe(index: number): boolean {
    if (surfaceOf(this.items[index]) !== 'me') return false;
    const by = previousIndex(this.items, index, isFiller);
    // "hosted by Contoso, not by me": denied.
    if (kindOf(this.items[by - 1]) === 'negation') return false;
    return isMarker(this.items[by], 'by') || meetingBy(this.items, by);
  }

  /**
   * "(Skype meeting, I set it up)", "The all-hands is mine. I organised it.": "it" right after the hosting verb stands
   * for a meeting named before, in the same sentence or the one before.
   */
  private hostsMeetingSaidBefore(index: number): boolean {
    const verb = nextIndex(this.items, index, (item) => isCopula(item) || AUXILIARIES.has(surfaceOf(item) ?? ''));
    // "set it up" is one phrase of the vocabulary.
    const it = / it\b/.test(surfaceOf(this.items[verb]) ?? '') || surfaceOf(this.items[verb + 1]) === 'it';
    if (!isMarker(this.items[verb], 'hosted') || !it) return false;
    let sentences = 0;
    for (let k = index - 1; k >= 0 && sentences < 2; k--) {
      if (endsSentence(this.items[k])) sentences++;
      else if (this.anchors.get(k)?.kind === 'meeting') return true;
    }
    return false;
  }

  /**
   * "Site GM is homed on the on-prem pool and runs the daily meeting", "my director is homed on-prem and he's the one
   * who organises our Thursday meeting": past what is said of the person, "and" then a hosting verb whose object is a
   * meeting makes them its host.
   */
  private hostsAfterWhatIsSaid(described: number): boolean {
    // "was moved to Skype Online last month and runs it": past plain words too.
    const said = (item: Item) => isCopula(item) || isFiller(item) || isStatement(item) || isAlways(item) || isDescribingWord(item);
    const and = nextIndex(this.items, described, said);
    if (surfaceOf(this.items[and]) !== 'and' || !this.items.slice(described + 1, and).some(isStatement)) return false;
    const verb = nextIndex(this.items, and, (item) => isFiller(item) || isCopula(item) || ONE_WHO.has(surfaceOf(item) ?? ''));
    const hosting = isMarker(this.items[verb], 'hosted') || HOSTS_VERBS.has(surfaceOf(this.items[verb]) ?? '');
    if (!hosting || hostedWhere(this.items, verb)) return false;
    for (let k = verb + 1; k < this.items.length && k <= verb + SETUP_REACH && !endsClause(this.items[k]); k++) if (this.anchors.get(k)?.kind === 'meeting') return true;
    return false;
  }

  /**
   * "she's the one who scheduled Friday's all-hands", "I'm the one hosting tomorrow's prep", "Ken was the one that set
   * up the review": a cleft ("is the one who") names who does what follows; a hosting verb whose object is a meeting
   * makes them its host.
   */
  private theOneWhoHosts(described: number): boolean {
    const copula = nextIndex(this.items, described, (item) => AUXILIARIES.has(surfaceOf(item) ?? ''));
    if (!isCopula(this.items[copula])) return false;
    const one = nextIndex(this.items, copula, isFiller);
    if (surfaceOf(this.items[one]) !== 'one') return false;
    const verb = nextIndex(this.items, one, (item) => isFiller(item) || RELATIVE_PRONOUNS.has(surfaceOf(item) ?? '') || isCopula(item));
    if (!isMarker(this.items[verb], 'hosted') || hostedWhere(this.items, verb)) return false;
    // "the Monday standup": a meeting named by its kind is one too.
    const meeting = (k: number) => {
      const item = this.items[k];
      return this.anchors.get(k)?.kind === 'meeting' || (item.kind === 'mention' && item.concept.kind === 'callType' && item.concept.value === 'conference');
    };
    for (let k = verb + 1; k < this.items.length && k <= verb + SETUP_REACH && !endsClause(this.items[k]); k++) if (meeting(k)) return true;
    return false;
  }

  /**
   * "Meeting organiser: Ops Director, also homed on-prem", "Organizer - the plant manager": a ticket's field for the
   * organizer, then the person it names (past the words that say what they are manager of).
   */
  private organizerField(index: number): boolean {
    // "召集人：本公司行銷處長", "召集人：我們公司的業務協理": past a word for our own organization (and its "的") too.
    // By index, as previousIndex walks them: looking each item up again with items.indexOf scanned the text.
    const ours = (k: number) => k >= 0 && this.anchors.get(k)?.role === 'all' && OUR_ORGANIZATION.test(surfaceOf(this.items[k]) ?? '');
    const ourOwn = (item: Item, k: number) => ours(k) || (isPossessive(item) && ours(k - 1));
    // "Organizer: Online user, at home": past where they are homed too.
    const modifier = (item: Item, k: number) => (isFiller(item) && !isPossessive(item)) || isHonorific(item) || (item.kind === 'word' && item.script === 'latin' && item.name !== true) || ourOwn(item, k) || kindOf(item) === 'homed';
    const labelIndex = previousIndex(this.items, index, modifier);
    const label = this.items[labelIndex];
    if (label?.kind !== 'break' || label.strong || label.paren !== undefined) return false;
    const field = this.items[labelIndex - 1];
    if (field?.kind !== 'mention' || field.concept.kind !== 'party' || field.concept.role !== 'organizer') return false;
    // "我在公司加入會議，召集人：協理（地端帳號）": in Chinese the field may open a clause inside a sentence.
    const before = this.items[previousIndex(this.items, labelIndex - 1, isFiller)];
    return fieldStart(this.items, labelIndex - 1) || (this.chinese && before?.kind === 'break' && before.paren === undefined);
  }

  /**
   * "the safety meeting that Fergus offshore runs", "the review Carol at the depot set up": where the host is (a
   * place, or an English word that is no name: "onshore") may stand between the person ending at `described` and the
   * hosting verb of the meeting's relative clause.
   */
  private hostedPastPlace(described: number): boolean {
    // The person may end the text ("… joins the ops meeting from his desk at the property"): nothing stands after them.
    const where = (item: Item | undefined) => item !== undefined && (kindOf(item) === 'place' || (item.kind === 'word' && item.script === 'latin' && !item.name && !isFunctionWord(item.key)));
    if (!where(this.items[described + 1])) return false;
    for (let k = described + 2; k <= described + 1 + HOST_PLACE_REACH && k < this.items.length; k++) {
      if (isMarker(this.items[k], 'hosted')) return !hostedWhere(this.items, k);
      if (!where(this.items[k]) && !isFiller(this.items[k])) return false;
    }
    return false;
  }

  /** "the conference call Ravi opened": a meeting right before the person (past an article or "my"), which they set up. */
  private meetingBefore(index: number): boolean {
    // "the conference call the plant manager opened": a place may name what the person is manager of.
    // "the meeting which my section chief (Online user) make": past a relative pronoun and what describes the person.
    // "會議是我開的": in Chinese past "是" too.
    const before = previousIndex(this.items, index, (item) => isFiller(item) || kindOf(item) === 'place' || MEETING_RELATIVES.has(surfaceOf(item) ?? '') || isHonorific(item) || (item.kind === 'word' && item.script === 'latin' && !item.name) || (this.chinese && isCopula(item)));
    return this.anchors.get(before)?.kind === 'meeting' || bareMeeting(this.items, index - 2);
  }

  /**
   * "課長開了一場 SfB 會議", "協理拉了一個會", "經理約大家下午開會": a verb for setting something up whose object is a
   * meeting (past an article, a product name, whom it is set up with) says its subject hosts that meeting. The verbs
   * mean other things without a meeting after them ("防火牆開了 3478", "拉專線"), so the meeting must follow.
   */
  private setsUp(verb: number): boolean {
    const word = surfaceOf(this.items[verb]) ?? '';
    if (!SETUP_VERB.test(word) && !SETUP_WORDS.has(word)) return false;
    // "發了一場排練檢討會議": characters the lexicon does not know, one after another, are one word of the reach.
    const piece = (item: Item | undefined) => item?.kind === 'word' && item.unknown === true && item.script === 'han' && item.key.length === 1;
    for (let k = verb + 1, reach = 1; k < this.items.length && reach <= SETUP_REACH; k++, reach += piece(this.items[k]) && piece(this.items[k - 1]) ? 0 : 1) {
      const item = this.items[k];
      if (anchorOf(item, k)?.kind === 'meeting') return true;
      // "拉了一個會": a bare "會" after a measure word is a meeting, not "will".
      if (surfaceOf(item) === '會' && MEASURES.has(surfaceOf(this.items[k - 1]) ?? '')) return true;
      const product = kindOf(item) === 'call' && SETUP_PRODUCTS.test(surfaceOf(item) ?? '');
      const between = item.kind === 'word' || isFiller(item) || kindOf(item) === 'number' || this.anchors.get(k)?.kind === 'person' || product || SETUP_OBJECT_KINDS.has(kindOf(item) ?? '');
      // "created a ticket about the meeting": what was set up is for the meeting, not the meeting.
      if (!between || endsClause(item) || FOR_WHAT.has(surfaceOf(item) ?? '')) return false;
    }
    return false;
  }

  /**
   * "Frau Weber", "Tanaka-san", "the director of IT": the last word of a name that starts at `index` (its other names,
   * an honorific after it, what a title "of" is of).
   */
  private afterName(index: number): number {
    // "the clerk of the course", "the head of the yard": what a title is of may be said with "the" before it.
    const ofWhat = (k: number) => (surfaceOf(this.items[k]) === 'the' ? k + 1 : k);
    // "our head of procurement": the department may be a word the vocabulary reads as a filler.
    const departmentAt = ofWhat(index + 1);
    const department = this.items[departmentAt];
    let end = / of$/.test(surfaceOf(this.items[index]) ?? '') && (department?.kind === 'word' || (isFiller(department) && !isPossessive(department) && !isFunctionWord(surfaceOf(department) ?? ''))) ? departmentAt : index;
    // "the VP of Sales sets up": "of" and the department, as words of their own.
    if (end === index && surfaceOf(this.items[index + 1]) === 'of' && this.items[ofWhat(index + 2)]?.kind === 'word') end = ofWhat(index + 2);
    // "the chief steward's account", "the deputy bursar set it up": a title's first word the vocabulary knows as a
    // person, and the title's head it does not know, are one person.
    const titleHead = this.items[index + 1];
    if (end === index && TITLE_FIRST_WORDS.has(surfaceOf(this.items[index]) ?? '') && titleHead?.kind === 'word' && titleHead.script === 'latin' && !titleHead.name && !isFunctionWord(titleHead.key) && !THING_WORDS.has(titleHead.key)) end = index + 1;
    for (let next = this.items[end + 1]; next?.kind === 'word' && (next.name === true || HONORIFIC_SUFFIXES.has(next.key) || (isNameParticle(next) && isNameWord(this.items[end + 2]))); next = this.items[end + 1]) end++;
    // "the design team", "the nursing department": a person word naming a team ends with the team's head.
    const head = this.items[end + 1];
    if (head?.kind === 'word' && TEAM_HEADS.has(head.key)) end++;
    return end;
  }

  /**
   * "Frau Weber (homed in the cloud)", "Tanaka-san (not migrated yet)", "the director of IT (Online)": the person whose
   * name runs through `index` (its later names, an honorific after it, what a title is of), else `index` itself.
   */
  nameStart(index: number): number {
    if (this.anchors.has(index) || this.items[index]?.kind !== 'word') return index;
    // "User B (at a hotel)": the letter that tells two people of one title apart ends the name too (not after a word
    // for the user, "Caller B": two of those would both be the writer's side).
    const lettered = (k: number) => k + 1 === index && labelLetter(this.items, k) !== '' && this.anchors.get(k)?.role !== 'user';
    for (let k = index - 1; k >= 0 && k >= index - 3; k--) if (this.anchors.get(k)?.kind === 'person') return this.afterName(k) >= index || lettered(k) ? k : index;
    return index;
  }

  /** "協理 host 的會議", "協理當主持人", "協理是主持人", "the Ops Director (on-prem) is the organizer": the organizer's word right after a person (past what describes them), which names them. */
  private organizerWordAfter(index: number): number | undefined {
    const described = afterRelativeClause(this.items, this.afterAside(afterApposition(this.items, this.afterName(index))));
    const next = nextIndex(this.items, described, (item) => isFiller(item) || isCopula(item));
    return this.anchors.get(next)?.kind === 'organizer' ? next : undefined;
  }

  /** "主持會議的經理", "召集這場會的處長": a hosting verb, then "的", then the person: who hosts. */
  private hostsBefore(index: number): boolean {
    let of = previousIndex(this.items, index, (item) => isFiller(item) && !isPossessive(item));
    // "主持會議的人是協理", "開會的人是協理": the one who hosts, said to be the person.
    const someone = of - 1;
    if (isCopula(this.items[of]) && !this.anchors.has(someone) && GENERIC_NOUNS.has(surfaceOf(this.items[someone]) ?? '')) of = someone - 1;
    if (!isPossessive(this.items[of]) || surfaceOf(this.items[of]) !== '的') return false;
    // "開會的人是協理", "我跟開會的經理": who holds the meeting ("參加開會的人" are those who attend it).
    const before = this.items[of - 2];
    const joined = before?.kind === 'mention' && before.concept.kind === 'cue' && before.concept.cue === 'join';
    if (surfaceOf(this.items[of - 1]) === HOLDING_A_MEETING && !joined && !this.calledMeetings.has(of - 1)) return true;
    for (let k = of - 1; k >= 0 && k >= of - 3 && !endsClause(this.items[k]); k--) {
      const item = this.items[k];
      if (isMarker(item, 'hosted')) return true;
      if (!(isFiller(item) || kindOf(item) === 'callType' || item.kind === 'word')) return false;
    }
    return false;
  }

  /** "主持人（我老闆）帳號都在地端": the index of an aside's opening bracket that ends right before `index`, else `index`. */
  beforeAside(index: number): number {
    const close = this.items[index - 1];
    if (close?.kind !== 'break' || close.paren !== 'close') return index;
    for (let k = index - 2; k >= 0 && k >= index - 13; k--) {
      const item = this.items[k];
      if (item.kind === 'break' && (item.paren === 'open' || item.strong)) return item.paren === 'open' ? k : index;
    }
    return index;
  }

  /** "the finance controller (homed on-prem) set up": the index of the aside's closing bracket, else `index` itself. */
  afterAside(index: number): number {
    const open = this.items[index + 1];
    if (open?.kind !== 'break' || open.paren !== 'open') return index;
    for (let k = index + 2; k < this.items.length && k <= index + 12; k++) {
      const item = this.items[k];
      if (item.kind === 'break' && (item.paren === 'close' || item.strong)) return item.paren === 'close' ? k : index;
    }
    return index;
  }

  /** "hosted by our on-prem users", "由內部部署使用者主持": until the clause ends or another party is named. */
  private markScope(start: number): void {
    const scope: number[] = [];
    // "由" only marks who hosts when a hosting verb closes it ("由X主持"); "由使用者加入" is who joins.
    let closed = !OPEN_BY_WORDS.has(surfaceOf(this.items[start]) ?? '');
    let inParens = false;
    const joined = joinedBefore(this.items, start);
    for (let j = start + 1; j < this.items.length && j <= start + 12; j++) {
      const item = this.items[j];
      // "joined a meeting organised by his manager Fiona from his desk at the Birmingham office": where one joins
      // from, said after the host, is the joiner's.
      if (joined && scope.some((k) => this.anchors.has(k)) && (surfaceOf(item) === 'from' || (kindOf(item) === 'place' && /^from /.test(surfaceOf(item) ?? '')))) break;
      if (isMarker(item, 'hosted') || kindOf(item) === 'hostedMeeting') closed = true;
      // An aside in brackets names the same person ("由 Online 使用者（專案經理）排定的").
      if (item.kind === 'break' && item.paren !== undefined) {
        // "joins the all-hands (organised by our CEO) from the hotel": the aside the host is named in ends here.
        if (item.paren === 'close' && !inParens) break;
        inParens = item.paren === 'open';
        continue;
      }
      if ((endsClause(item) && !inParens) || isMarker(item, 'hosted') || kindOf(item) === 'hostedMeeting') break;
      const anchor = this.anchors.get(j);
      // "由公司同仁召集之會議": everyone of ours, one of whom hosts.
      if (anchor && anchor.role !== 'generic' && anchor.role !== 'both' && anchor.role !== 'peer' && anchor.role !== 'pronoun' && anchor.role !== 'all') break;
      // "The organizer is still on the on-prem pool": "still" goes on.
      const always = item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'always';
      if (kindOf(item) === 'callType' || kindOf(item) === 'call' || (kindOf(item) === 'cue' && !always)) break;
      scope.push(j);
    }
    if (closed) for (const j of scope) this.organizerScope.add(j);
  }

  /** "X is a Y": Y names X. */
  private linkCopula(anchor: Anchor): void {
    const passes = (item: Item) => isFiller(item) || isStatement(item) || ['negation', 'deploymentHint', 'deployment', 'path'].includes(kindOf(item) ?? '');
    let j = previousIndex(this.items, anchor.index, passes);
    // "I'm one of the pilot users", "she is a long-time remote user": English words that describe the noun.
    for (let n = 0; n < DESCRIBING_WORDS && isDescribingWord(this.items[j]); n++) j = previousIndex(this.items, j, passes);
    // "召集人是新加坡同事 Wei Ming": Chinese words the vocabulary reads as nothing (a place: 新 加 坡) may describe the
    // title, when what the copula follows is someone other than the writer ("我是問同事" asks a colleague).
    const plain = j;
    for (let n = 0; n < PLACE_WORDS && this.chinese && this.items[j]?.kind === 'word' && (this.items[j] as { script: string }).script === 'han'; n++) j -= 1;
    const subject = this.anchors.get(previousIndex(this.items, j, passes));
    if (j !== plain && (!isCopula(this.items[j]) || subject === undefined || ['user', 'all', 'both'].includes(subject.role ?? ''))) j = plain;
    // "我是這次全公司直播的講者": what describes the noun may stand between it and "是", up to "的".
    // "我是 ICU 的專科護理師": words the vocabulary does not know ("專 科") may stand between "的" and the title.
    const of = beforeTitle(this.items, anchor.index);
    if (!isCopula(this.items[j]) && surfaceOf(this.items[of]) === '的') j = this.copulaBefore(of);
    // "我已經是 SfB Online 用戶", "他還是地端的人": a copula inside a filler word.
    for (let k = j + 1; k < anchor.index && !isCopula(this.items[j]); k++) if (isFiller(this.items[k]) && COPULA_END.test(surfaceOf(this.items[k]) ?? '')) j = k;
    if (!isCopula(this.items[j]) && !COPULA_END.test(surfaceOf(this.items[j]) ?? '')) return;
    // "Mr. Lim (still homed on-prem) will be a presenter": past an auxiliary and an aside to who is named.
    j = previousIndex(this.items, j, (item) => passes(item) || AUXILIARIES.has(surfaceOf(item) ?? ''));
    j = previousIndex(this.items, this.beforeAside(j + 1), passes);
    // "我 是 Online user": a space between Chinese words reads as a clause break, right before the copula.
    const space = this.items[j];
    if (this.chinese && space?.kind === 'break' && !space.strong && space.paren === undefined && !space.list && isCopula(this.items[j + 1])) j -= 1;
    // "Ingrid, who is an Online user": past the relative pronoun, to whom it follows.
    if (RELATIVE_PRONOUNS.has(surfaceOf(this.items[j]) ?? '')) j = previousIndex(this.items, j, (item) => isFiller(item) || (item.kind === 'break' && !item.strong));
    // "The user asking is Kurt", "the person calling is Kurt": past one word that describes the person word.
    if (!this.anchors.has(j) && isDescribingWord(this.items[j]) && this.anchors.get(j - 1)?.role === 'generic') j -= 1;
    const named = this.anchors.get(j);
    // "講者是業務副總": the copula names the person the title words stand for (see linkDescriber).
    const self = this.sameAs.get(anchor.index) ?? anchor.index;
    if (named && named.index !== self) this.sameAs.set(self, named.index);
  }

  /**
   * "Arash Karimi — Skype Online account — Vancouver office", "Prakash Menon, account on our on-prem pool", "Divya
   * (account on-prem)": an account said right after someone, past a break and what says where it is homed, is theirs,
   * no one else in the call.
   */
  private linkOwnAccount(anchor: Anchor): boolean {
    if (surfaceOf(this.items[anchor.index]) !== 'account') return false;
    const pause = previousIndex(this.items, anchor.index, (x) => isFiller(x) || kindOf(x) === 'homed' || kindOf(x) === 'deploymentHint');
    const item = this.items[pause];
    if (item?.kind !== 'break' || item.strong || item.colon === true || item.paren === 'close') return false;
    const owner = this.anchors.get(this.nameStart(pause - 1));
    if (owner?.kind !== 'person' || owner.role === 'user' || owner.role === 'all' || owner.role === 'both') return false;
    this.sameAs.set(anchor.index, owner.index);
    return true;
  }

  /**
   * "Caller: site lead, Aberdeen branch", "- other party: finance director, head office": a ticket's field for a
   * person (its label a person word alone at a line's start) names who its value names; what the line says after is
   * theirs, and the label said again ("Caller is homed on-prem") is them too.
   */
  private linkField(anchor: Anchor): void {
    // Past words describing the title ("site lead", "exec assistant"), or a unit the vocabulary does not know ("來電者：
    // 設計部 Howard"), or what is said of them ("me = on-prem user, working from the Ghent branch").
    const colon = previousIndex(this.items, anchor.index, (x) => isFiller(x) || x.kind === 'word' || surfaceOf(x) === AFFECTED || (isStatement(x) && kindOf(x) === 'homed'));
    // "參加者 C：法務": a letter after the label's person word tells the rows apart.
    const label = this.rowLetter(colon - 1) ? colon - 2 : colon - 1;
    const item = this.items[colon];
    if (item?.kind !== 'break' || item.strong || item.paren !== undefined || this.anchors.get(label)?.kind !== 'person' || this.sameAs.has(anchor.index)) return;
    // "[] Yasmin: Noor, I'm calling you": a chat's writer is no field's label; the name opens their message.
    if (this.labelsLine(label)) return;
    // "Affected user: receptionist": past a word that says which user.
    const opens = previousIndex(this.items, label, (x) => (x.kind === 'break' && !x.strong) || (x.kind === 'word' && !/[a-z0-9]/.test(x.key)) || surfaceOf(x) === AFFECTED);
    if (opens < 0 || endsSentence(this.items[opens])) this.sameAs.set(anchor.index, label);
  }

  /** Whether the item at `index` is a letter right after a person word ("參加者 C", "使用者 A"): which of them. */
  private rowLetter(index: number): boolean {
    // The person first: asked of every item, the pattern cost more than the lookup that rules out most of them.
    return this.anchors.get(index - 1)?.kind === 'person' && /^[a-z]$/.test(surfaceOf(this.items[index]) ?? '');
  }

  /**
   * "- 參加者 C：法務，帳號地端 / 只問 C 的訊號", "同事A 在家、同事B 在總部，A 打給 B": a letter that told two people
   * apart (the rows of a list, or two of one title) names that person wherever it is said again alone (in English,
   * where it cannot be an article: see saysOfLetter).
   */
  private linkRowLetters(): void {
    const rows = new Map<string, number>();
    this.items.forEach((item, index) => {
      const letter = surfaceOf(item) ?? '';
      if (this.rowLetter(index)) {
        if (!rows.has(letter)) rows.set(letter, index - 1);
      } else if (/^[a-z]$/.test(letter) && !this.anchors.has(index) && rows.has(letter) && (this.chinese || this.saysOfLetter(index))) {
        this.anchors.set(index, { index, kind: 'person', role: 'generic' });
        this.sameAs.set(index, rows.get(letter) as number);
      }
    });
  }

  /** "which path does the one at home take": past the place said right after the subject, which tells who they are. */
  private pastPlaceSaid(end: number): number {
    return kindOf(this.items[end + 1]) === 'place' ? end + 1 : end;
  }

  /** "the former", "the latter", 前者, 後者 (formerLatter.ts): the first or the second of the last two people named before. */
  private linkFormerLatter(): void {
    for (const anchor of [...this.anchors.values()]) {
      const pick = pickOfTwo(this.items, anchor.index);
      if (pick === undefined) continue;
      const named: number[] = [];
      for (const [k, earlier] of this.anchors) {
        if (k >= anchor.index || !isSomeoneElse(earlier) || pickOfTwo(this.items, k) !== undefined) continue;
        const person = this.resolve(earlier).index;
        if (!named.includes(person)) named.push(person);
      }
      if (named.length >= 2) this.sameAs.set(anchor.index, named[named.length - 2 + pick]);
    }
  }

  /**
   * "one in the office and one at home ... which path does the one at home take?", "a colleague in the office calls a
   * colleague at home. What about the one at home?": "the one" with a place right after it is the one person said
   * before to be there (the place word of the same concept right after them); with none, or two, it stays nobody
   * known (a question back).
   */
  private linkOneByPlace(): void {
    for (const anchor of [...this.anchors.values()]) {
      const index = anchor.index;
      if (anchor.kind !== 'person' || this.sameAs.has(index) || surfaceOf(this.items[index]) !== 'one' || surfaceOf(this.items[index - 1]) !== 'the') continue;
      const place = this.items[nextIndex(this.items, index, isFiller)];
      if (place?.kind !== 'mention' || place.concept.kind !== 'place') continue;
      const there = new Set<number>();
      for (const [k, earlier] of this.anchors) {
        if (k >= index || !isSomeoneElse(earlier)) continue;
        const said = this.items[nextIndex(this.items, k, (item) => isFiller(item) || isCopula(item) || RELATIVE_PRONOUNS.has(surfaceOf(item) ?? ''))];
        if (said?.kind === 'mention' && said.id === place.id) there.add(this.resolve(earlier).index);
      }
      if (there.size !== 1) continue;
      this.sameAs.set(index, [...there][0]);
      // Now someone said before, no longer one of a pair of "one"s.
      const position = this.ones.indexOf(index);
      if (position >= 0) this.ones.splice(position, 1);
    }
  }

  /**
   * "User A is in the office, user B at home ... B's media path?", "A calls B": in English a letter alone names the
   * one it told apart only where no article can stand: before "'s", a verb of being or calling, or the clause's end,
   * or right after a call word ("a colleague" is never user A).
   */
  private saysOfLetter(index: number): boolean {
    const next = this.items[index + 1];
    const closes = next === undefined || endsClause(next);
    return letterSaid(next) || (closes && surfaceOf(this.items[index]) !== 'i') || kindOf(this.items[index - 1]) === 'call';
  }

  /**
   * The copula a few words before `index` in its clause, past words that are nobody ("全公司" describes, too). A call
   * word or "跟" between ends it: what follows is whom the call is with ("我是在公司打給在家的 Amy": Amy is not the writer).
   */
  private copulaBefore(index: number): number {
    for (let k = index - 1; k >= 0 && k >= index - COPULA_REACH; k--) {
      const item = this.items[k];
      if (isCopula(item)) return k;
      const anchor = this.anchors.get(k);
      if (endsClause(item) || (anchor !== undefined && anchor.role !== 'all') || kindOf(item) === 'call' || PAIRING_WORDS.has(surfaceOf(item) ?? '')) return index;
    }
    return index;
  }

  /** "both on-prem users", "two remote users", "另一個用戶端": the noun names who the word before it named. */
  private linkPair(anchor: Anchor): void {
    // "業務 主管": see linkDescriber.
    if ([...this.sameAs.values()].includes(anchor.index)) return;
    const passes = (item: Item) => isFiller(item) || isStatement(item) || kindOf(item) === 'deploymentHint';
    const right = previousIndex(this.items, anchor.index, passes);
    // "兩個 TD 工程師", "兩位 QA 同仁": two, past one word of the trade the vocabulary does not know.
    const counted = this.items[right]?.kind === 'word' ? previousIndex(this.items, right, passes) : right;
    const j = isTwo(this.items[counted]) || this.anchors.get(counted)?.role === 'both' ? counted : right;
    const before = this.items[j];
    const role = this.anchors.get(j)?.role;
    // "both Kavitha and Mr. Lee": a name after "both" is one of the pair, not both.
    if (role === 'both' && this.groups.has(j)) return;
    // "本所秘書", "我們主管": our organization before a title names one of its people, not everyone.
    if (role === 'all' && OUR_ORGANIZATION.test(surfaceOf(before) ?? '') && !GENERIC_NOUNS.has(surfaceOf(this.items[anchor.index]) ?? '') && !COLLECTIVES.has(surfaceOf(this.items[anchor.index]) ?? '')) return;
    if (role === 'both' || role === 'peer' || role === 'all') this.sameAs.set(anchor.index, j);
    // "打給兩個在家的同事": two called are the other party, whom the call word before the count names.
    else if (isTwo(before) && this.countsCalled(j)) this.callees.add(anchor.index);
    else if (isTwo(before)) this.anchors.set(anchor.index, { ...anchor, role: 'both' });
  }

  /**
   * "the CFO ... the CFO's side", "老闆 ... 老闆打給秘書": a person named again by the same word is the same person,
   * unless the word introduces someone new ("an on-prem user") or is the other party of the same clause ("使用者打給使用者").
   */
  private linkRepeated(anchor: Anchor): void {
    if (this.sameAs.has(anchor.index)) return;
    const surface = surfaceOf(this.items[anchor.index]) ?? '';
    const head = this.identity(anchor.index);
    if (ALWAYS_NEW.has(surface)) return;
    const { determiners, modifiers, start } = wordsBefore(this.items, anchor.index);
    // "Does any of Samir's traffic ...": a name is never someone new by the words before it.
    const name = isNameWord(this.items[anchor.index]);
    const sameNoun = [...this.anchors.keys()].filter((k) => k !== anchor.index && this.anchors.get(k)?.kind === 'person' && sameTitle(this.identity(k), head));
    const group = groupOfMember(this.items, anchor.index, sameNoun, (k) => several(this.items, k));
    if (group !== undefined) return void this.sameAs.set(anchor.index, group);
    if (!name && determiners.some((word) => INDEFINITE.has(word))) return;
    // "打給一位在飯店、用手機熱點的業務": "one" before what describes them makes someone new; not past "the" or "our"
    // ("does any of our employee's media ...": the employee said before).
    const article = previousIndex(this.items, anchor.index, (x) => (isFiller(x) && !INDEFINITE.has(surfaceOf(x) ?? '') && !DEFINITE.has(surfaceOf(x) ?? '')) || isStatement(x) || (x.kind === 'break' && x.list === true));
    if (!name && INDEFINITE.has(surfaceOf(this.items[article]) ?? '')) return;
    const generic = GENERIC_NOUNS.has(surface) || GENERIC_NOUNS.has(head);
    // "User is also homed on-prem": a ticket's sentence that starts with the bare noun goes on about the one named.
    // So does one opening a field ("Q: attendee's signaling", "Ask: user's path"), or closing a ticket's question
    // after "for" ("Q: path for attendee").
    const before = this.items[anchor.index - 1];
    const after = this.items[anchor.index + 1];
    const closesFor = surfaceOf(before) === 'for' && (after === undefined || endsSentence(after));
    const opensSentence = anchor.index === 0 || endsSentence(before) || (before.kind === 'break' && before.colon === true) || closesFor;
    // In Chinese, which has no articles, an English noun refers back as a Chinese one does ("user 端").
    const english = /^[a-z]/.test(surface) && !this.chinese;
    // "what are User A's paths": a letter after the noun names one person, as "the" does.
    const lettered = /^[a-z]$/.test(surfaceOf(this.items[anchor.index + 1]) ?? '');
    if (generic && english && !determiners.some((word) => DEFINITE.has(word)) && !opensSentence && !lettered) return;
    if (generic && this.isCallee(anchor.index)) return;
    // "工程師 Howard 在公司，跟同盟組織的工程師通話": a title said as another organization's is none of ours named before.
    const theirs = this.chinese && this.ownedByOutsiders(anchor.index);
    const earlier: number[] = [];
    for (let k = anchor.index - 1; k >= 0; k--) {
      if (this.anchors.get(k)?.kind === 'person' && sameTitle(this.identity(k), head) && !this.ownsNext(k) && !this.namedApart(k, anchor.index) && !this.pairedApart(k, anchor.index) && !(theirs && !this.saidOutsider(k))) earlier.push(k);
    }
    if (earlier.length === 0) return;
    // The latest one, unless what describes it says which: "the Austin engineer" is the one "from the Austin office".
    // "the area manager ... the store manager": a title with words of its own is not one named with other words.
    const words = english && !name ? this.titleWords(anchor.index) : [];
    const onlySites = this.titleWords(anchor.index, false).length === 0;
    const titled = earlier.filter((k) => words.length === 0 || !this.otherTitle(k, words, onlySites));
    const described = titled.filter((k) => modifiers.length > 0 && modifiers.every((m) => this.describedBy(k, m, start)));
    // "our user: ... other end: user at a partner ... our user's media": the one named with the same owner word.
    const owner = determiners.find((word) => OWNER_WORDS.has(word));
    const owned = owner === undefined ? [] : titled.filter((k) => surfaceOf(this.items[previousIndex(this.items, k, (x) => isFiller(x) && surfaceOf(x) !== owner)]) === owner);
    // "an on-prem user on our LAN ... a user at a federated partner ... our user's path": "our" is never one said to
    // be another organization's (with none of ours before, someone else).
    const ours = owner === 'our' ? earlier.filter((k) => !this.saidOutsider(k)) : [];
    if (owner === 'our' && ours.length === 0) return;
    if (ours.length > 0 && ours.length < earlier.length) earlier.splice(0, earlier.length, ...ours);
    // "The user at HQ calls an external user at home. What is the user's path?": a noun said bare again is the one
    // named bare before, not one a describing word or "a" set apart as someone new.
    const candidates = earlier.filter((k) => titled.includes(k));
    if (candidates.length === 0) return;
    // "Our agents are in the contact centre. An agent at home calls ... the agent's path": one is not the group.
    const plain = modifiers.length > 0 ? [] : candidates.filter((k) => this.namedPlainly(k) && (several(this.items, anchor.index) || !several(this.items, k)));
    const plainOne = new Set(plain.map((k) => this.resolve(this.anchors.get(k) as Anchor).index)).size === 1;
    // "王醫師打給林醫師，醫師的路徑": a bare title either of two people named by it could be is neither (as an unclear
    // "her" is no one: see lastPersonBefore); a title said with what describes it is the one so described.
    const names = new Set(candidates.map((c) => familyName(this.items[c])).filter((n) => n !== undefined));
    if (modifiers.length === 0 && owned.length !== 1 && familyName(this.items[anchor.index]) === undefined && names.size > 1) return;
    const k = described.length === 1 ? described[0] : owned.length === 1 ? owned[0] : plainOne ? plain[0] : candidates[0];
    // One does not call oneself: the one called is not who calls them, named in the call's clause or, in a clause that
    // names nobody before the call, in the clause before ("同事出差住酒店，打給辦公室的同事"). A word for the answering
    // side names its role, so 「P2P 通話受話端的媒體」 is the 受話端 described before, whatever call word stands before it.
    if (this.isCallee(anchor.index) && !ANSWERERS.has(surface) && (clauseStart(this.items, anchor.index) <= k || this.subjectGoesOn(k, anchor.index))) return;
    this.sameAs.set(anchor.index, k);
  }

  private identity(index: number): string {
    let identity = this.identities.get(index);
    if (identity === undefined) {
      identity = identityOf(this.items, index);
      this.identities.set(index, identity);
    }
    return identity;
  }

  /**
   * Whether the person at `index` was named with title words of their own, none of them among `words` (the later
   * noun's, `sitesOnly` when they are only a site's): "the area manager" is not "the store manager", "the night
   * nurse" not "the agency nurse". Two sites alone ("the HQ user", "the branch user") may be where one person is said
   * to be: not two titles.
   */
  private otherTitle(index: number, words: readonly string[], sitesOnly: boolean): boolean {
    const own = this.titleWords(index);
    return own.length > 0 && !own.some((word) => words.includes(word)) && !(sitesOnly && this.titleWords(index, false).length === 0);
  }

  /**
   * The words that make a person noun a title ("sales" of "the sales manager", "area" of "the area manager"); a
   * site's word ("warehouse" of "the warehouse supervisor") unless `sites` is false.
   */
  private titleWords(index: number, sites = true): string[] {
    const words = (item: Item | undefined) => (item?.kind === 'mention' ? item.surface.split(' ').filter((word) => !isFunctionWord(word)) : []);
    const inside = words(this.items[index]).slice(0, -1);
    const { start, words: before } = wordsBefore(this.items, index);
    // "the warehouse supervisor", "our store manager": a place word before the noun names the title too; so does a
    // person word that describes it ("the account executive").
    const placed = sites ? this.items.slice(start, index).flatMap((item) => (isSiteWord(item) ? words(item) : [])) : [];
    const describer = this.sameAs.get(start - 1) === index ? words(this.items[start - 1]) : [];
    return [...describer, ...inside, ...placed, ...before];
  }

  /** Whether the person at `index` is said to be another organization's: its word, or a federated place or another company right after it. */
  /** "同盟組織的工程師", "Contoso（外部公司）的窗口": a person word owned by another organization, through "的". */
  private ownedByOutsiders(index: number): boolean {
    // "廠商工程師", "客戶窗口": another company's word right before the title, with no 的, is whose it is.
    const before = this.items[index - 1];
    if (before?.kind === 'mention' && before.concept.kind === 'company' && namesOutsiders(before)) return true;
    if (!isPossessive(before)) return false;
    const owner = this.items[previousIndex(this.items, this.beforeAside(index - 1), isFiller)];
    return owner?.kind === 'mention' && namesOutsiders(owner);
  }

  private saidOutsider(index: number): boolean {
    if (this.theirs.has(index) || this.namedOutsiders.has(index) || OUTSIDERS.has(headOf(this.items[index]))) return true;
    const next = this.items[nextIndex(this.items, index, isFiller)];
    return next?.kind === 'mention' && ((next.concept.kind === 'place' && next.concept.value === 'federated') || (next.concept.kind === 'company' && !next.concept.hosting));
  }

  /** A person noun with nothing before it that describes them or introduces someone new ("the user", "User"). */
  private namedPlainly(index: number): boolean {
    const { determiners, modifiers } = wordsBefore(this.items, index);
    return modifiers.length === 0 && !determiners.some((word) => INDEFINITE.has(word));
  }

  /**
   * Whether the clauses from the person at `subject` to `index` go on about them: the same sentence, and nobody else
   * named between (a Chinese clause leaves out a subject said before: "同事出差，打給主管").
   */
  private subjectGoesOn(subject: number, index: number): boolean {
    for (let k = subject + 1; k < index; k++) {
      if (endsSentence(this.items[k]) || this.anchors.get(k)?.kind === 'person') return false;
    }
    return true;
  }

  /**
   * "Participant: Aminata Kamara ... / Participant: Foday Koroma ...": two fields under one label, each naming someone,
   * are rows of two people; the label said again names the next row's person, not the one before. So are two titles
   * said with different family names ("放射科的王醫師打給在家的林醫師，王醫師的路徑"): a whole name said again is that
   * person, never another with the same title.
   */
  private namedApart(earlier: number, later: number): boolean {
    const apart = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a !== b;
    return apart(this.nameGiven(earlier), this.nameGiven(later)) || apart(familyName(this.items[earlier]), familyName(this.items[later]));
  }

  /**
   * "公司內的人跟外面（家裡、沒 VPN）的人 P2P", "總部的同事和在家的同事互打": the same Chinese noun right after 跟/和/與
   * (past what describes it, an aside in brackets included) is the second of two people paired, not the first again.
   * "業務在公司跟客戶一對一，業務這端" is the first again: a comma closes the pair.
   */
  private pairedApart(earlier: number, later: number): boolean {
    if (!this.chinese) return false;
    let pairing = -1;
    let depth = 0;
    for (let k = earlier + 1; k < later; k++) {
      const item = this.items[k];
      if (item.kind === 'break' && item.paren !== undefined) depth += item.paren === 'open' ? 1 : -1;
      else if (pairing >= 0 && item.kind === 'break' && depth <= 0 && item.list !== true) return false;
      else if (pairing >= 0 && this.anchors.get(k)?.kind === 'person') return false;
      if (pairing < 0 && PAIRING_WORDS.has(surfaceOf(item) ?? '')) pairing = k;
      if (endsSentence(item)) return false;
    }
    return pairing >= 0;
  }

  /** The name a person word is given by a field's value or an aside ("Caller: Dana", "the PM (Ravi)"), if any. */
  private nameGiven(index: number): string | undefined {
    for (const [from, to] of this.sameAs) if (to === index && isNameWord(this.items[from])) return surfaceOf(this.items[from]);
    return undefined;
  }

  /**
   * "處長秘書 Kay": a Chinese word for a person right before another and a name is whose the named one is, the
   * director's secretary; "處長的會" later names the director, not Kay ("業務小姐" with no name after it is one person).
   */
  private ownsNext(index: number): boolean {
    const next = this.items[index + 1];
    const named = isNameWord(this.items[index + 2]);
    return named && HAN.test(surfaceOf(this.items[index]) ?? '') && kindOf(next) === 'party' && this.anchors.get(index + 1)?.kind === 'person' && HAN.test(surfaceOf(next) ?? '');
  }

  /** Whether the words around the person at `index` (up to the people around it) include `signature`. */
  private describedBy(index: number, signature: string, until = this.items.length): boolean {
    // "from the Austin office" describes "the Austin engineer": a proper name inside a place phrase counts.
    const matches = (item: Item) => signatureOf(item) === signature || (item.kind === 'mention' && item.surface.split(' ').includes(signature));
    for (let k = index - 1; k >= 0 && !endsClause(this.items[k]) && !this.anchors.has(k); k--) {
      if (matches(this.items[k])) return true;
    }
    // Not past the words of the later noun itself ("the area manager is in her car, the store manager"): they are its own.
    for (let k = index + 1; k < until && !endsSentence(this.items[k]) && !this.anchors.has(k); k++) {
      if (matches(this.items[k])) return true;
    }
    return false;
  }

  /** The rest of a name after its first word ("Tanaka-san", "Frau Weber"): a name word or an honorific suffix, no one of its own. */
  private isNameRest(x: Item): boolean {
    return x.kind === 'word' && (x.name === true || HONORIFIC_SUFFIXES.has(x.key)) && !this.anchors.has(this.items.indexOf(x));
  }

  /**
   * "the user's account", "my colleague's laptop": the person's own thing stands for them; "Priya's boss", "the
   * user's manager" are someone else.
   */
  private linkPossession(anchor: Anchor): void {
    const j = previousIndex(this.items, anchor.index, (item) => isFiller(item) && !isPossessive(item));
    if (!isPossessive(this.items[j]) || relation(this.items, anchor.index)) return;
    // "Tanaka-san's account", "Priya Shah's laptop": past the rest of the name to where it starts; "the chief
    // steward's account", "the clerk of the course's account": past the rest of a title (see afterName).
    const owner = this.nameStart(previousIndex(this.items, j, (x) => isFiller(x) || this.isNameRest(x)));
    const named = this.anchors.get(owner);
    // "Kevin 的秘書", "主管的特助": someone's secretary or manager is another person.
    if (RELATIONS.has(surfaceOf(this.items[anchor.index]) ?? '')) return;
    // "the organiser's account is homed on-prem": the organizer's own account is the organizer's.
    if ((named?.kind === 'person' || named?.kind === 'organizer') && !this.sameAs.has(anchor.index)) this.sameAs.set(anchor.index, owner);
  }

  /**
   * "the meeting the COO organised from his on-prem account", "set up the sync with her Online account": an account
   * the host hosts with, said in the host's clause with nobody else between, is the host's (not whoever was named last).
   */
  private hostsWith(index: number): number | undefined {
    if (!isOwnThing(this.items[index])) return undefined;
    for (let k = index - 1; k >= clauseStart(this.items, index); k--) {
      if (this.organizers.has(k)) return k;
      if (this.anchors.get(k)?.kind === 'person') return undefined;
    }
    return undefined;
  }

  /** Drops a "他的" anchor (see mineAnchor) that no person stands behind; whether it did. */
  private possessiveUnlinked(anchor: Anchor): boolean {
    if (anchor.role !== 'pronoun' || !HIS_WORDS.has(surfaceOf(this.items[anchor.index]) ?? '') || this.sameAs.has(anchor.index) || this.organizers.has(anchor.index)) return false;
    if (theirMeetingAnchor(this.items, this.items[anchor.index], anchor.index) !== undefined) return false;
    this.anchors.delete(anchor.index);
    this.unresolved.delete(anchor.index);
    return true;
  }

  /**
   * "he", "她", "they": the person named most recently before, other than the speaker. "They" right after another
   * company ("合作廠商 ... 他們是雲端 Skype") are that company's people.
   */
  private linkPronoun(anchor: Anchor): void {
    if (this.sameAs.has(anchor.index)) return; // a reflexive, already linked
    // "the CEO, whose account is Online": "whose" is who it follows.
    if (surfaceOf(this.items[anchor.index - 1]) === 'whose') {
      // "Tanaka-san, whose account", "Frau Weber, whose": past the rest of a name to where it starts.
      let antecedent = previousIndex(this.items, anchor.index - 1, (x) => isFiller(x) || (x.kind === 'break' && !x.strong) || this.isNameRest(x));
      // "the director of IT, whose account": past what a title "of" is of.
      if (!this.anchors.has(antecedent) && this.afterName(antecedent - 1) === antecedent) antecedent -= 1;
      if (this.anchors.get(antecedent)?.kind === 'person') this.sameAs.set(anchor.index, antecedent);
      return;
    }
    // "Both their accounts are still on-prem": the accounts of both.
    const both = previousIndex(this.items, anchor.index, isFiller);
    if (this.anchors.get(both)?.role === 'both' && EACH_WORDS.has(surfaceOf(this.items[both]) ?? '')) {
      this.sameAs.set(anchor.index, both);
      return;
    }
    const host = this.hostsWith(anchor.index);
    if (host !== undefined) {
      this.sameAs.set(anchor.index, host);
      return;
    }
    const surface = surfaceOf(this.items[anchor.index]) ?? '';
    // "Priya called Ann from the office - no wait, she was at the hotel": right after words that take back what was
    // just said, the pronoun is whom it was said of, the one the sentence is about, not the last one named.
    const corrected = takenBackBefore(this.items, anchor.index) ? this.sentenceSubject(anchor.index, surface) : undefined;
    if (corrected !== undefined) {
      this.sameAs.set(anchor.index, corrected);
      return;
    }
    const group = GROUP_PRONOUNS.has(surface);
    // "Priya set up the meeting and Tom joined from his (on-prem) account": the gender of "his account" is that of "his".
    const possessive = [surfaceOf(this.items[anchor.index - 1]), surfaceOf(this.items[anchor.index - 2])].find((word) => word === 'his' || word === 'her');
    const gendered = PRONOUN_GENDERS.has(surface) ? surface : possessive === 'his' ? 'he' : possessive === 'her' ? 'she' : surface;
    // Who acts in the pronoun's own clause (named again or not): "Priya ... Priya rings him" is not Priya.
    const actors = new Set<number>();
    for (let k = clauseStart(this.items, anchor.index); k < anchor.index; k++) {
      const actor = this.anchors.get(k);
      if (actor?.kind === 'person') actors.add(this.resolve(actor).index);
    }
    // "他在公司打外線給客戶 ... 他那邊": the same pronoun again is the same person, not the last one named.
    for (let k = anchor.index - 1; k >= 0; k--) {
      if (this.anchors.get(k)?.role === 'pronoun' && surfaceOf(this.items[k]) === surface) {
        this.sameAs.set(anchor.index, k);
        return;
      }
    }
    for (let k = anchor.index - 1; k >= 0; k--) {
      const item = this.items[k];
      if (group && item.kind === 'mention' && namesOutsiders(item)) {
        this.theirs.add(anchor.index);
        return;
      }
      const earlier = this.anchors.get(k);
      if (!earlier || earlier.kind === 'meeting') continue;
      // "both Kavitha and Mr. Lee ... They are calling each other": "they" after a pair is the pair.
      const pair = earlier.role === 'both' && this.groups.has(k) ? k : this.pairEnds.get(k);
      if (group && pair !== undefined) {
        this.sameAs.set(anchor.index, pair);
        return;
      }
      if (earlier.kind === 'person' && (earlier.role === 'user' || earlier.role === 'both' || earlier.role === 'all' || earlier.role === 'pronoun')) continue;
      // "A. Novak's manager is in the office. Today she is at home": someone named by whose they are is beside the
      // one they are named by, who "she" goes on about.
      if (!group && relation(this.items, k)) continue;
      // "I'm an Online user. For him, ...": a word said of the speaker is never "he" or "she" (the person a quoted
      // message comes from, named before its "I", still is).
      if (!group && this.describesSpeaker(k)) continue;
      // "Tomasz is at home. Priya rings him.": an object pronoun is not the one acting in its own clause.
      if (OBJECT_PRONOUNS.has(surface) && actors.has(this.resolve(earlier).index)) continue;
      // "學校其他人還在地端 ... 我打給他": "他" is one person, not the others named as a group.
      if (!group && OTHERS.has(surfaceOf(item) ?? '')) continue;
      if (!group && !this.couldBe(k, gendered)) continue;
      // "... the CFO sets up (she is Online-homed)": a pronoun opening an aside is whom the aside follows.
      const opening = this.items[anchor.index - 1];
      const opensAside = opening?.kind === 'break' && opening.paren === 'open';
      if (!group && !opensAside && this.ambiguousAntecedent(k, anchor.index, gendered)) {
        this.unresolved.add(anchor.index);
        const others = this.organizers.has(this.resolve(earlier).index) ? this.otherAntecedents(k, gendered) : [];
        if (others.length === 1) this.placedBesideHost.set(anchor.index, others[0]);
        return;
      }
      this.sameAs.set(anchor.index, k);
      // "She is at home; he is in the office": once "she" is Priya, "he" is not.
      const gender = PRONOUN_GENDERS.get(surface);
      if (gender) this.genders.set(this.resolve(earlier).index, gender);
      return;
    }
  }

  /**
   * "同事在家要跟還在公司的主管打一對一，如果他沒開 VPN": "他" could be either. The most recent person is who a
   * pronoun stands for when they are the subject of their sentence ("Joel is in the office ... and he calls
   * her"), or the only one it can be; when they were only called or met and someone else leads the sentence, it
   * is unclear, and nothing said of the pronoun counts (the advisor asks).
   */
  private ambiguousAntecedent(latest: number, pronoun: number, surface: string): boolean {
    const start = this.sentenceOf(latest);
    const firstPerson = [...this.anchors.values()].find((a) => this.someoneToStandFor(a) && a.index >= start && a.role !== 'all' && a.role !== 'user');
    if (firstPerson !== undefined && this.resolve(firstPerson).index === this.resolve(this.anchors.get(latest) as Anchor).index) return false;
    return pronoun > latest && this.otherAntecedents(latest, surface).length > 0;
  }

  /**
   * Besides the person named most recently (`latest`), the people a pronoun could stand for, each once: anyone named
   * by a title or as the other party, from the sentence before `latest`'s on.
   */
  private otherAntecedents(latest: number, surface: string): number[] {
    const who = (index: number) => this.resolve(this.anchors.get(index) as Anchor).index;
    // "I'm one of the people still on-prem": a person word said of the writer is the writer, never "he" or "she".
    const writer = (a: Anchor) => this.resolve(a).role === 'user';
    const from = this.sentenceOf(Math.max(0, this.sentenceOf(latest) - 1));
    const others = [...this.anchors.values()].filter(
      (a) => this.someoneToStandFor(a) && !writer(a) && a.index >= from && a.index < latest && (a.role === 'generic' || a.role === 'peer') && who(a.index) !== who(latest) && this.couldBe(a.index, surface),
    );
    return [...new Set(others.map((a) => who(a.index)))];
  }

  /** Where the sentence holding `index` starts. */
  private sentenceOf(index: number): number {
    let start = index;
    while (start > 0 && !endsSentence(this.items[start - 1])) start--;
    return start;
  }

  /**
   * A person a pronoun could stand for: 「研發週會是 David 發的，他帳號還在地端」: a unit's word naming a meeting
   * ("研發週會", "業務部月會") is nobody the pronoun could stand for.
   */
  private someoneToStandFor(anchor: Anchor): boolean {
    return anchor.kind === 'person' && !this.namesMeeting(anchor.index);
  }

  /**
   * In Chinese, a person word right before a meeting, with no 的 between, names the meeting ("研發週會", "業務部月會");
   * a team's word does with 的 too ("財務處的月會是財務長召集的，他在地端": 他 is the host, not the team).
   */
  private namesMeeting(index: number): boolean {
    if (!this.chinese || this.anchors.get(index)?.role !== 'generic') return false;
    const team = TEAM_END.test(surfaceOf(this.items[index]) ?? '') && surfaceOf(this.items[index + 1]) === '的';
    return this.anchors.get(team ? index + 2 : index + 1)?.kind === 'meeting';
  }

  /** "I'm an Online user": a person word said of the speaker right after "I am" (not "I'm with the user"). */
  private describesSpeaker(index: number): boolean {
    const anchor = this.anchors.get(index);
    if (anchor === undefined) return false;
    const resolved = this.resolve(anchor);
    if (resolved.role !== 'user' || resolved.index >= index) return false;
    for (let k = resolved.index + 1; k < index; k++) if (!isCopula(this.items[k]) && !isFiller(this.items[k]) && !isStatement(this.items[k])) return false;
    return true;
  }

  /** Whether the person at `index` could be who a pronoun stands for: "she" is not "Mr. Tan". */
  private couldBe(index: number, pronoun: string): boolean {
    const wanted = PRONOUN_GENDERS.get(pronoun);
    // "she's on the on-prem pool, he's online ... her side": a pronoun is of its own gender.
    const own = this.anchors.get(index)?.role === 'pronoun' ? PRONOUN_GENDERS.get(surfaceOf(this.items[index]) ?? '') : undefined;
    const gender = this.genderOf(index) ?? own;
    return wanted === undefined || gender === undefined || gender === wanted;
  }

  /** "Mr. Tan" is a he, "Ms. Ong" a she, "Grace" a she: the gender a title or a name gives, or a pronoun said of them before. */
  private genderOf(index: number): 'he' | 'she' | undefined {
    const title = this.items[index - 1];
    const titled = title?.kind === 'word' ? TITLE_GENDERS.get(title.key) : undefined;
    const anchor = this.anchors.get(index);
    return titled ?? NOUN_GENDERS.get(headOf(this.items[index])) ?? nameGender(this.items[index]) ?? (anchor ? this.genders.get(this.resolve(anchor).index) ?? this.linkedNameGender(anchor) : undefined);
  }

  /**
   * "對方：同事 Mark", "Callee: the colleague, Tom": a word for a person that a name is linked to or followed by has
   * the name's gender, so "她這端" later is not the one field whose person is a he.
   */
  private linkedNameGender(anchor: Anchor): 'he' | 'she' | undefined {
    const person = this.resolve(anchor).index;
    for (const linked of this.anchors.values()) {
      if (linked.kind !== 'person' || this.resolve(linked).index !== person) continue;
      for (let k = linked.index; k <= this.afterName(linked.index); k++) {
        const gender = nameGender(this.items[k]);
        if (gender !== undefined) return gender;
      }
      const given = givenNameGender(this.items[linked.index + 1], this.items[linked.index]);
      if (given !== undefined) return given;
    }
    return undefined;
  }

  /**
   * "User (online-homed) at the Leeds office calls a colleague ... Does the caller's signalling go over ER?": "the
   * caller" is who calls, when one person named by a role or a name calls (the speaker calling is "I" already).
   */
  private linkCaller(): void {
    const word = [...this.anchors.values()].find((a) => a.role === 'user' && /(?:^| )caller$/.test(surfaceOf(this.items[a.index]) ?? ''));
    if (word === undefined || this.sameAs.has(word.index)) return;
    const calling = (item: Item) => isFiller(item) || isStatement(item) || isCopula(item) || (item.kind === 'break' && !item.strong);
    const callers = [...this.anchors.values()].filter((a) => a.kind === 'person' && a.role === 'generic' && a.index < word.index && kindOf(this.items[nextIndex(this.items, this.afterAside(a.index), calling)]) === 'call');
    if (callers.length === 1) this.sameAs.set(word.index, callers[0].index);
  }

  /**
   * "Caller: Yuki Sato / User location: Nagoya branch / Description: ... no detail from user": in a ticket whose
   * "Caller:" field opens a line, "user" (a field's label or said alone) is the caller, not a second person of the
   * call; a "User:" field of its own ("User: Bob Li") names its own person.
   */
  private linkTicketUser(): void {
    const opensLine = (at: number) => at === 0 || endsSentence(this.items[at - 1]);
    const caller = [...this.anchors.values()].find((a) => a.role === 'user' && surfaceOf(this.items[a.index]) === 'caller' && isColon(this.items[a.index + 1]) && opensLine(a.index));
    if (caller === undefined) return;
    for (const anchor of this.anchors.values()) {
      if (anchor.kind !== 'person' || anchor.role !== 'generic' || this.sameAs.has(anchor.index) || isColon(this.items[anchor.index + 1])) continue;
      // "Online user calling on-prem user": users told apart by what is said of them are the call's two people.
      if (isStatement(this.items[previousIndex(this.items, anchor.index, isFiller)])) continue;
      if (TICKET_USER_WORDS.has(surfaceOf(this.items[anchor.index]) ?? '')) this.sameAs.set(anchor.index, caller.index);
    }
  }

  /**
   * "Lindiwe called Craig (1:1). I'm asking about the callee", "... What is the callee's path?": "the callee" is who
   * is called, when one person named by a name or a role is called before it.
   */
  private linkCallee(): void {
    const word = [...this.anchors.values()].find((a) => a.role === 'peer' && /(?:^| )callee$/.test(surfaceOf(this.items[a.index]) ?? ''));
    if (word === undefined || this.sameAs.has(word.index)) return;
    const called = new Set([...this.callees].filter((k) => k < word.index && this.anchors.get(k)?.role === 'generic').map((k) => this.resolve(this.anchors.get(k) as Anchor).index));
    if (called.size === 1) this.sameAs.set(word.index, [...called][0]);
  }

  /** "Online 那群人裡的 Grace": the group's word stands for the one picked out of it (see pickedMember.ts). */
  private linkPickedMembers(): void {
    for (const index of [...this.anchors.keys()]) {
      const member = pickedMember(this.items, index, (k) => this.isPersonLike(k));
      if (member !== undefined) this.sameAs.set(index, member);
    }
  }

  /**
   * "倉管那群人帳號都還在地端 ... 倉管的阿明打給同樣是倉管的 Sandy": a team said whole stands for its members named
   * elsewhere, each of them, as "both" does for a pair (weakly: see saidTogether); a word of its name before one of
   * them only describes that one, who is nobody else of the team (see chineseTeams.ts).
   */
  private linkTeamMembers(): void {
    for (const { span, members, describers } of chineseTeamGroups(this.items, this.anchors, this.organizers)) {
      for (const [word, member] of describers) {
        if (this.sameAs.get(member) === word) this.sameAs.delete(member);
        this.sameAs.set(word, member);
      }
      const included = new Set(members);
      // The team's own words stand for nobody named before ("會計課的淑芬 ... 會計課全課": the team, not her).
      for (const k of span) if (!included.has(k)) this.sameAs.delete(k);
      const people = [...new Set(members.map((k) => this.resolve(this.anchors.get(k) as Anchor).index))].filter((k) => !span.includes(k) || included.has(k));
      if (people.length === 0) continue;
      // "…阿哲在家打給我，他也是品保課的": a member said by a pronoun that stands for nobody sure leaves the team's
      // statement nobody's (the advisor asks) rather than someone's by default.
      const unsure = people.some((k) => this.anchors.get(k)?.role === 'pronoun');
      for (const k of span) {
        this.groups.set(k, unsure ? [] : people);
        this.saidTogether.add(k);
      }
    }
  }

  /** "我跟同事的帳號都在 Online", "me and the organizer are both homed Online": the "each" word stands for both. */
  private linkGroup(item: Item, index: number): void {
    const surface = surfaceOf(item) ?? '';
    // "他跟我一樣是 Online", "對方跟我一樣都是地端帳號": what is said of one "the same as" the other is said of both.
    if (SAME_AS_WORDS.has(surface)) {
      const pair = this.pairAround(previousIndex(this.items, index, isFiller));
      if (pair) {
        this.anchors.set(index, { index, kind: 'person', role: 'both' });
        this.groups.set(index, pair);
      }
      return;
    }
    if (!EACH_WORDS.has(surface)) return;
    // "我跟主管兩個的帳號都": a count between the pair and "都" says how many they are.
    const passes = (x: Item) => isFiller(x) || isMarker(x, 'copula') || isStatement(x) || kindOf(x) === 'number';
    // "我跟主持人（我老闆）帳號都": past an aside after the second; "林組長與我的帳號都": "我的" names the second.
    let second = previousIndex(this.items, this.beforeAside(previousIndex(this.items, index, passes) + 1), passes);
    if (!this.isPersonLike(second)) for (let k = index - 1; k > second; k--) if (this.anchors.get(k)?.role === 'user') second = k;
    // "協理跟我兩個人帳號都": the pair before the words that count them.
    if (this.anchors.get(second)?.role === 'both' && this.isPersonLike(previousIndex(this.items, second, isFiller))) second = previousIndex(this.items, second, isFiller);
    // "我們都在總部", "we're both at HQ": the speaker and the other party.
    if (this.anchors.get(second)?.role === 'all' && /^(我們|咱們|we|us)$/.test(surfaceOf(this.items[second]) ?? '')) {
      this.anchors.set(index, { index, kind: 'person', role: 'both' });
      return;
    }
    // "我們兩個（我跟 Eric）都在總部": a pair in an aside right before "都" is who the words before it count.
    const close = previousIndex(this.items, index, passes);
    const closing = this.items[close];
    const aside = closing?.kind === 'break' && closing.paren === 'close' ? this.pairAround(previousIndex(this.items, close, isFiller)) : undefined;
    const pair = aside ?? this.pairAround(second);
    if (pair) {
      this.anchors.set(index, { index, kind: 'person', role: 'both' });
      this.groups.set(index, pair);
    } else if (second < 0 || endsClause(this.items[second])) {
      // "我 on-prem / 對方 Online / 都在 HQ": "都" opening a clause after the two parties were named is both of them.
      if (this.peopleBefore(index) >= 2) this.anchors.set(index, { index, kind: 'person', role: 'both' });
    } else if (this.anchors.get(second)?.role === 'generic' && GENERIC_NOUNS.has(surfaceOf(this.items[second]) ?? '') && !/^[a-z均皆]/.test(surface)) {
      // "使用者都在 Online", "員工都是雲端帳號": a noun for anyone, then "都", is everyone (the formal "均", "皆" only pair
      // two named people: "使用者皆為 Online ... 使用者於台中廠" goes on about one user).
      this.anchors.set(second, { index: second, kind: 'person', role: 'all' });
    }
  }

  /** "我跟同事都", "me and the organizer are both": the two people named together right before an "each" word. */
  private pairAround(second: number): [number, number] | undefined {
    if (!this.isPersonLike(second)) return undefined;
    // What describes the second may stand between ("我跟主持會議的經理都", "me and the colleague at HQ are both").
    // "Eric 跟坐他隔壁的小林都": a pronoun inside the description (closed by "的") is no third person.
    const describing = (k: number) => this.anchors.get(k)?.role === 'pronoun' && this.items.slice(k + 1, second).some((x) => isFiller(x) && (surfaceOf(x) ?? '').endsWith('的'));
    // "我跟倉管阿明都是": a title right before the name it goes with is the same second person, no third.
    const titled = (k: number) => k === second - 1 && isNameWord(this.items[second]) && this.afterName(k) >= second;
    let and = second - 1;
    while (and >= 0 && and >= second - PAIR_REACH && !joinsPair(this.items[and])) {
      if (this.items[and].kind === 'break' || (this.anchors.get(and)?.kind === 'person' && !describing(and) && !titled(and))) return undefined;
      and--;
    }
    // "我（Online 帳號）跟 Kate（地端帳號）都": past an aside after the first.
    const first = previousIndex(this.items, this.beforeAside(and), isFiller);
    return and >= 0 && joinsPair(this.items[and]) && this.isPersonLike(first) ? [first, second] : undefined;
  }

  /**
   * "both Kavitha and Mr. Lee have moved Online", "both the night nurse and I are on the ward": a pair named
   * right after "both" (the first past words that describe it, as the second) is who "both" stands for.
   */
  private findPairAfter(anchor: Anchor): void {
    if (anchor.role !== 'both' || !EACH_WORDS.has(surfaceOf(this.items[anchor.index]) ?? '')) return;
    const first = nextIndex(this.items, anchor.index, (x) => isFiller(x) || isHonorific(x) || isDescribingWord(x));
    const and = nextIndex(this.items, first, isFiller);
    const second = nextIndex(this.items, and, (x) => isFiller(x) || isHonorific(x) || isDescribingWord(x));
    if (!this.isPersonLike(first) || !AND_WORDS.has(surfaceOf(this.items[and]) ?? '') || !this.isPersonLike(second)) return;
    this.groups.set(anchor.index, [first, second]);
    this.pairEnds.set(second, anchor.index);
  }

  /**
   * "Priya and Tom are in the office", "Ana and Luis work on the Leeds WAN and call each other", "the CFO and her
   * deputy work from home": two people opening their clause, joined by "and", with a plural verb and then a statement,
   * are each said to be so, as if "both" were written. The "and" stands for the pair (as "both" does); a singular verb
   * ("I call Priya and Tom is at home") leaves them apart. What is said of one of them alone weighs more ("Ana and Tom
   * work at HQ. Ana is at home today": see partiesOf).
   */
  private findPluralSubject(item: Item, index: number): void {
    if (this.chinese || !AND_WORDS.has(surfaceOf(item) ?? '') || this.anchors.has(index)) return;
    const first = previousIndex(this.items, index, (x) => isFiller(x) || isHonorific(x));
    const second = nextIndex(this.items, index, (x) => isFiller(x) || isHonorific(x) || isDescribingWord(x));
    if (!this.isPersonLike(first) || !this.isPersonLike(second) || this.anchors.get(first)?.kind !== 'person') return;
    // "Our receptionist Gemma, the practice manager and I all sit in ...": the people listed before, comma by comma.
    // Words that describe a person before their word ("the practice manager", "our receptionist Gemma") are theirs.
    const beforePerson = (k: number) => previousIndex(this.items, k, (x) => isFiller(x) || isHonorific(x) || isDescribingWord(x) || (isNameWord(this.items[k]) && kindOf(x) === 'party'));
    const listed = [first];
    let opening = previousIndex(this.items, first, (x) => isFiller(x) || isHonorific(x));
    for (let comma = beforePerson(first); isListComma(this.items[comma]); ) {
      const before = previousIndex(this.items, comma, (x) => isFiller(x) || isHonorific(x));
      if (this.anchors.get(before)?.kind !== 'person') break;
      listed.unshift(before);
      opening = beforePerson(before);
      comma = opening;
    }
    if (opening >= 0 && !endsClause(this.items[opening])) return;
    const verbs = this.items.slice(second + 1, nextIndex(this.items, second, (x) => isFiller(x) || isCopula(x) || isAlways(x)));
    const said = this.items[second + 1 + verbs.length];
    // A list of three or more opening its clause is the subject whatever its verb ("A, B and I all sit in ...").
    const plural = listed.length > 1 || verbs.some((x) => PLURAL_VERBS.has(surfaceOf(x) ?? ''));
    if (!plural || verbs.some((x) => SINGULAR_VERBS.has(surfaceOf(x) ?? '')) || !isStatement(said)) return;
    this.anchors.set(index, { index, kind: 'person', role: 'both' });
    this.groups.set(index, [...listed, second]);
    this.pairEnds.set(second, index);
    this.saidTogether.add(index);
  }

  /**
   * "when two of us at HQ call each other", "the two of us are in the office": "us" or "them" counted as two is both
   * parties, not everyone in the organization.
   */
  private markTwoOfUs(anchor: Anchor): void {
    if (anchor.role !== 'all' || !TWO_OF.has(surfaceOf(this.items[anchor.index]) ?? '')) return;
    const of = previousIndex(this.items, anchor.index, isFiller);
    const counted = surfaceOf(this.items[of]) === 'of' ? previousIndex(this.items, of, isFiller) : of;
    if (isTwo(this.items[counted])) this.anchors.set(anchor.index, { ...anchor, role: 'both' });
  }

  /**
   * "打給兩位在總部的同事", "撥給在總部的兩位同事": a word for two right after a call word that gives (past what describes
   * them) counts the ones called, not both sides of the call, so a place said of them is not the caller's too.
   */
  private markCalledPair(anchor: Anchor): void {
    if (anchor.kind !== 'person' || anchor.role !== 'both' || !this.countsCalled(anchor.index)) return;
    this.anchors.set(anchor.index, { ...anchor, role: 'peer' });
  }

  /**
   * Whether the count (or word for two) at `index` stands right after a call word: in Chinese one that gives ("打給",
   * "撥給"; "打電話兩個都在家" is not), in English only a count ("calls two coworkers"; "on the call both of us" is the pair).
   */
  private countsCalled(index: number): boolean {
    const before = this.items[previousIndex(this.items, index, (item) => isFiller(item) || isStatement(item))];
    if (kindOf(before) !== 'call') return false;
    return this.chinese ? (surfaceOf(before) ?? '').endsWith('給') : isTwo(this.items[index]) || /^(two|2) /.test(surfaceOf(this.items[index]) ?? '');
  }

  /** How many different people (not the organizer, not everyone) are named before `index`. */
  private peopleBefore(index: number): number {
    const people = new Set<number>();
    for (let k = 0; k < index; k++) {
      const anchor = this.anchors.get(k);
      if (anchor?.kind !== 'person' || anchor.role === 'all' || anchor.role === 'both' || this.organizers.has(k)) continue;
      const key = this.personKey(anchor);
      if (key !== undefined) people.add(key);
    }
    return people.size;
  }

  private isPersonLike(index: number): boolean {
    const anchor = this.anchors.get(index);
    return anchor !== undefined && anchor.kind !== 'meeting';
  }

  /**
   * "打給坐他隔壁的 Iris", "打給坐他隔壁排的同事": someone right before a word for next to (NEXT_TO) or a place, then 的 and
   * another person, is whom that person sits by, in the description of the one called, not the one called.
   */
  private besideWhom(index: number): boolean {
    if (!HAN.test(surfaceOf(this.items[index]) ?? '')) return false;
    const place = index + 1;
    const word = surfaceOf(this.items[place]) ?? '';
    // "他隔壁的" may be read as one word; "他對面的" as 對 and 面, characters the lexicon cut apart.
    const split = NEXT_TO.has(word + (surfaceOf(this.items[place + 1]) ?? '')) && surfaceOf(this.items[place + 2]) === '的' ? place + 2 : -1;
    const of = word.endsWith('的') && NEXT_TO.has(word.slice(0, -1)) ? place : (kindOf(this.items[place]) === 'place' || NEXT_TO.has(word)) && surfaceOf(this.items[place + 1]) === '的' ? place + 1 : split;
    return of >= 0 && this.anchors.get(nextIndex(this.items, of, isFiller))?.kind === 'person';
  }

  private isCallee(index: number): boolean {
    // "rings Mr. Tan": past a title before the name.
    const before = this.items[previousIndex(this.items, index, (item) => isFiller(item) || isStatement(item) || isHonorific(item))];
    if (!before) return false;
    const word = surfaceOf(before) ?? '';
    // "a 1:1 call with Tomasz", "a video call to the CFO": a call type phrase that ends in "with" or "to" names who is called.
    // "一對一通話的對象", "視訊的對象": the counterpart of a call said by its type is the one called, as "通話的對象" is.
    const callTypeWith = kindOf(before) === 'callType' && (CALLEE_WORDS.has(word.slice(word.lastIndexOf(' ') + 1)) || surfaceOf(this.items[index]) === '對象');
    // "我跟 PM 都駐點在客戶那": "跟" before someone "both" are said of is "and", not a call with them.
    if (PAIRING_WORDS.has(word) && BOTH_AFTER.has(surfaceOf(this.items[nextIndex(this.items, index, isFiller)]) ?? '')) return false;
    if (this.besideWhom(index)) return false;
    return kindOf(before) === 'call' || callTypeWith || CALLEE_WORDS.has(word) || (FACING_WORDS.has(word) && describesCall(this.items)) || calledPast(this.items, index);
  }

  /**
   * Whether what follows `index` names that person's side of the call: their traffic ("the office user's signaling",
   * "老闆 media"), their call ("her call"), or their side in a question ("the CFO's side?", "老闆那端會走 ER 嗎").
   */
  private sideAfter(index: number, possessed: boolean): boolean {
    // "Wanjiru Kamau's media": past the later names of someone named in full.
    // "同事B 那端": past the letter that tells them from another of their title.
    const named = this.anchors.get(index)?.role === 'generic' ? this.afterName(index) : index;
    const j = nextIndex(this.items, labelLetter(this.items, named) === '' ? named : named + 1, isFiller);
    const next = this.items[j];
    const owned = possessed || this.items.slice(index + 1, j).some(isPossessive);
    const kind = kindOf(next);
    // "跟窗口視訊": a video or voice word right after someone is the call with them, not their side of it.
    // "tell me the media path": an object pronoun before traffic is who is told, not whose side.
    // "打外線給客戶訊號跟媒體是走網路嗎" (typed without a break): the one called, right before traffic, is not its owner.
    if (ownCallsTraffic(this.items, j)) return true;
    if (kind === 'traffic') return owned || (!isCallingMedia(next) && !OBJECT_PRONOUNS.has(surfaceOf(this.items[index]) ?? '') && !this.callees.has(index));
    // "he is at home on his internet": the Internet someone is on is their connection, not their path asked about.
    if (kind === 'path') return !(next?.kind === 'mention' && next.concept.kind === 'path' && next.concept.value === 'internet' && owned && ON_WORDS.has(surfaceOf(this.items[index - 1]) ?? ''));
    // "what route does Nigel's meeting traffic take": the traffic of someone's part in a meeting, asked about, is
    // their side ("Ravi's meeting audio is fine" only describes it).
    // "What route does Matthias's broadcast traffic take?", "Rachel's traffic": the same with a meeting's kind, or
    // someone named with the traffic said in a plain word.
    const meeting = kind === 'hostedMeeting' || (next?.kind === 'mention' && next.concept.kind === 'callType' && (next.concept.value === 'conference' || next.concept.value === 'broadcast'));
    if (meeting && TRAFFIC_NOUNS.has(headOf(this.items[j + 1]))) return sentenceAsks(this.items, j, isQuestion);
    if (owned && isNameWord(this.items[index]) && next?.kind === 'word' && TRAFFIC_NOUNS.has(next.key)) return sentenceAsks(this.items, j, isQuestion);
    // "小琪的路徑", "Meera's path": the path of someone named is their side.
    if (kind === 'cue' && owned && PATH_NOUNS.has(surfaceOf(next) ?? '')) return true;
    // "what path does her call take": the call of someone asked about; "his calls from the hotel were fine but mine
    // drop" only describes it.
    // "his Skype video is fine, mine isn't": the traffic of the call itself asks nothing.
    // "using his phone's mobile data": a call word owned in turn is the device, not the call.
    // "what path will her call's signaling take": the traffic of someone's call, asked about, is their side too.
    const callsTraffic = isPossessive(this.items[j + 1]) && kindOf(this.items[nextIndex(this.items, j, isFiller)]) === 'traffic';
    if (kind === 'call') return owned && (callsTraffic || !isPossessive(this.items[j + 1])) && sentenceAsks(this.items, j, (item) => asks(item) && !(item === this.items[j + 1] && kindOf(item) === 'traffic'));
    // "問 Zita 那通的路徑", "主任那通 PSTN 通話的路徑？": someone's call ("那通", that call of theirs), asked about, is their side.
    // Only someone named before: "陳小姐這通" after a ticket that named her in full ("報修人：陳怡君") is no one new.
    const namedBefore = this.anchors.has(index) && this.resolve(this.anchors.get(index) as Anchor).index !== index;
    const theirCall = namedBefore && CALL_DEMONSTRATIVES.has(surfaceOf(this.items[this.afterName(index) + 1]) ?? '') && /^通/.test(surfaceOf(next) ?? '');
    if (theirCall) return sentenceAsks(this.items, j, (item) => asks(item) || PATH_NOUNS.has(surfaceOf(item) ?? ''));
    if (!isSideWord(next) || qualifiesThing(this.items, j)) return false;
    // "My question is about Ben's leg, not Anna's": a side asked about by name.
    const about = ABOUT_WORDS.has(surfaceOf(this.items[previousIndex(this.items, index, isFiller)]) ?? '');
    // "我們這邊全部 Online" is our company, not a side of the call: a side word must be asked about. "Tina 那端（在家）的
    // 訊號": an aside after the side word says where they are, and the question goes on past it.
    for (let k = this.afterAside(j) + 1; k < this.items.length; k++) {
      const item = this.items[k];
      // "he is at home on his end.", "homed Online at their end.": a side word closing its clause's statement says
      // where the statement holds; only a side said alone asks about it ("His end?", "the path on his end.").
      if (endsSentence(item)) return !this.items.slice(clauseStart(this.items, index), index).some(isStatement);
      // "Ana's end: signaling and media?": a side as the label of what is asked.
      if (k === j + 1 && item.kind === 'break' && item.colon === true) return sentenceAsks(this.items, k + 1);
      if (endsClause(item)) return about;
      if (asks(item)) return true;
    }
    return true;
  }

  /**
   * "我在 A 這邊 capture 到 RTP", "我人在小王那端看": the writer said to be at the person's end (在, then the person and a side
   * word), where they watch the call from. "我跟 A 在同一邊", "我在 A 旁邊" say no end.
   */
  private writerAtSideOf(index: number): boolean {
    if (!AT_WORD.test(surfaceOf(this.items[index - 1]) ?? '') || !isSideWord(this.items[nextIndex(this.items, this.afterName(index), isFiller)])) return false;
    const subject = WRITER_FILLERS.has(surfaceOf(this.items[index - 2]) ?? '') ? index - 3 : index - 2;
    return SPEAKER_WORDS.has(surfaceOf(this.items[subject]) ?? '');
  }

  /** The person the question is asked about, when the text names one side of the call; undefined when unsaid or unclear. */
  /**
   * "Carmen: signaling and media?", "Ji-woo: path?": a person opening the last sentence as its label, then only what
   * is asked, is the one asked about.
   */
  private askedAfterLabel(index: number): boolean {
    const before = this.items[index - 1];
    const colon = this.items[this.afterName(index) + 1];
    if ((before !== undefined && before.kind !== 'break') || colon?.kind !== 'break' || colon.colon !== true) return false;
    const asked = (item: Item) => isFiller(item) || ['traffic', 'cue', 'boundary', 'path'].includes(kindOf(item) ?? '');
    const end = nextIndex(this.items, this.afterName(index) + 1, asked);
    return end > this.afterName(index) + 2 && (end >= this.items.length || (endsSentence(this.items[end]) && end === this.items.length - 1));
  }

  private findPerspective(): number | undefined {
    const found = new Set<number>();
    // Whose side a possessive pronoun asks about ("his signaling"): the organizer too ("he's the organizer ... What path
    // will his signaling and media use?" asks about the organizer joining).
    const ownSides = new Set<number>();
    const speaker = [...this.anchors.values()].find((a) => a.kind === 'person' && a.role === 'user');
    let speakerAside = false;
    this.items.forEach((item, index) => {
      // "Jane's signaling goes over ER, got it.": a side the writer says they know is not the one asked about.
      if (this.known.told.has(index)) return;
      if (setAside(this.items, index)) {
        speakerAside ||= MY_WORDS.has(surfaceOf(item) ?? '') || SPEAKER_WORDS.has(surfaceOf(item) ?? '') || surfaceOf(item) === 'me';
        return;
      }
      const anchor = this.anchors.get(index);
      if (anchor?.kind === 'person' && (this.sideAfter(index, false) || this.askedAfterLabel(index) || askedAsSubject(this.items, index, () => this.pastPlaceSaid(this.afterName(index))))) {
        const named = this.resolve(anchor).index;
        found.add(named);
        // "小美在公司主持會議 … 小美的媒體走哪？": a host named by name, whose own traffic is asked, joins her meeting.
        if (anchor.role !== 'pronoun' && this.ownTrafficAfter(index) && this.joinsItself(named)) ownSides.add(named);
      }
      // "內部部署那位的路徑": one of two "one"s named by what was said of them (thatOne.ts), whose side is asked.
      const one = this.chinese ? oneNamedAgain(this.items, index, this.ones) : undefined;
      if (one !== undefined && this.sideAfter(index, false)) found.add(one);
      // "我在 A 這邊 capture", "我人在小王那端": the writer at someone's end asks about that end.
      if (anchor?.kind === 'person' && anchor.role !== 'user' && this.writerAtSideOf(index)) found.add(this.resolve(anchor).index);
      const surface = surfaceOf(item) ?? '';
      const writer = this.chatWriterOf.get(index);
      const mine = writer === undefined ? speaker : this.anchors.get(writer);
      if (MY_WORDS.has(surface) && mine && this.sideAfter(index, true)) found.add(this.resolve(mine).index);
      const pronoun = THEIR_WORDS.get(surface);
      if (pronoun !== undefined && this.sideAfter(index, true)) {
        const last = this.samePronounBefore(index, pronoun) ?? this.lastPersonBefore(index, pronoun);
        if (last !== undefined) found.add(last);
        if (last !== undefined && this.ownTrafficAfter(index) && SINGULAR_PRONOUNS.has(pronoun) && this.onlyOneFor(last, pronoun) && this.joinsItself(last)) ownSides.add(last);
      }
      // "For her, does the call go over ER?": "her" alone after "for" is the object pronoun (a filler as a possessive);
      // it is the one said to be a she, if anyone ("Signalling path for her?" after "user ... at her desk" is no other).
      const after = this.items[index + 2];
      if (FOR_WORDS.has(surface) && surfaceOf(this.items[index + 1]) === 'her' && (after === undefined || endsClause(after))) {
        const last = this.samePronounBefore(index + 1, 'she') ?? this.lastPersonBefore(index + 1, 'she');
        if (last !== undefined && this.genderOf(last) === 'she') found.add(last);
      } else if (ABOUT_WORDS.has(surface) && (sentenceAsks(this.items, index) || this.whatAbout(index))) {
        // "I'm asking about the callee: signaling + media", "question is about Craig, path?": whom a question is about.
        const named = this.anchors.get(nextIndex(this.items, index, isFiller));
        if (named?.kind === 'person' && named.role !== 'user') found.add(this.resolve(named).index);
      } else if (FOR_WORDS.has(surface) && !afterBooking(this.items, index)) {
        // Not "sent the invite for her boss": whom a meeting is booked for (delegatedBookings.ts).
        const at = nextIndex(this.items, index, (x) => isFiller(x) || isStatement(x));
        const named = this.anchors.get(at);
        // "Phone System for Online users.": a group a thing is for, in a sentence that asks nothing, is no one asked about.
        const group = several(this.items, at) && !sentenceAsks(this.items, index);
        if (named?.kind === 'person' && !quantified(this.items, index, at) && !group) found.add(this.resolve(named).index);
      }
    });
    const party = (index: number) => {
      const anchor = this.anchors.get(index);
      return anchor?.kind === 'person' && anchor.role !== 'both' && anchor.role !== 'all' && (!this.organizers.has(index) || ownSides.has(index));
    };
    // "What about the other end?": the one of the call's two people who is not its near end.
    const people = [...new Set([...found].map((index) => this.farEndOf(index) ?? index))].filter(party);
    // "I don't care about my side", "not mine": with the writer set aside, the one other person named is asked about.
    if (people.length === 0 && speakerAside) {
      const others = new Set([...this.anchors.values()].filter((a) => a.kind === 'person' && a.role !== 'user').map((a) => this.resolve(a)).filter((a) => a.role !== 'user' && party(a.index)).map((a) => a.index));
      if (others.size === 1) people.push(...others);
    }
    // "他那邊" for a "他" that could be either of two people: whose side is asked about is unclear.
    return people.length === 1 && !this.unresolved.has(people[0]) ? people[0] : undefined;
  }

  /**
   * "I'm booking the meeting for my boss ... he's the organizer ... his signaling": whether nobody but `person` (and
   * the writer) is named whom the pronoun could stand for. "joins a meeting organised by a colleague ... his
   * signalling" names the one who joins too.
   */
  private onlyOneFor(person: number, pronoun: string): boolean {
    return [...this.anchors.values()].every((anchor) => {
      if (anchor.kind !== 'person' || anchor.role === 'all' || anchor.role === 'both' || WRITER_SELF.test(surfaceOf(this.items[anchor.index]) ?? '')) return true;
      const resolved = this.resolve(anchor);
      return resolved.index === person || WRITER_SELF.test(surfaceOf(this.items[resolved.index]) ?? '') || !this.couldBe(resolved.index, pronoun);
    });
  }

  /** "What about the other end?", "And how about Tom?": "about" after "what" or "how", in a sentence that asks. */
  private whatAbout(index: number): boolean {
    if (!['what', 'how'].includes(surfaceOf(this.items[index - 1]) ?? '')) return false;
    let end = index;
    while (end < this.items.length && !endsSentence(this.items[end])) end++;
    const last = this.items[end];
    return last?.kind === 'break' && last.question === true;
  }

  /** "her media", 「她的路徑」: whether someone's own traffic or path follows the word at `index`. */
  private ownTrafficAfter(index: number): boolean {
    return namesTraffic(this.items[nextIndex(this.items, index, isFiller)]);
  }

  /**
   * "He'll join from the boardroom", 「他在公司加入」: whether `person`, named, then joins in the same clause. So does a
   * host said to be somewhere ("Mei, who is at home, set it up", 「小美在公司主持會議」): where a host is says they
   * take part.
   */
  private joinsItself(person: number): boolean {
    return [...this.anchors.values()].some((anchor) => {
      if (anchor.kind !== 'person' || this.resolve(anchor).index !== person) return false;
      // "Mei, who is at home", "Raj set it up and is working from home": a relative clause, or a predicate joined
      // without a subject of its own, goes on about them.
      const goesOn = (k: number) => !endsClause(this.items[k]) || sameSubjectGoesOn(this.items, k);
      for (let k = anchor.index + 1; k < this.items.length && goesOn(k); k++) {
        const item = this.items[k];
        if (item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'join') return true;
        if (item.kind === 'mention' && item.concept.kind === 'place' && this.organizers.has(person)) return true;
        // Up to someone else: a meeting named in between ("set up the meeting and joins") is no one.
        if (this.anchors.get(k)?.kind === 'person') return false;
      }
      return false;
    });
  }

  /**
   * "Jane called Mike ... What about the other end?", "我打給小林…那對方那邊呢？": a word for the other end, standing for
   * nobody named, is the one of the call's two people who is not its near end (farEnd.ts); undefined when that cannot
   * be told. The writer who only says they know something is nobody in the call.
   */
  private farEndOf(index: number): number | undefined {
    const isFarEndWord = (anchor: Anchor) => anchor.role === 'peer' && FAR_END_WORDS.has(surfaceOf(this.items[anchor.index]) ?? '');
    const word = this.anchors.get(index);
    if (word === undefined || !isFarEndWord(word) || this.resolve(word).index !== index) return undefined;
    // "對方：工務 Aaron": a far end someone is named for is that one.
    if ([...this.anchors.values()].some((anchor) => anchor.index !== index && this.resolve(anchor).index === index)) return undefined;
    const ends = new Map<number, CallEnd & { index: number }>();
    const endOf = (person: Anchor) => {
      const key = person.role === 'user' ? -1 : person.index;
      const end = ends.get(key) ?? { index: person.index, writer: person.role === 'user', known: false, called: false };
      ends.set(key, end);
      return end;
    };
    for (const anchor of this.anchors.values()) {
      if (anchor.kind !== 'person' || this.known.knowers.has(anchor.index) || this.unresolved.has(anchor.index) || this.organizers.has(anchor.index)) continue;
      const person = this.resolve(anchor);
      if (isFarEndWord(person) || this.organizers.has(person.index) || !['user', 'generic', 'peer', 'pronoun'].includes(person.role ?? '')) continue;
      const end = endOf(person);
      end.known ||= this.known.told.has(anchor.index);
      end.called ||= this.callees.has(anchor.index);
    }
    // "I know her traffic stays internal", "I know my signaling goes over ER": the one a possessive in what is known stands for.
    for (const told of this.known.told) {
      const writer = ends.get(-1);
      if (writer !== undefined && MY_WORDS.has(surfaceOf(this.items[told]) ?? '')) writer.known = true;
      const pronoun = THEIR_WORDS.get(surfaceOf(this.items[told]) ?? '');
      const person = pronoun === undefined ? undefined : (this.samePronounBefore(told, pronoun) ?? this.lastPersonBefore(told, pronoun));
      const end = person === undefined ? undefined : ends.get(person);
      if (end !== undefined) end.known = true;
    }
    const list = [...ends.values()];
    const far = farEnd(list);
    return far === undefined ? undefined : list[far].index;
  }

  /**
   * "幫我看 Laura 的路徑 / 打錯，是 Lisa 不是 Laura / … Laura 在辦公室，跟這通無關": a name put right for another
   * (swappedNames.ts) means, where the wrong name was written before, the one said instead; written again after, it
   * is the person of that name.
   */
  private relinkSwappedNames(): void {
    const named = (k: number) => ['generic', 'peer'].includes(this.anchors.get(k)?.role ?? '');
    for (const [taken, said] of swappedNames(this.items, named)) {
      // "不是小陳，是小林": not "小陳 is 小林" (linkCopula).
      this.sameAs.delete(said);
      const root = this.resolve(this.anchors.get(taken) as Anchor).index;
      if (root === this.resolve(this.anchors.get(said) as Anchor).index) continue;
      const same = [...this.anchors.keys()].filter((k) => k !== taken && this.resolve(this.anchors.get(k) as Anchor).index === root);
      this.sameAs.delete(taken);
      for (const k of same) this.sameAs.set(k, k < taken ? said : taken);
    }
  }

  /** "小美跟 Jessica", "Mei and Jessica": whether the person at `k` is named joined to another, not the writer. */
  private pairedWithOther(k: number): boolean {
    const other = (at: number) => this.anchors.get(at)?.kind === 'person' && this.anchors.get(at)?.role !== 'user';
    const before = previousIndex(this.items, k, isFiller);
    if (AND_WORDS.has(surfaceOf(this.items[before]) ?? '') && other(previousIndex(this.items, before, isFiller))) return true;
    const after = nextIndex(this.items, k, isFiller);
    return AND_WORDS.has(surfaceOf(this.items[after]) ?? '') && other(nextIndex(this.items, after, isFiller));
  }

  /** "she calls a buyer ... her call": the person the same pronoun named before, resolved. */
  private samePronounBefore(index: number, pronoun: string): number | undefined {
    for (let k = index - 1; k >= 0; k--) {
      const anchor = this.anchors.get(k);
      if (anchor?.role === 'pronoun' && surfaceOf(this.items[k]) === pronoun) {
        const resolved = this.resolve(anchor);
        if (resolved.index !== k) return resolved.index;
        // "Our registrar is at home. She video calls the dean ... Her media?": a pronoun with nobody named before it
        // (a person word the vocabulary took for something else) is still the one "her" goes on about, not the dean.
        return this.unresolved.has(k) || this.someoneNamedBefore(k) ? undefined : k;
      }
    }
    return undefined;
  }

  /** Whether someone other than the speaker (or everyone) is named before `index`. */
  private someoneNamedBefore(index: number): boolean {
    for (const [k, anchor] of this.anchors) if (k < index && anchor.kind === 'person' && anchor.role !== 'user' && anchor.role !== 'all') return true;
    return false;
  }

  /**
   * The most recent person named before `index` (other than the speaker), resolved. In its own sentence, not one
   * joined or called ("a Paris user joins a meeting with external people - where does their media go"): the question
   * is about who acts. Never one the pronoun cannot be ("Ms Okafor calls Mr Tan. Which way does her call go?"); in the
   * sentences before, one said to be of the pronoun's gender before one of whom nothing says it ("Grace calls Sam.
   * Which way does her call go?").
   */
  private lastPersonBefore(index: number, pronoun: string): number | undefined {
    const candidate = (k: number): Anchor | undefined => {
      const anchor = this.anchors.get(k);
      if (anchor?.kind !== 'person' || anchor.role === 'user' || anchor.role === 'both' || anchor.role === 'all' || this.describesSpeaker(k)) return undefined;
      // "calls to colleagues in Building C ... her signaling": whose side "her" asks about is never several people's
      // (only here: a pronoun that could be a team word elsewhere is left unresolved, as the past-place grids need).
      if (PRONOUN_GENDERS.has(pronoun) && several(this.items, k)) return undefined;
      // "小美跟 Jessica 在辦公室。他的訊號…": nor one of two others named together, whom "他" does not single out.
      if (SINGULAR_PRONOUNS.has(pronoun) && this.pairedWithOther(k)) return undefined;
      return this.couldBe(k, pronoun) && this.couldBe(this.resolve(anchor).index, pronoun) ? anchor : undefined;
    };
    for (let k = index - 1; k >= 0 && !endsSentence(this.items[k]); k--) {
      const anchor = candidate(k);
      if (anchor !== undefined && !this.callees.has(k)) return this.resolve(anchor).index;
    }
    let unknown: number | undefined;
    for (let k = index - 1; k >= 0; k--) {
      const anchor = candidate(k);
      if (anchor === undefined) continue;
      const person = this.resolve(anchor).index;
      if (PRONOUN_GENDERS.get(pronoun) === undefined || this.genderOf(person) !== undefined || this.genderOf(k) !== undefined) return person;
      // "Our manager is in the office and calls a colleague at home. What path does her media take?": nothing tells
      // the two apart and the last one named was only called, after who leads their sentence: no side is named by
      // the pronoun, so the question is about the call's caller, as one with no pronoun is.
      if (unknown === undefined && this.callees.has(k) && this.ambiguousAntecedent(k, index, pronoun)) return undefined;
      unknown ??= person;
    }
    return unknown;
  }
}


/**
 * "Internet breakout in both sites", "both pools": "both" right before a word for things counts those things; it is
 * no one. "both Kavitha and Lee" (a name) and "both on-prem" (a statement) are still people.
 */
export function countsThings(items: readonly Item[], item: Item | undefined, index: number): boolean {
  const next = items[index + 1];
  return kindOf(item) === 'party' && surfaceOf(item) === 'both' && next?.kind === 'word' && next.script === 'latin' && next.name !== true && !isFunctionWord(next.key);
}

/** "the Director pool", "a user gateway": a role noun right before a word for a machine names the machine. */
function namesMachine(items: readonly Item[], item: Item, index: number): boolean {
  const next = items[index + 1];
  return kindOf(item) === 'party' && next?.kind === 'word' && THING_WORDS.has(next.key);
}

/**
 * "from the Skype client", "the Lync client": a client after the product's name is the software, no person; so is a
 * client something is in or done to ("no errors in the client", "we reinstalled the client").
 */
function namesSoftware(items: readonly Item[], item: Item, index: number): boolean {
  if (kindOf(item) !== 'party' || item.kind !== 'mention' || !/^(?:the )?client$/.test(item.surface)) return false;
  const before = surfaceOf(items[index - 1]) ?? '';
  return SOFTWARE_NAMES.test(before) || (before === 'the' && (surfaceOf(items[index - 2]) === 'in' || SOFTWARE_VERBS.has(surfaceOf(items[index - 2]) ?? '')));
}

/**
 * Where what describes a person ends, from `index`: past fillers, statements and Chinese words, and "、" between
 * them ("一位在家、沒連 VPN 的同事", "一位在台中分行、走公司 WAN 的主管": every statement listed describes the
 * person after them).
 */
function pastDescription(items: readonly Item[], index: number): number {
  // "一位位於線上、一位位於內部部署的使用者": another "one" is another person, described on its own.
  const another = (x: Item) => ONE_WORDS.has(surfaceOf(x) ?? '');
  return nextIndex(items, index, (x) => (isFiller(x) && !another(x)) || isStatement(x) || (x.kind === 'break' && x.list === true) || (x.kind === 'word' && x.script === 'han'));
}

/**
 * "Two users, one of them on the LAN": one of the people named, as "one" alone is ("one homed Online, one ..."), when
 * the writer is not in the call ("I call two colleagues, one of them at home": the one at home is called).
 */
function oneOfThem(items: readonly Item[], index: number): boolean {
  if (surfaceOf(items[index]) !== 'them' || surfaceOf(items[index - 1]) !== 'one of') return false;
  return !items.some((item, k) => anchorOf(item, k)?.role === 'user');
}

/** Words for the user that open a ticket's field label ("使用者位置："): see People.namesField. */
const USER_LABEL_WORDS: ReadonlySet<string> = new Set(['使用者', '用戶', 'user']);
/** Words for the user that end a Chinese ticket's field label naming them ("受影響使用者：林經理"): see People.namesField. */
const FIELD_USER_WORDS: ReadonlySet<string> = new Set(['使用者', '用戶', '來電者', '當事人']);

/** Chinese possessive pronouns ("他的", "她的"): what is said of their account is said of the one they stand for. */
export const HIS_WORDS: ReadonlySet<string> = new Set(['他的', '她的']);

/**
 * "我的帳號在 Online", "my account is on-prem": "my" right before what is said is the speaker; "他的帳號已經搬到
 * Online", "她的帳號在地端": "他的" right before it is the one the pronoun stands for, as "他帳號…" is (else the homing
 * falls to whoever opened the sentence, "我們").
 */
function mineAnchor(items: readonly Item[], item: Item, index: number): Anchor | undefined {
  const surface = surfaceOf(item) ?? '';
  const his = HIS_WORDS.has(surface);
  if (!MY_WORDS.has(surface) && !his) return undefined;
  // "我的帳號也在本地": whatever is said of the speaker's account after adverbs.
  const account = ACCOUNT_WORDS.has(surfaceOf(items[index + 1]) ?? '') || (his && kindOf(items[index + 1]) === 'homed' && ACCOUNT_START.test(surfaceOf(items[index + 1]) ?? ''));
  if (his) return account ? { index, kind: 'person', role: 'pronoun' } : undefined;
  const mine = isStatement(items[nextIndex(items, index, isFiller)]) || account;
  return mine ? { index, kind: 'person', role: 'user' } : undefined;
}
/** A homing phrase that opens with the account it is said of ("帳號已經搬到 online", "賬號在地端"). */
const ACCOUNT_START = /^(?:帳號|賬號|帳戶|賬戶)/;

/**
 * "我們的 Skype 是 Online", "公司的 SfB 是 Online 的": what is said of our organization's own product is said of
 * everyone in it (the deployment), as "我們 Skype 是 Online" is.
 */
function ourProductAnchor(items: readonly Item[], item: Item, index: number): Anchor | undefined {
  if (!OUR_OWNERS.has(surfaceOf(item) ?? '') || !SETUP_PRODUCTS.test(surfaceOf(items[index + 1]) ?? '')) return undefined;
  return isCopula(items[nextIndex(items, index + 1, isFiller)]) ? { index, kind: 'person', role: 'all' } : undefined;
}

/**
 * "加入他的會議", "她的那場週會": in Chinese, the one "他的" stands for owns the meeting right after it, so hosts it (in
 * English "his meeting" is as often one he attends).
 */
function theirMeetingAnchor(items: readonly Item[], item: Item, index: number): Anchor | undefined {
  const surface = surfaceOf(item) ?? '';
  if (!/^[他她]的$/.test(surface)) return undefined;
  const next = items[nextIndex(items, index, (x) => isFiller(x) && OWNING_WORDS.has(surfaceOf(x) ?? ''))];
  return next && anchorOf(next, items.indexOf(next))?.kind === 'meeting' ? { index, kind: 'person', role: 'pronoun' } : undefined;
}

/**
 * "Priya rings her.", "calls her on Skype", "a 1:1 call with her": right after a call word (or "with", "to") and
 * before nothing she could own, "her" is the
 * one called, a pronoun like "him" ("calls her mobile", "rings her manager" stay possessive).
 */
function calledHer(items: readonly Item[], item: Item, index: number): Anchor | undefined {
  if (surfaceOf(item) !== 'her') return undefined;
  const before = items[index - 1];
  const word = surfaceOf(before) ?? '';
  // "a 1:1 call with her", "a video call to her", "calls with her" (see isCallee).
  const called = kindOf(before) === 'call' || ((kindOf(before) === 'callType' || CALLEE_WORDS.has(word)) && /(?:^| )(?:with|to)$/.test(word));
  if (!called) return undefined;
  const next = items[index + 1];
  const free = next === undefined || endsClause(next) || AFTER_OBJECT.has(surfaceOf(next) ?? '') || (kindOf(next) === 'place' && /^(?:at|in|on|from) /.test(surfaceOf(next) ?? ''));
  return free ? { index, kind: 'person', role: 'pronoun' } : undefined;
}

/** "my account is on-prem", "my laptop is at home": the speaker's own account or device stands for the speaker. */
function ownedBySpeaker(items: readonly Item[], named: Anchor | undefined, index: number): Anchor | undefined {
  if (named?.kind !== 'person' || named.role !== 'generic') return undefined;
  if (myUserHomed(items, index)) return { ...named, role: 'user' };
  if (theirUserHomed(items, index)) return { ...named, role: 'pronoun' };
  if (!isOwnThing(items[index])) return undefined;
  const owner = (item: Item) => MY_WORDS.has(surfaceOf(item) ?? '') || THEIR_WORDS.has(surfaceOf(item) ?? '');
  // "his on-prem account", "her Online account": where the account is homed may stand between owner and account, and
  // so may the product it is an account of ("his Skype account", "whose Skype account lives on our servers"): no call.
  const before = items[previousIndex(items, index, (item) => (isFiller(item) && !owner(item)) || kindOf(item) === 'homed' || kindOf(item) === 'call')];
  if (MY_WORDS.has(surfaceOf(before) ?? '')) return { ...named, role: 'user' };
  // "his account was migrated", "the CEO, whose account is Online": someone's account stands for them.
  return THEIR_WORDS.has(surfaceOf(before) ?? '') || surfaceOf(before) === 'whose' ? { ...named, role: 'pronoun' } : undefined;
}

/**
 * Role nouns are an open class in English too ("the dean", "a foreman", "the registrar"): a word the vocabulary
 * does not know is a person when "who" follows it ("the dean who is in his office"), or a call word is right before
 * it and where it is right after ("rings a foreman on the shop floor").
 */
function roleNounAnchor(items: readonly Item[], item: Item, index: number): Anchor | undefined {
  if (item.kind !== 'word' || item.script !== 'latin' || item.name === true || isFunctionWord(item.key) || /\d/.test(item.key)) return undefined;
  // "Media path for the dispatcher?" after "I ring the dispatcher on the office LAN", "for the driver" after "calls the
  // driver (on 4G)": the word of someone found a person before, said again, is that person (not the writer).
  const again = items.some((x, k) => k < index && x.kind === 'word' && x.key === item.key && roleNounSaid(items, x, k));
  return again || roleNounSaid(items, item, index) ? { index, kind: 'person', role: 'generic' } : undefined;
}

/** Whether an unknown word is a person by what is said right around it (see roleNounAnchor). */
function roleNounSaid(items: readonly Item[], item: Extract<Item, { kind: 'word' }>, index: number): boolean {
  const before = items[previousIndex(items, index, isFiller)];
  const after = items[index + 1];
  // "No clue who sent the invite", "no idea who set it up": after "no", "who" asks; the word before it is nobody.
  // "I Skype my bookkeeper, who is at home": past a comma too, for someone called ("I asked the helpdesk, who said"
  // names nobody in the call). Past a site's name said of them ("I ring the cataloguer at Central, who is on-prem").
  const end = siteNamedAfter(items, index);
  const pause = items[end + 1];
  const comma = kindOf(before) === 'call' && pause?.kind === 'break' && !pause.strong && pause.paren === undefined && !pause.list;
  const relative = comma ? items[end + 2] : after;
  const who = relative?.kind === 'mention' && relative.surface === 'who' && kindOf(before) !== 'negation';
  // "rings a foreman on the shop floor": called, and where they are said right after.
  const called = kindOf(before) === 'call' && isStatement(items[nextIndex(items, index, isFiller)]);
  // "the dean organises it", "our provost runs the review": after an article, what hosts in the present tense.
  const article = DEFINITE.has(surfaceOf(items[index - 1]) ?? '') && !THING_WORDS.has(item.key);
  const hosting = article && ACTIVE_HOSTING.has(surfaceOf(after) ?? '');
  // "the dean (she's on-prem)", "the dean, whose account ...": what only a person has, said right after. Not what a
  // host sets up ("Priya set up the review, she is on-prem"): that is the meeting, and "she" its host.
  const personal = article && after?.kind === 'break' && !after.strong && PERSONAL_OPENERS.has(surfaceOf(items[index + 2]) ?? '') && !isMarker(before, 'hosted');
  return called || who || hosting || personal || placedInCall(items, index);
}

/** The index of a site's name said right after the word at `index` ("the cataloguer at Central"), or `index`. */
function siteNamedAfter(items: readonly Item[], index: number): number {
  const name = items[index + 2];
  return surfaceOf(items[index + 1]) === 'at' && name?.kind === 'word' && name.name === true ? index + 2 : index;
}

/**
 * "calls the driver (on 4G)": a word right after a call word, with an aside that opens with where it is, is the one
 * called. Only the one called: a word calling ("Dispatch (on the LAN) calls ...") is the writer's subject, whose
 * place is the user's as it was.
 */
function placedInCall(items: readonly Item[], index: number): boolean {
  const open = items[index + 1];
  return open?.kind === 'break' && open.paren === 'open' && isStatement(items[nextIndex(items, index + 1, isFiller)]) && kindOf(items[previousIndex(items, index, isFiller)]) === 'call';
}

function personalPronounAfter(items: readonly Item[], index: number): boolean {
  for (let k = index + 1; k < items.length; k++) if (PRONOUN_GENDERS.has(surfaceOf(items[k]) ?? '') || THEIR_WORDS.has(surfaceOf(items[k]) ?? '')) return true;
  return false;
}

function mayBeRoleNoun(items: readonly Item[], item: Item, index: number): boolean {
  const titledTerm = item.kind === 'mention' && item.concept.kind === 'term' && TITLED_TERMS.has(item.surface);
  if (!titledTerm && (item.kind !== 'word' || item.script !== 'latin' || item.name === true || isFunctionWord(item.key) || /\d/.test(item.key) || THING_WORDS.has(item.key))) return false;
  return ROLE_ARTICLES.has(surfaceOf(items[index - 1]) ?? '') && !isMarker(items[index + 1], 'by') && !titleOf(items, index - 1);
}

/**
 * "the clerk of the course set up", "the head of the yard": the word after "of the" past a person word is what the
 * title is of (see People.afterName), not someone of its own who hosts ("he" said next is the clerk).
 */
function titleOf(items: readonly Item[], article: number): boolean {
  const of = surfaceOf(items[article - 1]) === 'of' ? article - 2 : article - 1;
  const title = items[of];
  return title?.kind === 'mention' && title.concept.kind === 'party' && (of === article - 2 || / of$/.test(title.surface));
}

/**
 * "A (on LAN) calls B (home, no VPN). A's path?": an English letter alone names a person where the article "a" cannot
 * stand: opening a clause and followed by an aside ("A (on LAN)", "X, who is ...", "A, at home, rings B"), a verb of
 * being or calling; called, before the clause's end; or before "'s". Not a field's label ("Q: which path ...").
 */
function letterName(items: readonly Item[], before: Item | undefined, index: number): Anchor | undefined {
  const letter = surfaceOf(items[index]);
  // "user A ... A calls B": a letter that told two people apart names one of them already (see identityOf).
  if (letter === 'i' || labelsSomeone(items, letter ?? '')) return undefined;
  const next = items[index + 1];
  const opens = before === undefined || endsClause(before) || AND_WORDS.has(surfaceOf(before) ?? '');
  const aside = next?.kind === 'break' && (next.paren === 'open' || (!next.strong && (RELATIVE_PRONOUNS.has(surfaceOf(items[index + 2]) ?? '') || isStatement(items[index + 2]))));
  const said = aside || isCopula(next) || kindOf(next) === 'call';
  const called = kindOf(before) === 'call' && (next === undefined || (next.kind === 'break' && next.paren !== 'close'));
  // "What is B's media path?": no article takes "'s", wherever it stands.
  return (opens && said) || called || isPossessive(next) ? { index, kind: 'person', role: 'generic' } : undefined;
}

/** "meeting by my manager": a bare "by" right after a word for a meeting (not "by phone": a call word ends the scope). */
function meetingBy(items: readonly Item[], index: number): boolean {
  const before = items[index - 1];
  return surfaceOf(items[index]) === 'by' && before?.kind === 'mention' && before.concept.kind === 'callType' && before.concept.value === 'conference';
}

/** What says something of a letter that names a person, right after it: "'s", a verb of being or calling, a side word. */
const letterSaid = (next: Item | undefined): boolean => isPossessive(next) || isCopula(next) || kindOf(next) === 'call' || isSideWord(next);

/** Whether `letter` is said right after a person word anywhere in the text ("user A", "同事B"): it tells two apart. */
function labelsSomeone(items: readonly Item[], letter: string): boolean {
  return items.some((item, k) => surfaceOf(item) === letter && kindOf(items[k - 1]) === 'party');
}

/**
 * "J.K., remote today, calls ...", "J.K. is on the WAN": English initials are two or three letters in a row (their
 * dots are gone), opening a clause; the last letter is the person. "a" and "I" before a letter are words.
 */
function initials(items: readonly Item[], before: Item | undefined, index: number): Anchor | undefined {
  if (before?.kind !== 'word' || !/^[a-z]$/.test(before.key)) return undefined;
  let first = index - 1;
  while (first > index - 3 && items[first - 1]?.kind === 'word' && /^[a-z]$/.test(surfaceOf(items[first - 1]) ?? '')) first--;
  const opens = first === 0 || endsClause(items[first - 1]);
  const next = items[index + 1];
  return opens && !/^[ai]$/.test(surfaceOf(items[first]) ?? '') && !(next?.kind === 'word' && /^[a-z]$/.test(next.key)) ? { index, kind: 'person', role: 'generic' } : undefined;
}

/** Whether the place at `index` is followed by "的"/"'s" and the people it holds ("高雄廠的人", "the plant's users"). */
function placeOfPeople(items: readonly Item[], index: number): boolean {
  const after = index + 1;
  if (!isPossessive(items[after])) return false;
  const person = anchorOf(items[after + 1], after + 1);
  return person?.kind === 'person' && (person.role === 'generic' || person.role === 'user' || person.role === 'all');
}

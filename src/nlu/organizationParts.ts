/**
 * Parts of our organization said in a message: a team or department ("the finance team", "業務部"), a share of the users
 * ("half our staff", "some folks"), the rest of it ("everyone else") and kinds of users; whom a team's member is and
 * whether the organization is split.
 */
import type { Item } from './analyzer';
import { surfaceOf, isMarker, endsSentence, kindOf, nextIndex, isFiller, clauseStart, isNameWord, sentenceStart, sentenceEnd } from './items';
import { ongoingMove } from './ongoingMove';
import { HAN } from './text';
import { OTHERS, People, namesOutsiders } from './people';
import type { Anchor } from './anchors';
import { isGroupWord, pronounForTeam, saidWithTeam, teamKey } from './teamMembers';

/**
 * "We have both on-prem and Online users", "There are on-prem users and Online users": a sentence that says which
 * kinds of users the organization has, by two homings, says how it is split, not where anyone in the call is homed.
 */
function kindsOfUsers(items: readonly Item[], index: number): boolean {
  // The clause that says it, opening the sentence or after a comma ("it's hybrid, we have both ...").
  const opens = (k: number): boolean => {
    const first = items[k];
    const weHave = first.kind === 'mention' && first.concept.kind === 'party' && first.concept.role === 'all' && surfaceOf(items[k + 1]) === 'have';
    return (k === 0 || items[k - 1].kind === 'break') && (weHave || (surfaceOf(first) === 'there' && isMarker(items[k + 1], 'copula')));
  };
  let start = index;
  while (start > 0 && !endsSentence(items[start - 1]) && !opens(start)) start--;
  if (!opens(start)) return false;
  const homings = new Set<string>();
  for (let k = start; k < items.length && !endsSentence(items[k]); k++) {
    const item = items[k];
    if (item.kind === 'mention' && item.concept.kind === 'homed') homings.add(item.concept.value);
  }
  return homings.size > 1;
}

/** The rest of the organization, as keys or phrases ("everyone else", "the rest of us", "the others"). */
const REST = /^(?:els|else|rest|remaining|the others)$/;
const RELATIVES: ReadonlySet<string> = new Set(['that', 'who', 'which']);
/** Verbs (as matching keys) by which a site went to a homing ("head office went Online", "the Perth office moved to O365"). */
const SITE_MOVES: ReadonlySet<string> = new Set(['went', 'move', 'migrat', 'switch']);
/** Words for a part of a group, as keys ("some folks", "a few of our users", "half our staff", "a handful"). */
const PART_OF: ReadonlySet<string> = new Set(['some', 'mani', 'many', 'most', 'few', 'sever', 'several', 'half', 'part', 'coupl', 'couple', 'hand', 'handful', 'minor', 'minority']);
/** Words (as keys) for a call's own traffic, which "part of" may share out as well as the organization. */
const OF_A_CALL: ReadonlySet<string> = new Set(['traffic', 'call', 'session', 'stream', 'flow', 'path', 'rout', 'route']);

/**
 * "which parts of a Skype for Business Online conference go over ExpressRoute?", "part of the traffic of an SfB Online
 * meeting": a share of a call or of its traffic, not of the organization (the hostile set of session 61: the
 * deployment's "Online" was read as a part of us moved Online, so Hybrid, and the user's homing asked).
 */
function partOfCall(items: readonly Item[], k: number): boolean {
  if (surfaceOf(items[k]) !== 'part' || surfaceOf(items[k + 1]) !== 'of') return false;
  const next = items[nextIndex(items, k + 1, (x) => isFiller(x) || kindOf(x) === 'deploymentHint' || kindOf(x) === 'deployment')];
  return ['callType', 'traffic', 'path'].includes(kindOf(next) ?? '') || (next?.kind === 'word' && OF_A_CALL.has(surfaceOf(next) ?? ''));
}

/**
 * Homing said of a part of the organization is how the deployment is split, not where anyone in the call is homed:
 * a part named ("we have some folks still on the on-prem servers", "a couple of guys in sales are still on Lync", "the
 * Lync pool for some users"), or a team set against the rest in one sentence ("finance is still on the on-prem pool,
 * everyone else is Online", "only IT is still on-prem, the rest of us moved to Online"), or the organization while a move
 * of its people is under way (see ongoingMove). A person named in the clause keeps theirs ("I'm still on-prem,
 * everyone else is Online", "she is one of the few still on-prem").
 */
export function splitsOrganization(items: readonly Item[], index: number): boolean {
  const kind = kindOf(items[index]);
  if (kind !== 'homed' && kind !== 'deploymentHint') return false;
  if (kindsOfUsers(items, index) || ongoingMove(items, index)) return true;
  // "some of our on-prem homed users will present ... path for them?": homing before the people says who they are.
  if (kindOf(items[nextIndex(items, index, isFiller)]) === 'party') return false;
  let start = clauseStart(items, index);
  // "we have some guys that moved to Online": a relative clause's subject is the clause before it.
  if (start > 0 && kindOf(items[start - 1]) === 'boundary' && RELATIVES.has(surfaceOf(items[start - 1]) ?? '')) start = clauseStart(items, start - 1);
  let part = surfaceOf(items[index + 1]) === 'for' && (PART_OF.has(surfaceOf(items[index + 2]) ?? '') || PART_OF.has(surfaceOf(items[index + 3]) ?? ''));
  let subject = false;
  if (teamSubject(items, start, index)?.listed === true) return true;
  // "head office is still on-prem", "our Perth office was moved to Skype Online": a site as the subject is a part too
  // (English only: a Chinese place before 是 is as often where the person of the sentence before is).
  const first = nextIndex(items, start - 1, isFiller);
  const site = first < index && kindOf(items[first]) === 'place' && !HAN.test(surfaceOf(items[first]) ?? '');
  // "head office went Online": so is a site that went or moved to a homing, said right before it.
  const verb = nextIndex(items, first, isFiller);
  if (site && (isMarker(items[verb], 'copula') || (items[verb]?.kind === 'word' && SITE_MOVES.has(surfaceOf(items[verb]) ?? '') && nextIndex(items, verb, isFiller) === index))) part = true;
  for (let k = start; k < index; k++) {
    const item = items[k];
    const surface = surfaceOf(item) ?? '';
    if (PART_OF.has(surface) && !partOfCall(items, k)) part = true;
    // "only admin went Online", "only the nurses are still on-prem": a group said against the rest is a part.
    if (surface === 'only' && (isGroup(items[nextIndex(items, k, (x) => isFiller(x) || kindOf(x) === 'place' || (x.kind === 'word' && x.name !== true))]) || onlyUnnamedTeam(items, k))) part = true;
    if (ONLY_ZH.has(surface) && onlyPartZh(items, k, index)) part = true;
    if (item.kind === 'mention' && item.concept.kind === 'party') {
      const { role } = item.concept;
      if (role === 'user' || role === 'pronoun' || (role !== 'all' && !part && !REST.test(surface))) return false;
      subject = true;
    } else if (isNameWord(item) && !part) {
      // "Both Grace and Sam are homed on the pool; the rest of the company is Online": people named keep theirs.
      return false;
    } else if (item.kind === 'word' || (isFiller(item) && surface.includes(' '))) subject = true;
  }
  if (part) return true;
  if (!subject) return false;
  let sentence = start;
  while (sentence > 0 && !endsSentence(items[sentence - 1])) sentence--;
  let rest = false;
  let others = 0;
  for (let k = sentence; k < items.length && !endsSentence(items[k]); k++) {
    rest ||= REST.test(surfaceOf(items[k]) ?? '');
    if (k !== index && ['homed', 'deployment', 'deploymentHint'].includes(kindOf(items[k]) ?? '')) others++;
  }
  return rest && others > 0;
}

/**
 * Words for a group of people that take no plural "s" ("only admin went Online", "only IT is on-prem", "the warehouse
 * crew is on the pool"): a collective noun, so its words before it name a team.
 */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['admin', 'staff', 'management', 'personnel', 'it', 'faculty', 'crew', 'workforce']);

/**
 * "only accounting is still on-prem", "only logistics and facilities are on the pool": after "only", words the
 * vocabulary does not know as anyone, up to the copula of the homing, name a team whatever it is called (round 30:
 * read as the people in the call, it homed them on-premises). A person or a name among them keeps the rule above.
 */
function onlyUnnamedTeam(items: readonly Item[], only: number): boolean {
  let words = 0;
  for (let k = only + 1; k < items.length; k++) {
    const item = items[k];
    if (isMarker(item, 'copula')) return words > 0 && kindOf(items[nextIndex(items, k, (x) => isFiller(x) || (x.kind === 'mention' && x.concept.kind === 'cue'))]) === 'homed';
    // "only the call center is": a word of other topics ("call center" is one) names the team as well as any word;
    // so does a phrase the vocabulary reads as a filler ("the service desk").
    if ((item.kind === 'word' && item.name !== true) || kindOf(item) === 'noise' || (isFiller(item) && (surfaceOf(item) ?? '').includes(' '))) words++;
    else if (!isFiller(item) && surfaceOf(item) !== 'and') return false;
  }
  return false;
}

/** Chinese words for "only … is left" before a part of the organization ("只剩客服中心還在地端", "只有財務部還在地端"). */
const ONLY_ZH: ReadonlySet<string> = new Set(['只剩', '只剩下', '僅剩', '就剩', '只有']);

/**
 * "只剩客服中心還在地端", "只有財務部還在地端 pool", "只剩研發的同事還在地端": what is left after "only", up to the homing
 * at `index`, is a part of the organization set against the rest, whatever it is called (KNOWLEDGE.md: some users on
 * premises while the rest are Online is a Hybrid deployment). The writer, someone pointed at, a name or a lone person
 * word among the words ("只剩我還在地端", "只剩 Kevin 還在地端", "只剩主管還在地端") is that person, whose homing it stays.
 */
function onlyPartZh(items: readonly Item[], only: number, index: number): boolean {
  let said = false;
  for (let k = only + 1; k < index; k++) {
    const item = items[k];
    if (isNameWord(item)) return false;
    if (item.kind === 'mention' && item.concept.kind === 'party') {
      // A person word alone may be one person ("只剩主管還在地端"): a team ("業務部"), "我們", or people of a part
      // named before them ("研發的同事", "倉儲部門的人") are a part.
      if (item.concept.role !== 'all' && !isTeam(items, k) && !said) return false;
      if (item.concept.role === 'user' || item.concept.role === 'pronoun') return false;
      said = true;
    } else if (item.kind === 'word') said = true;
    else if (!isFiller(item)) return false;
  }
  return said;
}

/**
 * "只剩客服中心還在地端 … 客服中心的 Kevin 在辦公室打給…": the one person named elsewhere by the words of the part left
 * at the homing `index` ("客服中心的 Kevin", "客服中心 Kevin"), word for word, is one of its people and homed with it.
 */
export function partMemberZh(items: readonly Item[], index: number, people: People): Anchor | undefined {
  const start = clauseStart(items, index);
  const only = items.findIndex((item, k) => k >= start && k < index && ONLY_ZH.has(surfaceOf(item) ?? ''));
  const words = only >= 0 && onlyPartZh(items, only, index) ? items.slice(only + 1, index).filter((item) => !isFiller(item)).map((item) => surfaceOf(item) ?? '') : teamSubjectZh(items, start, index);
  if (words === undefined) return undefined;
  const members = new Set<number>();
  for (let k = 0; k + words.length < items.length; k++) {
    if (k >= start && k < index) continue;
    if (!words.every((word, n) => surfaceOf(items[k + n]) === word)) continue;
    const after = k + words.length;
    const at = surfaceOf(items[after]) === '的' ? after + 1 : after;
    const person = people.anchors.get(at);
    if (person?.kind === 'person' && isNameWord(items[at])) members.add(people.resolve(person).index);
  }
  return members.size === 1 ? people.anchors.get([...members][0]) : undefined;
}

/** A Chinese word the lexicon does not know as anything, not a name: a word of a team's name ("設", "施", "組"). */
const hanWord = (item: Item): boolean => item.kind === 'word' && item.script === 'han' && item.name !== true;

/**
 * Words that say a team whole before its name ("整個設施組", "全體護理組"), or before its word for a unit after a team
 * the lexicon knows ("會計課全課", "研發部整組": chineseTeams.ts): no part of the name. One list for both readers.
 */
export const WHOLE_ZH: ReadonlySet<string> = new Set(['整', '整個', '全', '全體']);

/**
 * "整個設施組都已經搬到線上", "售票組還在地端": a team named by words the lexicon does not know, ending in a word for
 * a team (TEAM_END), as the whole subject of the clause of the homing at `index`, with only 都, 還, 已經 and the like
 * before the homing: the words of the team's name, as partMemberZh matches them. A team the lexicon knows as a person
 * word ("行政組", "業務部") is not one: the people named by it are that person (see People), whose homing it is.
 */
function teamSubjectZh(items: readonly Item[], start: number, index: number): string[] | undefined {
  let k = start;
  while (k < index && (isFiller(items[k]) || WHOLE_ZH.has(surfaceOf(items[k]) ?? ''))) k++;
  const words: string[] = [];
  for (; k < index && hanWord(items[k]); k++) words.push(surfaceOf(items[k]) ?? '');
  if (words.length === 0 || !TEAM_END.test(words.join(''))) return undefined;
  for (; k < index; k++) if (!(isFiller(items[k]) || isMarker(items[k], 'copula') || kindOf(items[k]) === 'cue')) return undefined;
  return words;
}

/**
 * "設施組都搬到線上，售票組還在地端 … 設施組的阿凱打給…": the homing at `index` said of a team (teamSubjectZh) none of
 * whose people is named, when someone named is said with a team's name ("設施組的阿凱", another team's, as
 * partMemberZh found none of this one): the people of the call are told apart by their teams, and this one's homing
 * is none of theirs.
 */
export function otherTeamsHomingZh(items: readonly Item[], index: number, people: People): boolean {
  if (teamSubjectZh(items, clauseStart(items, index), index) === undefined) return false;
  for (const [at, person] of people.anchors) {
    if (person.kind !== 'person' || !isNameWord(items[at])) continue;
    const before = surfaceOf(items[at - 1]) === '的' ? at - 2 : at - 1;
    let words = '';
    for (let k = before; k >= 0 && hanWord(items[k]); k--) words = (surfaceOf(items[k]) ?? '') + words;
    if (TEAM_END.test(words)) return true;
  }
  return false;
}

/** A word for a group of people, not one person: a team, a plural ("the nurses"), "admin", "IT". */
function isGroup(item: Item | undefined): boolean {
  const surface = surfaceOf(item) ?? '';
  const person = item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'generic';
  return TEAMS.has(surface) || GROUP_NOUNS.has(surface) || (person && /[^s]s$/.test(surface));
}

/** A team or department, as matching keys ("Finance", "the Sales team", "our legal department", "Ops"). */
const TEAMS: ReadonlySet<string> = new Set([
  'finance', 'finance team', 'the finance team', 'hr', 'the hr team', 'human resources', 'legal', 'legal team', 'procurement', 'marketing',
  'treasury', 'payroll', 'sale', 'sales', 'engineering', 'ops',
]);

/** A team said as the subject of a homing: its name (see teamKey), and whether it is one of TEAMS said as nobody's own. */
interface Team {
  name: string;
  listed: boolean;
}

/**
 * "Finance is still on the pool", "Only the Sales team is homed on-prem", "Marketing and HR are on-prem", "Radiology
 * staff are homed on the pool", "our call centre is still on our own servers": a clause whose subject is a team says
 * where that team is homed. Listed: a team of TEAMS, whoever of the call is in it or not (a person named in it keeps
 * theirs; "my team", "our department" may be the writer's own, "our accounts" are everyone's, and "marketing users"
 * may be who asks); any other subject of words the vocabulary does not know names a team only for its members said
 * with its name (see teamMember).
 */
function teamSubject(items: readonly Item[], from: number, index: number): Team | undefined {
  // "In our hybrid setup the legal team is still on our own servers": the subject starts after the deployment said
  // before it.
  let start = from;
  for (let k = from; k < index && !isMarker(items[k], 'copula'); k++) if (kindOf(items[k]) === 'deployment') start = k + 1;
  let team: string | undefined;
  let verb = false;
  // "my team", "our department", "Marketing users": perhaps the writer's own (unlisted, see above).
  let own = false;
  let named = false;
  let group = false;
  const said: string[] = [];
  for (let k = start; k < index; k++) {
    const item = items[k];
    const surface = surfaceOf(item) ?? '';
    // Only the homing's own verb after the team ("is still", "was"): "the finance team join a call hosted on ..." is no
    // team's homing.
    if (isMarker(item, 'copula') || kindOf(item) === 'cue') verb = true;
    if (verb) {
      const plain = item.kind === 'word' && item.script === 'latin' && item.name !== true;
      if (!plain && !isMarker(item, 'copula') && !isFiller(item) && !(item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'always')) return undefined;
    } else if (TEAMS.has(surface)) team = surface;
    else if (surface === 'my' || surface === 'our') own = true;
    // "Radiology staff", "our call centre", "the juniors": words of a team's name, a site, or the group word after them.
    else if (isFiller(item) || (item.kind === 'word' && item.script === 'latin') || kindOf(item) === 'place' || isGroup(item)) {
      // "our SOC analysts": the people of the team, not its name ("Jamal (SOC)" is one of them).
      if (!(kindOf(item) === 'party' && (said.length > 0 || team !== undefined) && /[^s]s$/.test(surface))) said.push(surface);
      own ||= kindOf(item) === 'party';
      named ||= isNameWord(item);
      group ||= isGroup(item) || isGroupWord(surface);
    } else return undefined;
  }
  if (team !== undefined && !own) return { name: teamKey([team]), listed: true };
  // "Abdullah is still on the pool", "Sara moved to Online": a name is a person, unless said with a group word
  // ("Radiology staff"); "about half the company": a share of it (see isShare).
  if ((named && !group) || said.some((word) => SHARES.has(word))) return undefined;
  const name = teamKey(team !== undefined ? [team, ...said] : said);
  return name === '' || HAN.test(name) ? undefined : { name, listed: false };
}

/**
 * The one person said to be of the team whose homing the clause at `index` says ("Priya from finance", "Amit in
 * sales", "a finance guy", "an agent on the call centre floor"): that homing is theirs. Undefined when nobody, or more
 * than one person, is.
 */
export function teamMember(items: readonly Item[], index: number, people: People): Anchor | undefined {
  const start = clauseStart(items, index);
  const team = teamSubject(items, start, index);
  if (team === undefined) return undefined;
  const members = new Set<number>();
  for (const [at, person] of people.anchors) {
    // "Radiology staff are on the pool": the team's own people word is the team, no member.
    if (person.kind !== 'person' || person.role === 'all' || (at >= start && at < index)) continue;
    if (pronounForTeam(items, people, at, index)) members.add(people.resolve(person).index);
    if (person.role === 'user') continue;
    // "Rajesh Kumar from sales": over the rest of a name to what is said after it.
    let last = at;
    while (isNameWord(items[last + 1])) last++;
    if (saidWithTeam(items, at, last, team.name)) members.add(people.resolve(person).index);
  }
  return members.size === 1 ? people.anchors.get([...members][0]) : undefined;
}

/**
 * "Radiology staff are on the pool, the admin staff are in O365 ... an admin clerk calls": the people in the call of
 * another team set against the team homed at `index` (in the same sentence, homed elsewhere). The team's homing is
 * none of theirs, whoever it would fall to by default.
 */
export function rivalMembers(items: readonly Item[], index: number, people: People): Set<number> {
  const rivals = new Set<number>();
  const said = items[index];
  if (said.kind !== 'mention' || said.concept.kind !== 'homed' || teamSubject(items, clauseStart(items, index), index) === undefined) return rivals;
  const { value } = said.concept;
  let sentence = index;
  while (sentence > 0 && !endsSentence(items[sentence - 1])) sentence--;
  for (let k = sentence; k < items.length && !endsSentence(items[k]); k++) {
    const other = items[k];
    if (other.kind !== 'mention' || other.concept.kind !== 'homed' || other.concept.value === value || clauseStart(items, k) === clauseStart(items, index)) continue;
    const member = teamMember(items, k, people);
    if (member !== undefined) rivals.add(member.index);
  }
  return rivals;
}

/**
 * "half our users", "most of our people", "a third of the staff", "40% of users": a share of the organization's
 * people. Where it is homed is about the organization, never about a party of the call. A count above two ("40 of
 * our users") is a share too: a call has two parties. Where a share is ("most staff will watch from the Singapore
 * office", "several users in Marketing") still says where the broadcast's attendees or the users asking are.
 */
export function isShare(items: readonly Item[], anchor: number): boolean {
  const party = items[anchor];
  // "大部分人都搬到 Online", "有些同事還在地端": a share before a word for both (人都) or for a colleague is the share too.
  if (party?.kind !== 'mention' || party.concept.kind !== 'party' || !['generic', 'both', 'peer'].includes(party.concept.role)) return false;
  // "隔壁部門的人都還在地端": a team's people are a share of the organization, not the two parties.
  if (party.concept.role === 'both' && surfaceOf(items[anchor - 1]) === '的' && TEAM_END.test(surfaceOf(items[anchor - 2]) ?? '')) return true;
  for (let j = anchor - 1; j >= 0 && j >= anchor - SHARE_REACH; j--) {
    const before = items[j];
    if (before.kind === 'break') break;
    const surface = surfaceOf(before) ?? '';
    if (SHARES.has(surface) || (/^\d+$/.test(surface) && Number(surface) > 2)) return true;
    if (before.kind === 'mention' && before.concept.kind !== 'filler' && before.concept.kind !== 'number') break;
  }
  // "財務部的人大部分帳號都還在地端", "同事們一半已經搬到 Online": in Chinese the share may follow the people.
  for (let j = anchor + 1; j < items.length && j <= anchor + SHARE_REACH; j++) {
    const after = items[j];
    if (SHARES.has(surfaceOf(after) ?? '')) return true;
    if (after.kind === 'break' || (after.kind === 'mention' && after.concept.kind !== 'filler' && after.concept.kind !== 'party')) return false;
  }
  return false;
}
/**
 * "大部分人都搬到 Online 了", "只剩 IT 還在地端", "剩下 IT 的帳號還在地端": a share of the organization named by a word no
 * person is read from (人, a team's name the vocabulary does not know), right before where it is homed.
 */
export function shareBefore(items: readonly Item[], index: number): boolean {
  for (let j = index - 1; j >= 0 && j >= index - SHARE_REACH - 1; j--) {
    const before = items[j];
    if (before.kind === 'break') return false;
    if (SHARES.has(surfaceOf(before) ?? '')) return true;
    if (before.kind === 'mention' && before.concept.kind !== 'filler' && !(before.concept.kind === 'party' && before.concept.role === 'generic')) return false;
  }
  return false;
}
/**
 * 「有的人在場站辦公室、有的在路上」, "some are in the office, some on the road": places each said of a share of one
 * group say where its people are, apart; not where the one calling is, so each place is nobody's.
 */
export function placedApart(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'place' || !shareBefore(items, index)) return false;
  for (let k = sentenceStart(items, index); k < sentenceEnd(items, index); k++) if (k !== index && kindOf(items[k]) === 'place' && shareBefore(items, k)) return true;
  return false;
}
/**
 * 「財務部還在舊的 Lync pool，其他人都在 Online」: a team homed one way and the rest of the organization (其他人, 其他同事)
 * said in the same sentence with a homing of theirs is how the organization is split (Hybrid), whoever of the call is
 * in the team or not (that is for teamRole and the team's members to say).
 */
export function teamAgainstRestZh(items: readonly Item[], index: number): boolean {
  if (kindOf(items[index]) !== 'homed') return false;
  const team = nextIndex(items, clauseStart(items, index) - 1, isFiller);
  if (team >= index || !isTeam(items, team)) return false;
  let sentence = index;
  while (sentence > 0 && !endsSentence(items[sentence - 1])) sentence--;
  for (let k = sentence; k < items.length && !endsSentence(items[k]); k++) {
    if (!OTHERS.has(surfaceOf(items[k]) ?? '')) continue;
    for (let j = k + 1; j < items.length && !(items[j].kind === 'break'); j++) if (['homed', 'deploymentHint'].includes(kindOf(items[j]) ?? '')) return true;
  }
  return false;
}
/** Words that end a team's name ("隔壁部門", "業務部", "品保課"). */
export const TEAM_END = /(?:部門|部|課|組|處|單位|團隊)$/;
/** Words that put someone in a team ("我在財務部", "他是業務部的", "她屬於品管課"). */
export const IN_TEAM: ReadonlySet<string> = new Set(['在', '是', '屬於', '也是', '都是']);
/** "業務部", "品管課", "客服部" (a person word, then 部): a team named by a person word, in Chinese. */
export function isTeam(items: readonly Item[], index: number): boolean {
  const item = items[index];
  if (item?.kind !== 'mention' || item.concept.kind !== 'party' || item.concept.role !== 'generic' || !HAN.test(item.surface)) return false;
  // "業務部的佩君": a name the lexicon does not know after the team's 的 is one of its people, named by the team word.
  const named = (at: number) => {
    const next = items[at + 1];
    return surfaceOf(items[at]) === '的' && next?.kind === 'word' && next.script === 'han';
  };
  if (TEAM_END.test(item.surface)) return !named(index + 1);
  return isFiller(items[index + 1]) && TEAM_END.test(surfaceOf(items[index + 1]) ?? '') && !named(index + 2);
}
/** How far before "users" a share word may stand ("about half of our users"), or after them in Chinese. */
const SHARE_REACH = 3;
const SHARES: ReadonlySet<string> = new Set([
  'half', 'most', 'mani', 'many', 'few', 'sever', 'several', 'major', 'majority', 'minor', 'minority', 'part', 'rest', 'third', 'quarter', 'percent', 'some',
  '大部分', '大部份', '部分', '部份', '一部分', '一部份', '大多數', '多數', '少數', '一半', '大半', '多半', '過半', '有些', '有的', '少部分',
  // "只剩 IT 還在地端": the part that is left.
  '只剩', '只剩下', '剩下', '其餘',
  // "公司其他部門還在地端": the rest of the organization.
  '其他部門', '其他單位', '別的部門', '別的單位', '其他處室',
]);
/** Whether a word says a part of the organization's people, not all of them ("有些", "大部分", "most"). */
export const isShareWord = (surface: string): boolean => SHARES.has(surface);

/**
 * Whether the clause of the homing at `index` says it of a share of our people by a word of a share ("老員工大部分還在
 * 地端", "大部分人都搬到 Online 了", "其他部門還在地端"): the rest are homed otherwise, so the organization is split. Not
 * a team's people alone ("隔壁部門的人都還在地端" may be all of ours there is), nor a share of another organization's
 * ("他們公司大部分人還在地端", "客戶那邊有些人").
 */
export function shareOfOurs(items: readonly Item[], index: number): boolean {
  let share = false;
  for (let k = clauseStart(items, index); k < index; k++) {
    const item = items[k];
    if (kindOf(item) === 'company' || (item.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'pronoun')) return false;
    if (kindOf(item) === 'place' && namesOutsiders(item as Extract<Item, { kind: 'mention' }>)) return false;
    share ||= SHARES.has(surfaceOf(item) ?? '');
  }
  return share;
}

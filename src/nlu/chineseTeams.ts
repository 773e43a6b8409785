/**
 * A Chinese team said as a whole ("倉管那群人帳號都還在地端", "研發部那幾個人都在實驗室", "人資部全員都還在地端") and its
 * members named elsewhere in the message ("倉管的阿明", "業務部阿凱", "協理也是業務部的人", "其中的 Ivy", the team itself
 * hosting: "人資發的會議邀請"): what the clause says of the team is said of each of them, more weakly than what is
 * said of one of them alone ("研發部都在實驗室 ... 研發部的 Ivy 今天在家": she is at home). A member is one only by
 * the team's own name, word for word (業務部, 業務 and 業務協理 share 業務), so nobody is put in a team by a guess; a
 * part of the team ("業務部有些人") is no whole, and a habit ("通常", "禮拜五都在家") is not said of the call's day.
 */
import type { Item } from './analyzer';
import type { Anchor } from './anchors';
import { clauseStart, endsClause, isFiller, isMarker, isPossessive, nextIndex, previousIndex, surfaceOf } from './items';
import { IN_TEAM, isShareWord, TEAM_END, WHOLE_ZH } from './organizationParts';
import { statementOf } from './statements';
import { HAN } from './text';

/** Words after a team's name that make it all of its people ("那群人", "全員", "全部都", "大家"), as surfaces or characters. */
const WHOLE_WORDS = /^(?:人|人都|的人|那群人|那些人|全部|全部都|全都|全員|全體|所有人|大家|大家都|每個人|同仁|的同仁|們)$/;
/** "那幾個人", "這幾個人": the few people of a team pointed at, all of them. */
const THOSE: ReadonlySet<string> = new Set(['那', '這']);
/** "會計課全課包含課長": a person the whole is said to include is one of it. */
const INCLUDING = /^(?:包含|包括|連同|含)$/;
/** "其中的 Ivy", "其中一位 Ivy": one of the group named just before. */
const ONE_OF = /其中/;
/** What may stand between a team and what its clause says of it ("倉管那群人帳號都還在", "人資部全員都還在"). */
const SUBJECT_WORDS = /^(?:帳號|賬號|的帳號|都|也|也都|還|還是|目前|現在|一律|通通|統統)$/;

/** The name of a team, without the word that says it is one: "業務部", "業務" and "業務協理" share "業務". */
function teamStem(surface: string): string {
  const stem = surface.replace(TEAM_END, '');
  return stem.length >= 2 ? stem : surface;
}

/** "客服部" read as 客服 and a filler 部: the index of the team's last word. */
const nameEnd = (items: readonly Item[], k: number): number => (isFiller(items[k + 1]) && TEAM_END.test(surfaceOf(items[k + 1]) ?? '') && (surfaceOf(items[k + 1]) ?? '').length <= 2 ? k + 1 : k);
/** The team's name as written, its word for a team included ("客服" and "部"). */
const nameOf = (items: readonly Item[], k: number): string => items.slice(k, nameEnd(items, k) + 1).map((x) => surfaceOf(x) ?? '').join('');

/** Words that make what a team does a habit, or true on some days only ("通常", "平常", "禮拜五"): not said of the call's day. */
const HABITS = /^(?:通常|平常|平時|平日|一般|常常|經常|常|大多|多半|有時|有時候|偶爾|每週|每周|週末)$|(?:週|周|星期|禮拜|礼拜)[一二三四五六日天]/;

/** A team's statement and who it is about: `span` the person words of its subject, `members` its people named elsewhere. */
export interface TeamGroup {
  span: number[];
  members: number[];
  /** Words of the team's name elsewhere that only describe a member after them ("倉管的阿明": 倉管 -> 阿明). */
  describers: Map<number, number>;
}

const isPerson = (anchors: ReadonlyMap<number, Anchor>, k: number): boolean => anchors.get(k)?.kind === 'person';
const isHanPerson = (items: readonly Item[], anchors: ReadonlyMap<number, Anchor>, k: number): boolean =>
  isPerson(anchors, k) && HAN.test(surfaceOf(items[k]) ?? '') && ['generic', 'all', 'both'].includes(anchors.get(k)?.role ?? '');

/**
 * The subject of the clause at `team` when it is a team said whole with a statement of its own: the person words of
 * the subject (the team, "全員", "人", a person it is said to include) and those it includes; undefined otherwise.
 */
function wholeTeam(items: readonly Item[], anchors: ReadonlyMap<number, Anchor>, team: number): { span: number[]; included: number[] } | undefined {
  const surface = nameOf(items, team);
  // A team has a name of its own ("倉管", "人資部"): a chat line's "我" is no team.
  if (teamStem(surface).length < 2 || !isHanPerson(items, anchors, team) || anchors.get(team)?.role !== 'generic' || clauseStart(items, team) !== previousIndex(items, team, isFiller) + 1) return undefined;
  let whole = TEAM_END.test(surface);
  const span = [team];
  const included: number[] = [];
  for (let k = nameEnd(items, team) + 1; k < items.length && !endsClause(items[k]); k++) {
    const item = items[k];
    const said = surfaceOf(item) ?? '';
    if (isShareWord(said) || HABITS.test(said)) return undefined;
    const statement = item.kind === 'mention' ? statementOf(item.concept) : undefined;
    if (statement !== undefined) return (statement.kind === 'homed' || statement.kind === 'place') && whole ? { span, included } : undefined;
    // "研發部那幾個人": those few are all of them; "研發部幾個人" is a few of them.
    const those = said === '幾個人' && THOSE.has(surfaceOf(items[k - 1]) ?? '');
    // A whole said in characters the lexicon does not know before a team's word ("全課", "整組"), not "整天".
    const wholeUnit = item.kind === 'word' && WHOLE_ZH.has(said) && TEAM_END.test(surfaceOf(items[k + 1]) ?? '');
    if (WHOLE_WORDS.test(said) || those || wholeUnit) {
      whole = true;
      if (isPerson(anchors, k)) span.push(k);
    } else if (INCLUDING.test(said) || (item.kind === 'word' && /^[包含]$/.test(said))) {
      const next = nextIndex(items, k, (x) => isFiller(x) || (x.kind === 'word' && /^[包含括]$/.test(surfaceOf(x) ?? '')));
      if (isPerson(anchors, next)) {
        included.push(next);
        span.push(next);
        k = next;
      }
    } else if (!(isFiller(item) || isMarker(item, 'copula') || SUBJECT_WORDS.test(said) || (item.kind === 'word' && item.script === 'han' && said.length === 1))) return undefined;
  }
  return undefined;
}

/** Whether the person at `k` is named as someone's owner ("處長的秘書"). */
const owns = (items: readonly Item[], anchors: ReadonlyMap<number, Anchor>, k: number): boolean => isPossessive(items[k + 1]) && isPerson(anchors, k + 2);

/**
 * The person a word of the team's name at `k` describes ("倉管的阿明", "業務部阿凱", "業務協理"), or `k` itself when a
 * name the lexicon does not know follows it ("會計課的淑芬": the team word stands for her), or undefined.
 */
function describedMember(items: readonly Item[], anchors: ReadonlyMap<number, Anchor>, k: number): number | undefined {
  const end = nameEnd(items, k);
  const next = nextIndex(items, end, isPossessive);
  // "研發處長的秘書": a title that owns someone after it is that one's, not the team's member said here.
  if (isPerson(anchors, next) && !owns(items, anchors, next)) return next;
  const word = items[next];
  return isPossessive(items[end + 1]) && word?.kind === 'word' && word.script === 'han' ? k : undefined;
}

/** Chinese teams said whole, each with its members (see the top of this file); `hosts`: who hosts a meeting. */
export function chineseTeamGroups(items: readonly Item[], anchors: ReadonlyMap<number, Anchor>, hosts: ReadonlySet<number>): TeamGroup[] {
  const groups: TeamGroup[] = [];
  for (const team of anchors.keys()) {
    const subject = wholeTeam(items, anchors, team);
    if (subject === undefined) continue;
    const stem = teamStem(nameOf(items, team));
    const inSpan = new Set(subject.span);
    const members = new Set<number>(subject.included);
    const describers = new Map<number, number>();
    for (const k of anchors.keys()) {
      if (inSpan.has(k) || !isHanPerson(items, anchors, k)) continue;
      // Only the team's own name: a title written with it ("業務經理") may be of another team of that name.
      if (teamStem(nameOf(items, k)) === stem) {
        // "人資發的會議邀請": the team itself hosts.
        if (hosts.has(k)) members.add(k);
        const member = describedMember(items, anchors, k);
        if (member !== undefined) {
          members.add(member);
          if (member !== k) describers.set(k, member);
        }
        // "協理也是業務部的人", "阿凱是業務部的": someone said to be of it.
        const before = previousIndex(items, k, isFiller);
        const person = previousIndex(items, before, isFiller);
        if ((isMarker(items[before], 'copula') || IN_TEAM.has(surfaceOf(items[before]) ?? '')) && isPerson(anchors, person)) members.add(person);
      }
    }
    groups.push({ span: subject.span, members: [...members], describers });
  }
  // "研發部那幾個人都在實驗室 ... 其中的 Ivy": one of the group said last before.
  if (groups.length === 0) return groups;
  for (const k of anchors.keys()) {
    if (!isPerson(anchors, k) || !ONE_OF.test(items.slice(Math.max(0, k - 3), k).map((x) => surfaceOf(x) ?? '').join(''))) continue;
    const before = groups.filter((g) => g.span[0] < k).sort((a, b) => b.span[0] - a.span[0])[0];
    if (before !== undefined && !before.members.includes(k)) before.members.push(k);
  }
  return groups.filter((g) => g.members.length > 0);
}

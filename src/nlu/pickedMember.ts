// One person picked out of a group by 「裡的」: 「Online 那群人裡的 Grace」, 「地端那批同事中的阿明」, 「已經上雲的人裡面的
// Grace」. What is said of the group (how they are homed, where they are) is said of the one picked; the group word
// was a person of its own, and the host's homing was lost (issue 15, zh44-18). Only one person right after 「的」:
// 「那群人裡的 Grace 跟 Ken」 picks two, and 「那群人裡，只有 Grace 已經搬了」 sets her apart from the group. Never our
// own organization or the writer ("我們公司裡的 Grace": what is said of the company is not said of her).
import type { Item } from './analyzer';
import { isFiller, surfaceOf } from './items';

/** "Among" after a group word, as the surfaces between it and 「的」 joined ("裡", "裡面", "之中", "們當中"). */
const AMONG = /^們?(?:裡|裡面|里|里面|中|之中|當中|当中)$/;
/** Words after the one picked that add a second ("Grace 跟 Ken"), as surfaces. */
const AND = /^(?:跟|和|與|及|、)$/;
/** Party roles that are no group one person may be picked from: the writer, our whole organization, a pair. */
const NOT_GROUPS: ReadonlySet<string> = new Set(['user', 'all', 'both']);
/** How many items may spell "among" ("之 中", "們 裡 面"). */
const AMONG_REACH = 3;

/** The person picked out of the group whose word is at `group` ("Online 那群人裡的 Grace"), or undefined. */
export function pickedMember(items: readonly Item[], group: number, isPerson: (index: number) => boolean): number | undefined {
  const item = items[group];
  if (item?.kind !== 'mention' || item.concept.kind !== 'party' || NOT_GROUPS.has(item.concept.role)) return undefined;
  let of = group + 1;
  while (of < items.length && of <= group + AMONG_REACH && surfaceOf(items[of]) !== '的') of++;
  const among = items.slice(group + 1, of).map((x) => surfaceOf(x) ?? '').join('');
  if (surfaceOf(items[of]) !== '的' || !AMONG.test(among)) return undefined;
  const member = of + 1;
  if (!isPerson(member)) return undefined;
  let next = member + 1;
  while (next < items.length && isFiller(items[next]) && surfaceOf(items[next]) !== '的') next++;
  const after = items[next];
  const another = AND.test(surfaceOf(after) ?? '') || (after?.kind === 'break' && after.list === true);
  return another ? undefined : member;
}

// 「原本是 Ken 主持（他是 Online 帳號），但今天改成 Mia 主持」, "Ken was originally hosting (he's on-prem), but it was
// switched to Mia": the host a meeting was going to have, told before the host it has now. The host asked about is
// the last one; what is said of the first one, up to the change, must not stand in for it.
import type { Item } from './analyzer';
import { isMarker, kindOf, sentenceStart, surfaceOf } from './items';

/** Words that make what follows the plan made before ("原本", "originally"), as written or as matching keys. */
const PLANNED_HOST: ReadonlySet<string> = new Set(['原本', '本來', '原先', '原來', 'origin', 'originally']);
/**
 * Words that turn the meeting over to another host ("改成", "改由", "switched to", "handed to"), as written or as
 * matching keys.
 */
const HANDED_OVER: ReadonlySet<string> = new Set(['改成', '改由', '改為', '換成', '換由', '改給', '改讓', 'switch', 'switched to', 'changed to', 'hand', 'pass', 'reassign']);

/** Whether the item says who hosts a meeting ("主持", "開的", "hosted", "by"; 「副總開的會」). */
const saysHost = (item: Item): boolean =>
  isMarker(item, 'hosted') || isMarker(item, 'by') || kindOf(item) === 'hostedMeeting' || (item.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'organizer');

/** "switched to Mia", "handed (over) to Sara": the handover names the host the meeting is handed to. */
function handedTo(items: readonly Item[], index: number): boolean {
  return (surfaceOf(items[index]) ?? '').endsWith(' to') || [1, 2].some((step) => surfaceOf(items[index + step]) === 'to');
}

/**
 * The indexes from a plan word before a host ("原本…Ken 主持") to the word that hands the meeting over to a host
 * told after it ("改成 Mia 主持") or handed the meeting ("switched to Mia"). Nothing without a later host: "本來就是 Ken
 * 主持" keeps its host.
 */
export function replacedHostItems(items: readonly Item[]): ReadonlySet<number> {
  const out = new Set<number>();
  items.forEach((item, index) => {
    if (!saysHost(item)) return;
    const start = sentenceStart(items, index);
    const plan = items.slice(start, index).findIndex((x) => PLANNED_HOST.has(surfaceOf(x) ?? ''));
    if (plan < 0) return;
    const change = items.findIndex((x, k) => k > index && HANDED_OVER.has(surfaceOf(x) ?? ''));
    if (change < 0 || !(items.slice(change + 1).some(saysHost) || handedTo(items, change))) return;
    for (let k = start + plan; k < change; k++) out.add(k);
  });
  return out;
}

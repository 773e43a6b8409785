// A set-up offered as one of two: "學校是 Online 還是 Hybrid 我不清楚", "我們是 Online 還 Hybrid 要問 IT", "are we
// Online or hybrid?". Two different deployments or homings joined by "or" are what the writer asks or does not know,
// so neither is said; read as written, the later one set the deployment (and "Online" the writer's homing) although
// the writer said they do not know it. Chinese puts the doubt after the pair, so the pair alone decides.
import type { Item } from './analyzer';
import { surfaceOf } from './items';

/** Words that join two alternatives ("還是", "或", the "還" of 「Online 還 Hybrid」, "or"), as surfaces or keys. */
const EITHER_WORDS: ReadonlySet<string> = new Set(['還是', '或是', '或', '或者', '還', 'or']);
/**
 * The set-up the item says (a deployment, a product name that hints one, a homing), or undefined when it says none.
 * Microsoft's own telephony ("通話方案", "Calling Plan", "雲端電話系統") is the Online way to the phone network, so
 * "不確定是通話方案還是 CCE" offers two set-ups too.
 */
function setupOf(item: Item | undefined): string | undefined {
  if (item?.kind !== 'mention') return undefined;
  const { concept } = item;
  if (concept.kind === 'telephony') return 'online';
  return concept.kind === 'deployment' || concept.kind === 'deploymentHint' || concept.kind === 'homed' ? concept.value : undefined;
}

/** Whether the set-up at `index` is joined by "or" right beside it to a set-up of another value. */
export function offeredAsEither(items: readonly Item[], index: number): boolean {
  const value = setupOf(items[index]);
  if (value === undefined) return false;
  return [1, -1].some((step) => {
    if (!EITHER_WORDS.has(surfaceOf(items[index + step]) ?? '')) return false;
    const other = setupOf(items[index + 2 * step]);
    return other !== undefined && other !== value;
  });
}

/** Whether Cloud Connector is offered as one of two set-ups ("不確定是通話方案還是 CCE", "Online or CCE?"). */
export function cloudConnectorInDoubt(items: readonly Item[]): boolean {
  return items.some((item, index) => item.kind === 'mention' && item.concept.kind === 'deployment' && item.concept.value === 'cloudConnector' && offeredAsEither(items, index));
}

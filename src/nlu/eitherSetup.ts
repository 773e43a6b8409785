// A set-up offered as one of two: "學校是 Online 還是 Hybrid 我不清楚", "我們是 Online 還 Hybrid 要問 IT", "are we
// Online or hybrid?". Two different deployments or homings joined by "or" are what the writer asks or does not know,
// so neither is said; read as written, the later one set the deployment (and "Online" the writer's homing) although
// the writer said they do not know it. Chinese puts the doubt after the pair, so the pair alone decides.
import type { Item } from './analyzer';
import { clauseEnd, endsSentence, isCloudConnector, isFiller, kindOf, nextIndex, surfaceOf } from './items';
import { KNOWING } from './negation';

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

/** Whether the negation at `k` is of knowing ("not sure", "don't know", "不確定", "不清楚"). */
const notKnowing = (items: readonly Item[], k: number): boolean => kindOf(items[k]) === 'negation' && KNOWING.has(surfaceOf(items[nextIndex(items, k, isFiller)]) ?? '');

/**
 * "not sure if we have Cloud Connector", "不確定有沒有 CCE", "外線有沒有走 CCE 我不清楚": Cloud Connector the writer says
 * they do not know of, with not knowing before it in its sentence (past "if", "whether", no comma) or after it in its
 * clause. Read as "no Cloud Connector", an Online said beside it made the deployment Online.
 */
function notKnownOf(items: readonly Item[], index: number): boolean {
  for (let k = index - 1; k >= 0 && items[k].kind !== 'break'; k--) if (notKnowing(items, k)) return true;
  for (let k = index + 1, end = clauseEnd(items, index); k < end && !endsSentence(items[k]); k++) if (notKnowing(items, k)) return true;
  return false;
}

/**
 * Whether Cloud Connector is offered as one of two set-ups ("不確定是通話方案還是 CCE", "Online or CCE?") or said as
 * not known ("not sure if we have Cloud Connector").
 */
export function cloudConnectorInDoubt(items: readonly Item[]): boolean {
  return items.some((item, index) => isCloudConnector(item) && (offeredAsEither(items, index) || notKnownOf(items, index)));
}

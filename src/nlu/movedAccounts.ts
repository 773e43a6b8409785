// "they moved me up to Skype Online last spring", "IT migrated Tom over to SfB Online": moving someone's account to
// the product is where that account is homed now. Read as the product's name only (a hint of the deployment), the
// writer's homing was left to an older clause ("my account used to live on the old Lync pool", tr-en-5) or to
// nobody. "moved me to Online" was already read so; this is the same with the product named. In Chinese, 「CFO 的帳號
// 已經在 Skype Online」「他已經被搬到 SfB Online」: the product after "already (moved) in/to" is where the account is now
// (「已經在 online」 was a phrase; with the product named the segmenter cut 「已經在」 from 「在 skype online」).
import type { Item } from './analyzer';
import type { Concept } from './concepts';
import { isNameWord, kindOf, surfaceOf } from './items';

/** Keys of moving an account ("moved", "migrated"). */
const MOVING: ReadonlySet<string> = new Set(['move', 'migrat']);
/** Words between the one moved and "to" ("moved me up to", "migrated us over to"). */
const ALONG: ReadonlySet<string> = new Set(['up', 'over', 'across']);

/**
 * A Chinese word right before the product that puts an account in it now: 「已經在」「還在」「也在」, 「已經搬到」「被移到」,
 * the account word perhaps cut with it (「帳號已經搬到」).
 * Not 「在用」 (we use it), nor a move to come (「下個月會搬到」「打算搬到」): only 在, or a move said done (已, 被).
 */
const IN_NOW = /^(?:帳號|賬號|帳戶)?(?:(?:已經|已|還|也|都|早就)在|(?:已經|已|被|已經被)(?:搬|移|轉|遷|移轉)(?:到|至|去))$/;
/** 「被」「已經」 before a move word cut apart from it (「已經 被 搬到」). */
const DONE = /^(?:已經|已|被|已經被)$/;
const MOVED_TO = /^(?:搬|移|轉|遷|移轉)(?:到|至|去)$/;

/** Whether the Chinese words before `index` put an account in the product named at `index` now. */
function inProductNow(items: readonly Item[], index: number): boolean {
  const before = surfaceOf(items[index - 1]) ?? '';
  if (IN_NOW.test(before)) return true;
  return MOVED_TO.test(before) && DONE.test(surfaceOf(items[index - 2]) ?? '');
}

/** Whether the item is someone whose account is moved: "me", "us", a person word or a name. */
const movable = (item: Item | undefined): boolean => isNameWord(item) || kindOf(item) === 'party';

/** Words that make the move said of the one before them ("who got moved over to", "she was migrated across to"). */
const PASSIVE: ReadonlySet<string> = new Set(['got', 'get', 'gets', 'was', 'were', 'been', 'is', 'are', 'being']);

const isMoving = (item: Item | undefined): boolean => item?.kind === 'word' && MOVING.has(item.key);

/**
 * Whether "<moved> <someone> (up|over)? to" ends right before `index` ("IT migrated Tom over to"), or the same said of
 * the one moved ("the VP, who got moved over to", "she was migrated across to": who is moved is the sentence's subject).
 */
function movedTo(items: readonly Item[], index: number): boolean {
  let k = index - 1;
  if (surfaceOf(items[k]) !== 'to') return false;
  k -= 1;
  if (ALONG.has(surfaceOf(items[k]) ?? '')) k -= 1;
  if (isMoving(items[k])) return PASSIVE.has(surfaceOf(items[k - 1]) ?? '');
  return movable(items[k]) && isMoving(items[k - 1]);
}

/**
 * The items with each product named after "<moved> <someone> (up|over)? to", or after 「已經在」「已經被搬到」, read as
 * that someone's homing (`online`: the concept "homed Online").
 */
export function withMovedAccounts(items: Item[], online: { id: string; concept: Concept }): Item[] {
  let out: Item[] | undefined;
  items.forEach((item, index) => {
    if (item.kind !== 'mention' || item.concept.kind !== 'deploymentHint' || item.concept.value !== 'online') return;
    if (!movedTo(items, index) && !inProductNow(items, index)) return;
    out ??= [...items];
    out[index] = { ...item, id: online.id, concept: online.concept };
  });
  return out ?? items;
}

// "本次會議係以共用帳號 meeting-room01 召集，該帳號駐留於內部部署 Skype Server", "the meeting was set up from the
// shared account room01; that account is homed on-prem": "that account" right after a sentence in which an account
// sets the meeting up is the host's account, so where it is homed is where the meeting is hosted (a shared or room
// account has no person to be anyone's homing).
import type { Item } from './analyzer';
import { isFiller, isMarker, previousIndex, sentenceStart, surfaceOf } from './items';

/** "該帳號", "此帳號", "that account": the words pointing back, as surfaces or matching keys. */
const THAT_WORDS: ReadonlySet<string> = new Set(['該', '此', '這個', '那個', 'that', 'this', 'the']);
const ACCOUNT = new Set(['帳號', '帳戶', 'account']);

/**
 * Whether the words right before `index` are "that account" ("該帳號在地端" is one word), said after an account and a
 * verb of hosting in the same sentence, in either order ("以共用帳號…召集", "set up from the shared account").
 */
export function hostingAccountBefore(items: readonly Item[], index: number): boolean {
  const opensWithAccount = /^(?:帳號|帳戶)/.test(surfaceOf(items[index]) ?? '');
  const account = opensWithAccount ? index : previousIndex(items, index, (x) => (isFiller(x) && !ACCOUNT.has(surfaceOf(x) ?? '')) || isMarker(x, 'copula'));
  if (!(opensWithAccount || ACCOUNT.has(surfaceOf(items[account]) ?? '')) || !THAT_WORDS.has(surfaceOf(items[account - 1]) ?? '')) return false;
  const before = items.slice(sentenceStart(items, account - 1), account - 1);
  return before.some((x) => ACCOUNT.has(surfaceOf(x) ?? '')) && before.some((x) => isMarker(x, 'hosted'));
}

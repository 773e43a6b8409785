// "My user is in Skype Online", "my user is on the on-prem pool": in non-native English "my user" is the writer's own
// account, as "my account" is, when what is said of it right after is where it is homed. Said otherwise ("my user is
// at home", "my user calls me"), or when the writer never says "I", or "he"/"she" goes on about someone ("my user is
// on-prem, she is calling from her desk"), it stays the person a helpdesk writer supports. "His user is homed on-prem"
// is his account the same way, said of him. "My user ID is in Skype Online" names an account outright: the writer's,
// even when "he" goes on about the one called.
import type { Item } from './analyzer';
import { isFiller, isMarker, kindOf, nextIndex, surfaceOf } from './items';

/** What says where an account is homed: "homed on-prem", "the on-prem pool", "(in) Skype Online". */
const HOMING_KINDS: ReadonlySet<string> = new Set(['homed', 'deploymentHint']);

/** "still", "always": an adverb of time between the copula and the homing. */
const isStill = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'cue' && item.concept.cue === 'always';

/** Whether "user" at `index`, after "my", is the writer's own account said to be homed somewhere. */
export function myUserHomed(items: readonly Item[], index: number): boolean {
  return surfaceOf(items[index - 1]) === 'my' && userHomed(items, index) && (namesAccount(items, index) || writerOnly(items));
}

/** Words after "user" that make it an account's name: "my user ID", "my user login" is never a person one supports. */
const ACCOUNT_NAMES: ReadonlySet<string> = new Set(['id', 'login']);

/** Whether "user" at `index` names an account ("user ID"), so whose it is stays the owner's even when "he" goes on. */
const namesAccount = (items: readonly Item[], index: number): boolean => ACCOUNT_NAMES.has(surfaceOf(items[index + 1]) ?? '');

/** Owners of a "user" that are someone else: "his user is homed on-prem" is his account, never a person he supports. */
const THIRD_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Whether "user" at `index`, after "his" or "her", is that person's account said to be homed somewhere. */
export function theirUserHomed(items: readonly Item[], index: number): boolean {
  return THIRD_OWNERS.has(surfaceOf(items[index - 1]) ?? '') && userHomed(items, index);
}

/** Whether "user" at `index` is said, right after, to be homed somewhere. */
function userHomed(items: readonly Item[], index: number): boolean {
  if (surfaceOf(items[index]) !== 'user') return false;
  // "my user (ID) is still on ...", "my user was moved to ...": past the account's name, the copula and adverbs.
  const after = namesAccount(items, index) ? index + 1 : index;
  const said = nextIndex(items, after, (item) => isFiller(item) || isMarker(item, 'copula') || isStill(item));
  return HOMING_KINDS.has(kindOf(items[said]) ?? '');
}

/** Whether the writer says "I" and no "he" or "she" is said: no third person "my user" could be. */
function writerOnly(items: readonly Item[]): boolean {
  const said = new Set(items.map((item) => surfaceOf(item)));
  return said.has('i') && !said.has('he') && !said.has('she');
}

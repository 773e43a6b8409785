// "a meeting which is scheduled from a user who is homed Online", "the call organized from my manager": in
// non-native English "from" after a hosting verb often says who hosts, as "by" does. Read as an origin it was no one's
// (the organizer was asked back). Only before a person: "scheduled from home", "set up from the office" say where the
// host was, and stay places. "the meeting I booked from my own Skype account", "I called Lars from my Skype account":
// someone's own account is the means, said of nobody else; read as a person (a host other than the one who set it up)
// or "Skype account" as a call to one, it lost the place of whoever joins. It is dropped; a shared account ("from the
// shared account room01") or an account said to be homed somewhere stays (hostingAccount.ts reads those).
import type { Concept } from './concepts';
import type { Item } from './analyzer';
import { isFiller, isMarker, kindOf, nextIndex, surfaceOf } from './items';

/** Whether `item` names a person: a person word ("a user", "my manager") or a name ("Ahmed"). */
const isPerson = (item: Item | undefined): boolean => kindOf(item) === 'party' || (item?.kind === 'word' && item.name === true);

/** Words that make an account someone's own ("my account", "his own Skype account"), as surfaces. */
const OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'our']);
/** Words that open what is said of the account right after it ("which is Online", "that account is on-prem"). */
const ACCOUNT_DESCRIBED: ReadonlySet<string> = new Set(['which', 'that', 'whose']);
/** How many words may name the product between the owner and "account" ("my own Skype for Business account"). */
const PRODUCT_WORDS = 4;

/**
 * The index of "account" when the items after the "from" at `from` are someone's own account, said of nothing after
 * it; -1 otherwise. Between the owner and "account" only "own" and words of the product ("Skype", "SfB", "for
 * Business"): a homing ("his Lync account") or a person ("my manager's account") says more than the means.
 */
function ownAccountEnd(items: readonly Item[], from: number): number {
  if (!OWNERS.has(surfaceOf(items[from + 1]) ?? '')) return -1;
  let k = from + 2;
  if (surfaceOf(items[k]) === 'own') k++;
  const productWord = (item: Item | undefined) => (item?.kind === 'word' && item.name !== true) || kindOf(item) === 'call' || surfaceOf(item) === 'for';
  for (let n = 0; n < PRODUCT_WORDS && productWord(items[k]); n++) k++;
  if (surfaceOf(items[k]) !== 'account' || kindOf(items[k]) !== 'party') return -1;
  // "from my account, which is Online", "from her account; that account is on-prem": the account's homing is said.
  const said = items[nextIndex(items, k, (item) => item.kind === 'break')];
  return isMarker(said, 'copula') || kindOf(said) === 'homed' || ACCOUNT_DESCRIBED.has(surfaceOf(said) ?? '') ? -1 : k;
}

/**
 * The items with each hosting verb and a "from" before a person read as one host's marker (`hostMarker`, "hosted by"),
 * and without "from" someone's own account.
 */
export function hostedFrom(items: Item[], hostMarker: { id: string; concept: Concept }): Item[] {
  if (!items.some((item) => isMarker(item, 'hosted') || surfaceOf(item) === 'from')) return items;
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const ownAccount = surfaceOf(item) === 'from' ? ownAccountEnd(items, i) : -1;
    if (ownAccount >= 0) {
      i = ownAccount;
      continue;
    }
    const fromPerson = surfaceOf(items[i + 1]) === 'from' && isPerson(items[nextIndex(items, i + 1, isFiller)]) && ownAccountEnd(items, i + 1) < 0;
    if (item.kind === 'mention' && isMarker(item, 'hosted') && fromPerson) {
      out.push({ ...item, id: hostMarker.id, concept: hostMarker.concept, surface: `${item.surface} from`, head: 'from' });
      i += 1;
      continue;
    }
    out.push(item);
  }
  return out;
}

// "帳號在校內 Skype Server", "帳號在公司的 Skype Server", "帳號都還在學校地端的 SfB Server": a place of ours right
// before an on-premises server, in what is said of an account, is where the server stands, not where the person is.
// Read as the person's place it disagreed with where they are ("王教授（帳號在校內 Skype Server）在機場") and the advisor
// asked; the place and the server are made one homing mention, as the server's concept.
import type { Item, Mention } from './analyzer';
import { joinedSpans, surfaceOf } from './items';

/** Words for an account, one of which says the statement is about where an account is ("帳號在", "的帳號"). */
const ACCOUNT = /帳號|賬號|账号/;
/** How many items before the place the account may be named ("帳號 都 還 在學校"). */
const ACCOUNT_REACH = 3;
/** Words between the place and the server ("公司的 Skype Server"). */
const LINKS: ReadonlySet<string> = new Set(['的']);

const isOurPlace = (item: Item | undefined): item is Mention =>
  item?.kind === 'mention' && item.concept.kind === 'place' && item.concept.value === 'customerNetwork' && item.concept.connection !== true;
const isOnPremises = (item: Item | undefined): item is Mention => item?.kind === 'mention' && item.concept.kind === 'homed' && item.concept.value === 'onPremises';

/** The index of the on-premises server the place at `index` stands before, in a statement about an account, or -1. */
function serverAfter(items: readonly Item[], index: number): number {
  if (!isOurPlace(items[index])) return -1;
  const server = LINKS.has(surfaceOf(items[index + 1]) ?? '') ? index + 2 : index + 1;
  if (!isOnPremises(items[server])) return -1;
  for (let k = index - 1; k >= 0 && k >= index - ACCOUNT_REACH && items[k].kind !== 'break'; k--) if (ACCOUNT.test(surfaceOf(items[k]) ?? '')) return server;
  return -1;
}

/** The items with each place of a server said of an account made one mention of the server (see the file's comment). */
export function serversAtPlaces(items: readonly Item[]): Item[] {
  return joinedSpans(items, serverAfter);
}

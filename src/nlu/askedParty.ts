// Whether a question about a call between two people asks one person's paths only: "where does her signaling go?",
// 「阿美的訊號怎麼走？」, "signaling for Sandra?", 「指揮的路徑？」. The person asked about is the user (people.ts finds
// whom a question is about); the engine then asks nothing that only the other party's paths need (partyFocus.ts). A
// question about the call ("what path?", "does it leave our network?") asks about both, and is not one.
import type { PartialScenario } from '../engine/types';
import type { Item } from './analyzer';
import { calleesMeetings } from './calleesMeeting';
import { People } from './people';

export function askedPartyOf(items: readonly Item[], slots: PartialScenario): 'user' | undefined {
  // Only a call between two people has another party whose paths may be left out; People costs a reading of the text.
  if (slots.callType !== 'peerToPeer') return undefined;
  const people = new People(items, calleesMeetings(items));
  const asked = people.perspective === undefined ? undefined : people.anchors.get(people.perspective);
  return asked !== undefined && people.resolve(asked).role !== 'peer' ? 'user' : undefined;
}

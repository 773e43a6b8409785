// Whether a question about a call between two people asks one person's paths only: "where does her signaling go?",
// 「阿美的訊號怎麼走？」, "signaling for Sandra?", 「指揮的路徑？」. The person asked about is the user (people.ts finds
// whom a question is about); the engine then asks nothing that only the other party's paths need (partyFocus.ts). A
// question about the call ("what path?", "does it leave our network?") asks about both, and is not one.
import type { PartialScenario } from '../engine/types';
import type { Item } from './analyzer';
import { endsClause, endsSentence, kindOf, surfaceOf } from './items';
import { namesTraffic } from './askedSides';
import type { People } from './people';

/** `readPeople`: who is who in `items`, read when first asked for (see TextAnalysis.people). */
export function askedPartyOf(items: readonly Item[], slots: PartialScenario, readPeople: () => People): 'user' | undefined {
  // Only a call between two people has another party whose paths may be left out.
  if (slots.callType !== 'peerToPeer') return undefined;
  if (callerTitleAsked(items)) return 'user';
  const people = readPeople();
  const asked = people.perspective === undefined ? undefined : people.anchors.get(people.perspective);
  return asked !== undefined && people.resolve(asked).role !== 'peer' ? 'user' : undefined;
}

/** A Chinese character the vocabulary does not know: part of a title or name it has no word for (釀酒師傅, 指揮). */
const unknownHan = (item: Item | undefined): boolean => item?.kind === 'word' && item.script === 'han' && item.unknown === true;
/** What makes the title before it whose traffic is asked: 「指揮的路徑」, "the conductor's signaling". */
export const POSSESSIVES: ReadonlySet<string> = new Set(['的', "'s"]);
/** Words before an English title the vocabulary has no word for ("the conductor", "our brewmaster"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'our']);

/**
 * The keys of the title the vocabulary has no word for that ends right before `end` ([] if none does): a run of
 * unknown Chinese characters (釀酒師傅), or one English word after "the" or "our" ("the conductor"). `opening`: only
 * one that opens its clause, as the subject of what follows.
 */
function titleBefore(items: readonly Item[], end: number, opening: boolean): string[] {
  let start = end;
  while (unknownHan(items[start - 1])) start--;
  const word = items[end - 1];
  if (start === end && word?.kind === 'word' && word.script === 'latin' && DETERMINERS.has(surfaceOf(items[end - 2]) ?? '')) start = end - 2;
  const opens = start === 0 || endsClause(items[start - 1]);
  return (opens || !opening) && end - start >= 2 ? items.slice(start, end).map((item) => surfaceOf(item) ?? '') : [];
}

/**
 * 「釀酒師傅在辦公室用 Skype 打給業務…釀酒師傅的訊號走哪？」, 「指揮的帳號在地端，他在辦公室打給團長，指揮的路徑？」, "Our
 * brewmaster Skypes the sales rep ... The brewmaster's signaling?": a title the vocabulary has no word for, so
 * nobody to people.ts, opens the sentence that calls (before the call word, with at most a pronoun for them in
 * between): the caller, the user. The last sentence asking that title's traffic or path asks the user's paths alone.
 */
function callerTitleAsked(items: readonly Item[]): boolean {
  let owner = items.length - 1;
  while (owner >= 0 && !(POSSESSIVES.has(surfaceOf(items[owner]) ?? '') && namesTraffic(items[owner + 1]))) owner--;
  if (owner < 0 || items.slice(owner, -1).some(endsSentence)) return false;
  // "the"/"our" tell no two titles apart: the words of the title alone are compared.
  const title = titleBefore(items, owner, false).filter((key) => !DETERMINERS.has(key)).join(' ');
  if (title === '') return false;
  return items.some((item, index) => {
    // The title ends right before `index`, in an earlier sentence.
    if (index >= owner || unknownHan(item) || titleBefore(items, index, true).filter((key) => !DETERMINERS.has(key)).join(' ') !== title) return false;
    for (let k = index; k < owner && !endsSentence(items[k]); k++) {
      if (kindOf(items[k]) === 'call') return true;
      const other = items[k];
      if (other.kind === 'mention' && other.concept.kind === 'party' && other.concept.role !== 'pronoun') return false;
    }
    return false;
  });
}

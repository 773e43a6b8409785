/**
 * An anchor: where in a message a person, an organizer or a meeting is named, and what it is.
 */
import type { PartyRole } from './concepts';
import type { Item } from './analyzer';

export type AnchorKind = 'person' | 'organizer' | 'meeting';

export interface Anchor {
  index: number;
  kind: AnchorKind;
  /** For person anchors: how the text names them. */
  role?: PartyRole;
}

export function anchorOf(item: Item, index: number): Anchor | undefined {
  if (item.kind !== 'mention') return undefined;
  const { concept } = item;
  if (concept.kind === 'party') {
    return concept.role === 'organizer' ? { index, kind: 'organizer' } : { index, kind: 'person', role: concept.role };
  }
  if ((concept.kind === 'callType' && concept.value === 'conference') || concept.kind === 'hostedMeeting') return { index, kind: 'meeting' };
  return undefined;
}

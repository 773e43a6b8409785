// An answer to a question about one traffic type whose other traffic is not known yet: what that other traffic
// depends on, said in the reader's language, so no path is shown that could be wrong.
import { TRAFFIC_TYPES, type AskableSlot, type PartialScenario, type PartyId, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { separator, slotLabel } from './answer';

export interface OtherTraffic {
  traffic: TrafficType;
  dependsOn: readonly AskableSlot[];
}

/**
 * Such an answer as the cards need it: the other traffic, and what is known as the engine normalized it, which with
 * the traffic asked about is all it takes to give the same answer again (its diagram's address names both).
 */
export interface FocusedAnswer {
  known: PartialScenario;
  otherTraffic: OtherTraffic;
}

/** The traffic the question was about: the one shown and drawn. */
export function focusOf(other: OtherTraffic): TrafficType {
  return TRAFFIC_TYPES.find((traffic) => traffic !== other.traffic) as TrafficType;
}

/** The other party of a question about one party, whose paths are not known yet, and the unknown slots they depend on. */
export interface OtherParty {
  party: PartyId;
  dependsOn: readonly AskableSlot[];
}

/** The unknown facts the other traffic (or party) depends on, listed in the reader's language. */
export function dependsOnText(other: OtherTraffic | OtherParty, locale: Locale): string {
  return other.dependsOn.map((slot) => slotLabel(slot, locale)).join(separator(locale));
}

export function otherTrafficNote(other: OtherTraffic, locale: Locale): string {
  return t(locale, 'focus.dependsOn', { traffic: t(locale, `answer.${other.traffic}`), slots: dependsOnText(other, locale) });
}

/** What the other party's paths, left out of an answer about one party, depend on: said, never guessed. */
export function otherPartyNote(other: OtherParty, locale: Locale): string {
  return t(locale, 'focus.otherPartyDependsOn', { slots: dependsOnText(other, locale) });
}

// A question about one party ("where does HER signaling go?") is asked only the facts that change that party's paths:
// the counterpart of the traffic focus (questions.ts), for parties. Which of the other party's facts may be left
// unasked is data: only where the article's tables show the asked party's paths are the same whatever that fact is.
import type { AskableSlot, PartialScenario, PartyId } from './types';

/** A fact of the other party only, and the cases (every slot given must hold) where the asked party's paths do not depend on it. */
export interface OtherPartyFact {
  slot: AskableSlot;
  /** Whose fact it is. */
  of: PartyId;
  when: PartialScenario;
}

/**
 * Hybrid table rows 1 and 2: two clients on your network in a peer-to-peer call. Each one's signaling goes where that
 * one is homed (principle 4) and media stays in your network, whether the other is homed on-premises or Online. Every
 * other case (the other on the Internet, where the Edge that relays may be either's; a federated user; a conference,
 * hosted where its organizer is homed) is left to be asked: no table row says the asked party's paths hold there.
 */
export const OTHER_PARTY_FACTS: readonly OtherPartyFact[] = [
  { slot: 'peerHoming', of: 'peer', when: { deployment: 'hybrid', callType: 'peerToPeer', location: 'customerNetwork', peer: 'customerNetwork' } },
];

const holds = (when: PartialScenario, scenario: PartialScenario): boolean =>
  Object.entries(when).every(([slot, value]) => scenario[slot as keyof PartialScenario] === value);

/** The other party's facts that a question about `party` need not ask in this scenario (the party they belong to is not `party`). */
export function othersFacts(scenario: PartialScenario, party: PartyId): AskableSlot[] {
  return OTHER_PARTY_FACTS.filter((fact) => fact.of !== party && holds(fact.when, scenario)).map((fact) => fact.slot);
}

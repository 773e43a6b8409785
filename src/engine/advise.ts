// The engine's entry points for callers: what is known in, the answer or the questions out.
import { normalize, scenarioKey } from './domain';
import { answersOf, questionsAmong } from './questions';
import { boundedMemo } from '../memo';
import { othersFacts } from './partyFocus';
import { ASKABLE_SLOTS, type AskableSlot, type Conflict, type Leg, type PartialScenario, type PartyId, type Resolution, type TrafficType } from './types';

/** How well an answer is documented: a table row first, then a row that holds by the article's rule, an example flow, the principles. */
function rank(r: Resolution): number {
  if (r.source.kind === 'table') return r.derived ? 1 : 0;
  return r.source.kind === 'example' ? 2 : 3;
}

/** When the unknown slots cannot change the paths, the best-documented of the scenarios still possible answers. */
function bestAnswer(scenario: PartialScenario, answers: readonly Resolution[]): Resolution | null {
  if (answers.length === 0) return null;
  const best = answers.reduce((chosen, r) => (rank(r) < rank(chosen) ? r : chosen));
  const assumed = ASKABLE_SLOTS.filter((slot) => scenario[slot] === undefined && best.scenario[slot] !== undefined);
  return { ...best, assumed };
}

export interface Advice {
  /** What is known, made consistent. */
  scenario: PartialScenario;
  conflicts: Conflict[];
  /** Unknown slots that would change the answer, best first; empty when `resolution` is set. */
  missing: AskableSlot[];
  resolution: Resolution | null;
  /**
   * Only for a question about one traffic type whose paths are known while the other's are not: the other traffic
   * and the unknown slots it depends on. The resolution's legs of that traffic are then one possibility, not the answer.
   */
  otherTraffic?: { traffic: TrafficType; dependsOn: AskableSlot[] };
  /**
   * Only for a question about one party whose paths are known while another's are not (partyFocus.ts): that party
   * and the unknown slots its paths depend on. The resolution then has no legs of that party: none would be certain.
   */
  otherParty?: { party: PartyId; dependsOn: AskableSlot[] };
}

const OTHER_TRAFFIC: Record<TrafficType, TrafficType> = { media: 'signaling', signaling: 'media' };

/**
 * The slots a question about `party` is asked: those of `asked` (what the traffic asked about depends on) except the
 * other party's facts that the tables say leave `party`'s paths alone, checked again against the resolved answers.
 */
function askedOfParty(scenario: PartialScenario, answers: readonly Resolution[], asked: AskableSlot[], focus?: TrafficType, party?: PartyId): AskableSlot[] {
  if (party === undefined) return asked;
  const others = othersFacts(scenario, party);
  if (!asked.some((slot) => others.includes(slot))) return asked;
  const ofParty = questionsAmong(scenario, answers, focus, party);
  return asked.filter((slot) => !others.includes(slot) || ofParty.includes(slot));
}

function adviseUncached(partial: PartialScenario, focus?: TrafficType, party?: PartyId): Advice {
  const { scenario, conflicts } = normalize(partial);
  const answers = answersOf(scenario);
  const missing = questionsAmong(scenario, answers);
  if (missing.length === 0 || (focus === undefined && party === undefined)) {
    return { scenario, conflicts, missing, resolution: missing.length === 0 ? bestAnswer(scenario, answers) : null };
  }
  // A question about one traffic type is asked only what changes that traffic, and answered once that is known.
  const byTraffic = focus === undefined ? missing : questionsAmong(scenario, answers, focus);
  // A question about one party, likewise only what changes that party's paths.
  const asked = askedOfParty(scenario, answers, byTraffic, focus, party);
  if (asked.length > 0) return { scenario, conflicts, missing: asked, resolution: null };
  const best = bestAnswer(scenario, answers);
  // The slots the other traffic or party depends on are unknown, not "assumed": they could change it.
  const known = best && (Object.fromEntries(Object.entries(best.scenario).filter(([slot]) => !missing.includes(slot as AskableSlot))) as PartialScenario);
  const otherParty = byTraffic.length > 0 ? { party: OTHER_PARTY, dependsOn: byTraffic } : undefined;
  const withoutOther = (legs: Leg[]) => (otherParty ? legs.filter((leg) => leg.party !== otherParty.party) : legs);
  const resolution = best && known && {
    ...best,
    scenario: known,
    signaling: withoutOther(best.signaling),
    media: withoutOther(best.media),
    assumed: best.assumed.filter((slot) => !missing.includes(slot)),
  };
  const otherTrafficSlots = missing.filter((slot) => !byTraffic.includes(slot));
  return {
    scenario,
    conflicts,
    missing: [],
    resolution,
    ...(focus && otherTrafficSlots.length > 0 && { otherTraffic: { traffic: OTHER_TRAFFIC[focus], dependsOn: otherTrafficSlots } }),
    ...(otherParty && { otherParty }),
  };
}

/** The party whose facts a question about the user leaves unasked: the other party of the call (OTHER_PARTY_FACTS). */
const OTHER_PARTY: PartyId = 'peer';

const adviseMemo = boundedMemo(
  ({ partial, focus, party }: { partial: PartialScenario; focus?: TrafficType; party?: PartyId }) => adviseUncached(partial, focus, party),
  // advise() passes only 'media', 'signaling' or nothing, and 'user' or nothing.
  ({ partial, focus, party }) => `${scenarioKey(partial)}|${focus ?? ''}|${party ?? ''}`,
  4096,
);

/**
 * Remembered for the most recent scenarios (each turn asks about its scenario several times, and conversations
 * share the common ones); frozen, since callers share it. `focus`: the question is only about that traffic type.
 * `party`: the question is only about that party's paths (only the user's are: OTHER_PARTY_FACTS).
 */
export function advise(partial: PartialScenario, focus?: TrafficType, party?: PartyId): Advice {
  return adviseMemo({ partial, focus: focus === 'media' || focus === 'signaling' ? focus : undefined, party: party === 'user' ? party : undefined });
}

/** The answer for what is known, or null while a question remains that would change it. */
export function resolve(partial: PartialScenario): Resolution | null {
  return advise(partial).resolution;
}

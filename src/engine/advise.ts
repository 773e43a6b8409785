// The engine's entry points for callers: what is known in, the answer or the questions out.
import { normalize, scenarioKey } from './domain';
import { answersOf, questionsAmong } from './questions';
import { boundedMemo } from '../memo';
import { ASKABLE_SLOTS, type AskableSlot, type Conflict, type PartialScenario, type Resolution, type TrafficType } from './types';

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
}

const OTHER_TRAFFIC: Record<TrafficType, TrafficType> = { media: 'signaling', signaling: 'media' };

function adviseUncached(partial: PartialScenario, focus?: TrafficType): Advice {
  const { scenario, conflicts } = normalize(partial);
  const answers = answersOf(scenario);
  const missing = questionsAmong(scenario, answers);
  if (missing.length === 0 || focus === undefined) {
    return { scenario, conflicts, missing, resolution: missing.length === 0 ? bestAnswer(scenario, answers) : null };
  }
  // A question about one traffic type is asked only what changes that traffic, and answered once that is known.
  const focused = questionsAmong(scenario, answers, focus);
  if (focused.length > 0) return { scenario, conflicts, missing: focused, resolution: null };
  const best = bestAnswer(scenario, answers);
  // The slots the other traffic depends on are unknown, not "assumed": they could change it.
  const known = best && (Object.fromEntries(Object.entries(best.scenario).filter(([slot]) => !missing.includes(slot as AskableSlot))) as PartialScenario);
  const resolution = best && known && { ...best, scenario: known, assumed: best.assumed.filter((slot) => !missing.includes(slot)) };
  return { scenario, conflicts, missing: [], resolution, otherTraffic: { traffic: OTHER_TRAFFIC[focus], dependsOn: missing } };
}

const adviseMemo = boundedMemo(
  ({ partial, focus }: { partial: PartialScenario; focus?: TrafficType }) => adviseUncached(partial, focus),
  // advise() passes only 'media', 'signaling' or nothing.
  ({ partial, focus }) => `${scenarioKey(partial)}|${focus ?? ''}`,
  4096,
);

/**
 * Remembered for the most recent scenarios (each turn asks about its scenario several times, and conversations
 * share the common ones); frozen, since callers share it. `focus`: the question is only about that traffic type.
 */
export function advise(partial: PartialScenario, focus?: TrafficType): Advice {
  return adviseMemo({ partial, focus: focus === 'media' || focus === 'signaling' ? focus : undefined });
}

/** The answer for what is known, or null while a question remains that would change it. */
export function resolve(partial: PartialScenario): Resolution | null {
  return advise(partial).resolution;
}

// The engine's entry points for callers: what is known in, the answer or the questions out.
import { normalize, scenarioKey } from './domain';
import { answersOf, questionsAmong } from './questions';
import { boundedMemo } from '../memo';
import { ASKABLE_SLOTS, type AskableSlot, type Conflict, type PartialScenario, type Resolution } from './types';

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
}

function adviseUncached(partial: PartialScenario): Advice {
  const { scenario, conflicts } = normalize(partial);
  const answers = answersOf(scenario);
  const missing = questionsAmong(scenario, answers);
  return { scenario, conflicts, missing, resolution: missing.length === 0 ? bestAnswer(scenario, answers) : null };
}

/**
 * Remembered for the most recent scenarios (each turn asks about its scenario several times, and conversations
 * share the common ones); frozen, since callers share it.
 */
export const advise: (partial: PartialScenario) => Advice = boundedMemo(adviseUncached, scenarioKey, 4096);

/** The answer for what is known, or null while a question remains that would change it. */
export function resolve(partial: PartialScenario): Resolution | null {
  return advise(partial).resolution;
}

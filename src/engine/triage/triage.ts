// triage(): what was observed of a call against what the article's rules give for what is known. With every fact
// that matters known: what matches, what differs and the explanations. With facts missing: the question that best
// separates the outcomes still possible (the entropy idea nextQuestions uses), or, when the asker cannot tell, the
// complete scenarios in which what was observed is what the article describes.
import { advise } from '../advise';
import { completions, effectiveFirewall, isApplicable, normalize, scenarioKey } from '../domain';
import { boundedMemo } from '../../memo';
import { separatingSlots } from '../questions';
import { clientZones } from '../derive';
import { resolveComplete } from '../resolve';
import { ASKABLE_SLOTS, type Firewall, type PartialScenario, type PathKind, type Resolution } from '../types';
import { PATH_KINDS } from './codes';
import { legObserved, pathsObserved } from './observe';
import { differencesOf, explanationsOf, findExplanations, findingKey, type Finding } from './search';
import { answerAt, basePoint, type Point } from './space';
import type { Observation, Triage } from './types';

export interface TriageOptions {
  /** Facts the asker said they cannot tell: never asked. */
  unknown?: readonly (typeof ASKABLE_SLOTS)[number][];
}

interface Outcome {
  base: Point;
  finding: Finding;
  /** What tells outcomes apart: whether it matches, and which changes explain it. */
  key: string;
}

function outcomeAt(base: Point, observations: readonly Observation[]): Outcome {
  const finding = findExplanations(base, observations);
  return { base, finding, key: findingKey(finding) };
}

/** Whether a call has every party observed. */
const hasParties = (r: Resolution, observations: readonly Observation[]) => observations.every((o) => legObserved(r, o) !== undefined);

/** The paths an observation leaves possible in any of the calls it could be. */
function possiblePaths(o: Observation, outcomes: readonly Outcome[]): PathKind[] {
  const possible = new Set(
    outcomes.flatMap((outcome) => {
      const r = answerAt(outcome.base);
      return pathsObserved(o, legObserved(r, o), clientZones(r.scenario));
    }),
  );
  return PATH_KINDS.filter((p) => possible.has(p));
}


/** What is known, with the call type the observations imply (only a peer-to-peer call has another party's traffic). */
function narrowed(scenario: PartialScenario, outcomes: readonly Outcome[]): PartialScenario {
  const callTypes = new Set(outcomes.map((o) => o.base.scenario.callType));
  if (scenario.callType !== undefined || callTypes.size !== 1) return scenario;
  return normalize({ ...scenario, callType: [...callTypes][0] }).scenario;
}

/** The expected answer to compare with: the article's for what is known, or the first scenario still possible. */
function expectedFor(scenario: PartialScenario, outcomes: readonly Outcome[]): { expected: Resolution; outcome: Outcome } {
  const advised = advise(scenario).resolution;
  const outcome = (advised && outcomes.find((o) => scenarioKey(o.base.scenario) === scenarioKey(advised.scenario))) || outcomes[0];
  const resolution = answerAt(outcome.base);
  // Slots filled in that the asker did not give: the comparison is the same whatever they are.
  const assumed = ASKABLE_SLOTS.filter((slot) => scenario[slot] === undefined && resolution.scenario[slot] !== undefined);
  return { expected: { ...resolution, assumed }, outcome };
}

/**
 * The firewall a match holds only under: the call's own (said or assumed) when the other would not give what was
 * observed. A match of relayed media is the article's only while the direct path is blocked, and the asker must hear so.
 */
function firewallCondition(expected: Resolution, observations: readonly Observation[]): Firewall | undefined {
  if (!isApplicable('firewall', expected.scenario)) return undefined;
  const firewall = effectiveFirewall(expected.scenario);
  const other: Firewall = firewall === 'blocksDirect' ? 'allowsDirect' : 'blocksDirect';
  return differencesOf(resolveComplete({ ...expected.scenario, firewall: other }), observations).length > 0 ? firewall : undefined;
}

/** Every complete scenario still possible (remembered: a conversation asks about the same few many times). */
const completionsOf: (scenario: PartialScenario) => PartialScenario[] = boundedMemo(completions, scenarioKey, 1024);

export function triage(partial: PartialScenario, observations: readonly Observation[], options: TriageOptions = {}): Triage {
  const { scenario } = normalize(partial);
  const bases = completionsOf(scenario).map(basePoint);
  // An observation of a party no possible call has is ignored (the other party of a conference); one of a party some
  // calls have means one of those (the other party of a call: a peer-to-peer call).
  const kept = observations.filter((o) => bases.some((b) => legObserved(answerAt(b), o) !== undefined));
  const ignored = observations.filter((o) => !kept.includes(o));
  const outcomes = bases.filter((b) => hasParties(answerAt(b), kept)).map((b) => outcomeAt(b, kept));
  const matching = new Set(outcomes.map((o) => o.key === 'matches'));
  const common = {
    scenario: narrowed(scenario, outcomes),
    observations: kept,
    paths: kept.map((o) => possiblePaths(o, outcomes)),
    ignored,
    matches: matching.size === 1 ? [...matching][0] : null,
  };
  const consistent = outcomes.filter((o) => o.key === 'matches').map((o) => o.base.scenario);
  if (outcomes.length === 0) {
    return { ...common, kind: 'undetermined', consistent: [] };
  }
  if (new Set(outcomes.map((o) => o.key)).size > 1) {
    const unknown = options.unknown ?? [];
    const cases = outcomes.map((o) => ({ scenario: o.base.scenario, outcome: o.key }));
    const missing = separatingSlots(common.scenario, cases).filter((slot) => !unknown.includes(slot));
    return missing.length > 0 ? { ...common, kind: 'question', missing, consistent } : { ...common, kind: 'undetermined', consistent };
  }
  const { expected, outcome } = expectedFor(common.scenario, outcomes);
  const matches = outcome.finding.differences.length === 0;
  const matchesOnlyWith = matches ? firewallCondition(expected, kept) : undefined;
  return {
    ...common,
    kind: 'compared',
    expected,
    matches,
    differences: differencesOf(expected, kept),
    explanations: explanationsOf(outcome.finding),
    ...(matchesOnlyWith && { matchesOnlyWith }),
  };
}

// The explanation search for one complete scenario: which facts or assumptions, changed one at a time (two when one
// is not enough), make the article's rules give exactly what was observed. Sound by construction: a change is kept
// only when the answer it gives fits every observation.
import type { PrincipleNumber, Resolution } from '../types';
import { byLeg, documentedFits, expectedFits, legObserved, routesFit } from './observe';
import { DOCUMENTED, ruleFor } from './rules';
import { answerAt, basePoint, changesBetween, FACTS, neighboursOf, type Point } from './space';
import type { CheckId, Difference, Explanation, Fact, Ground, Observation } from './types';

/** The most facts an explanation changes. */
const MAX_CHANGES = 2;

/**
 * The observations the expected answer does not give: of each leg whose routes do not give all that was seen of it,
 * those no route gives (all of them when each fits a different route).
 */
export function differencesOf(expected: Resolution, observations: readonly Observation[]): Difference[] {
  return byLeg(observations).flatMap((group) => {
    const leg = legObserved(expected, group[0]);
    if (!leg || expectedFits(leg, group)) return [];
    const alone = group.filter((o) => !expectedFits(leg, [o]));
    return (alone.length > 0 ? alone : group).map((observation) => ({ observation, expected: leg }));
  });
}

/** Whether an answer gives every observation, by a route of each leg (or the table's word where they disagree). */
function fitsAll(r: Resolution, observations: readonly Observation[]): boolean {
  return byLeg(observations).every((group) => {
    const leg = legObserved(r, group[0]);
    return leg !== undefined && documentedFits(leg, group);
  });
}

const union = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

function explanationAt(base: Point, point: Point): Explanation {
  const changes = changesBetween(base, point);
  const rules = (Object.keys(changes) as Fact[]).map((fact) => ruleFor(fact, base.facts[fact], String(changes[fact])));
  return {
    changes,
    plausibility: rules.reduce((p, r) => p * r.weight, 1),
    checks: union<CheckId>(rules.map((r) => r.checks)),
    principles: union<PrincipleNumber>(rules.map((r) => r.principles)).sort(),
    grounds: uniqueGrounds(rules.flatMap((r) => r.grounds)),
    resolution: answerAt(point),
  };
}

function uniqueGrounds(grounds: readonly Ground[]): Ground[] {
  const seen = new Set<string>();
  return grounds.filter((g) => {
    const key = JSON.stringify(g);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Listed changes first by plausibility, then by how few they are, then in the facts' order. */
function byRank(a: Explanation, b: Explanation): number {
  const count = (e: Explanation) => Object.keys(e.changes).length;
  const order = (e: Explanation) => (Object.keys(e.changes) as Fact[]).map((f) => FACTS.indexOf(f)).join(',');
  return b.plausibility - a.plausibility || count(a) - count(b) || order(a).localeCompare(order(b));
}

/**
 * Where the article disagrees with itself (Cloud Connector row 1), what differs from the table's word may be what
 * its example flow describes: then that is the explanation, and no fault is looked for.
 */
function documentedExplanation(expected: Resolution, observations: readonly Observation[]): Explanation | undefined {
  const byRoute = byLeg(observations).every((group) => {
    const leg = legObserved(expected, group[0]);
    return leg !== undefined && routesFit(leg, group);
  });
  if (!byRoute || expected.examples.length === 0) return undefined;
  return {
    changes: {},
    documented: expected.examples[0],
    plausibility: DOCUMENTED.plausibility,
    checks: DOCUMENTED.checks,
    principles: [...expected.principles],
    grounds: [{ kind: 'example', example: expected.examples[0] }],
    resolution: expected,
  };
}

/** The points one change away (two when one is not enough) whose answers give every observation. */
function explainingPoints(base: Point, observations: readonly Observation[]): readonly Point[] {
  const byDistance = neighboursOf(base);
  for (let changes = 1; changes <= MAX_CHANGES; changes++) {
    const found = byDistance[changes].filter((point) => fitsAll(answerAt(point), observations));
    if (found.length > 0) return found;
  }
  return [];
}

/** What a complete scenario gives for the observations, before the explanations are written out. */
export interface Finding {
  base: Point;
  differences: Difference[];
  documented?: Explanation;
  /** Points whose answers give what was observed (none when nothing differs or the example flow explains it). */
  points: readonly Point[];
}

export function findExplanations(base: Point, observations: readonly Observation[]): Finding {
  const expected = answerAt(base);
  const differences = differencesOf(expected, observations);
  if (differences.length === 0) return { base, differences, points: [] };
  const documented = documentedExplanation(expected, observations);
  if (documented) return { base, differences, documented, points: [] };
  return { base, differences, points: explainingPoints(base, observations) };
}

/** A finding's changes, one string per explanation: what tells two findings apart. */
export function findingKey(finding: Finding): string {
  if (finding.differences.length === 0) return 'matches';
  if (finding.documented) return 'documented';
  return finding.points.map((p) => JSON.stringify(changesBetween(finding.base, p))).sort().join('|') || 'unexplained';
}

export function explanationsOf(finding: Finding): Explanation[] {
  if (finding.documented) return [finding.documented];
  return finding.points.map((point) => explanationAt(finding.base, point)).sort(byRank);
}

/**
 * The explanations of what was observed in a complete scenario, best first: empty when nothing differs, or when no
 * change of one or two facts gives every observation.
 */
export function explain(scenario: Resolution['scenario'], observations: readonly Observation[]): Explanation[] {
  return explanationsOf(findExplanations(basePoint(scenario), observations));
}

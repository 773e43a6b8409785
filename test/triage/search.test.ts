// The explanation search over its whole space: for every complete scenario (each firewall case) and every change of
// one fact or assumption, the observations the changed call gives are explained by that change (the search is
// complete), and every explanation it returns gives exactly what was observed, checked by re-deriving the changed
// call from the engine's public answer, not from the search's own points (it is sound).
import {
  byLeg,
  changesBetween,
  documentedFits,
  expectedFits,
  explain,
  legObserved,
  basePoint,
  completions,
  isApplicable,
  neighboursOf,
  normalize,
  resolveComplete,
  routeFits,
  routesOf,
  seenPaths,
  seenRelays,
  withExpressRouteUse,
  ASSUMED_EXPRESS_ROUTE_USE,
  SLOT_VALUES,
  type Changes,
  type Explanation,
  type Observation,
  type PartialScenario,
  type PathKind,
  type Point,
  type Resolution,
  type RouteChoice,
} from '../../src/engine';

const PATHS: readonly PathKind[] = ['local', 'expressRoute', 'internet'];

/** Every complete scenario as a ticket may describe it: without a firewall (the article's assumption), and with each one said. */
const bases: Point[] = completions({}).flatMap((s) => [
  basePoint(s),
  ...(isApplicable('firewall', s) ? SLOT_VALUES.firewall.map((firewall) => basePoint({ ...s, firewall })) : []),
]);

const name = (p: Pick<Point, 'scenario' | 'use'>) => `${JSON.stringify(p.scenario)} ${p.use}`;

/** What a trace of one route of a leg shows, as precisely as a trace could: each link seen, the links not seen, the Edge. */
function observationsOfRoute(traffic: 'signaling' | 'media', party: Observation['party'], choice: Pick<RouteChoice, 'route'>): Observation[] {
  const seen = seenPaths(choice);
  const edge = seenRelays(choice)[0] ?? false;
  return seen.map((path): Observation => ({ traffic, party, path, notPaths: PATHS.filter((p) => !seen.includes(p)), edge }));
}

/** Every observation a call gives: `every` route of each leg (alternatives too), or only the first route of each. */
function observationsOf(r: Resolution, routes: 'every' | 'first'): Observation[] {
  return (['signaling', 'media'] as const).flatMap((traffic) =>
    r[traffic].flatMap((leg) =>
      (routes === 'every' ? routesOf(leg) : [leg]).flatMap((choice) => observationsOfRoute(traffic, leg.party, choice)),
    ),
  );
}

/** The call an explanation describes, made from the engine's own answer for the changed scenario. */
function rederived(base: PartialScenario, changes: Changes): Resolution {
  const { expressRoute, ...slots } = changes;
  const { scenario, conflicts } = normalize({ ...base, ...slots });
  if (conflicts.length > 0) throw new Error(`changes ${JSON.stringify(changes)} conflict with ${JSON.stringify(base)}`);
  return withExpressRouteUse(resolveComplete(scenario), expressRoute ?? ASSUMED_EXPRESS_ROUTE_USE);
}

function unsound(base: PartialScenario, observations: readonly Observation[], explanations: readonly Explanation[]): string[] {
  return explanations.flatMap((e) => {
    const r = rederived(base, e.changes);
    const misfit = byLeg(observations).filter((group) => {
      const leg = legObserved(r, group[0]);
      return !leg || !documentedFits(leg, group);
    });
    const tooMany = Object.keys(e.changes).length > 2;
    return misfit.length > 0 || tooMany ? [`${JSON.stringify(base)} ${JSON.stringify(e.changes)} does not give ${JSON.stringify(misfit)}`] : [];
  });
}

/** Whether the expected answer already gives an observation (then there is nothing to explain). */
const expectedGives = (r: Resolution, o: Observation) => {
  const leg = legObserved(r, o);
  return leg !== undefined && expectedFits(leg, [o]);
};
/** Whether the example flow's route gives it where the table says otherwise (the documented explanation). */
const routeGives = (r: Resolution, o: Observation) => routesOf(legObserved(r, o)!).some((c) => routeFits(c, o));

describe('the explanation search', () => {
  it('covers every complete scenario and every change of one fact', () => {
    expect(bases.length).toBeGreaterThan(90);
    const singles = bases.flatMap((b) => neighboursOf(b)[1]);
    // Each of the eight facts is changed somewhere, and every way ExpressRoute may not carry the traffic.
    const changed = new Set(bases.flatMap((b) => neighboursOf(b)[1].flatMap((p) => Object.entries(changesBetween(b, p)).map(([f, v]) => `${f}=${v}`))));
    expect([...changed].sort()).toEqual(
      expect.arrayContaining([
        'location=internet', 'location=customerNetwork', 'expressRoute=bypassed', 'expressRoute=bypassedForSignaling',
        'expressRoute=bypassedForMedia', 'firewall=allowsDirect', 'firewall=blocksDirect', 'organizer=online',
        'organizer=onPremises', 'organizer=otherCompany', 'peer=internet', 'peer=federated', 'peer=customerNetwork',
        'homing=onPremises', 'homing=online', 'peerHoming=onPremises', 'peerHoming=online', 'deployment=hybrid',
        'deployment=online', 'deployment=cloudConnector',
      ]),
    );
    // The call type is what the ticket is about: never changed.
    expect([...changed].filter((c) => c.startsWith('callType'))).toEqual([]);
    expect(singles.length).toBeGreaterThan(bases.length * 5);
  });

  it('is complete: a change of one fact is found from what it gives, one observation at a time and all at once', () => {
    const missed: string[] = [];
    let cases = 0;
    for (const base of bases) {
      const expected = resolveComplete(base.scenario);
      for (const point of neighboursOf(base)[1]) {
        const changes = changesBetween(base, point);
        const changed = withExpressRouteUse(resolveComplete(point.scenario), point.use);
        const differs = (o: Observation) => !expectedGives(expected, o) && !routeGives(expected, o);
        const alone = observationsOf(changed, 'every').filter(differs);
        const together = observationsOf(changed, 'first');
        const sets = [...alone.map((o) => [o]), ...(together.some(differs) ? [together] : [])];
        // What the base's own example flow gives is explained by it (the documented contradiction), not by a change.
        for (const observations of sets) {
          cases += 1;
          const found = explain(base.scenario, observations);
          if (!found.some((e) => JSON.stringify(e.changes) === JSON.stringify(changes))) {
            missed.push(`${name(base)} -> ${JSON.stringify(changes)} from ${JSON.stringify(observations)}: ${JSON.stringify(found.map((e) => e.changes))}`);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    expect(cases).toBeGreaterThan(1000);
  });

  it('is sound: every explanation, re-derived from the engine, gives every observation, and changes at most two facts', () => {
    const problems: string[] = [];
    for (const base of bases) {
      const near = [...neighboursOf(base)[1], ...neighboursOf(base)[2]];
      for (const point of near) {
        const observations = observationsOf(answerOf(point), 'first');
        for (const o of observations) problems.push(...unsound(base.scenario, [o], explain(base.scenario, [o])));
        problems.push(...unsound(base.scenario, observations, explain(base.scenario, observations)));
      }
    }
    expect(problems).toEqual([]);
  });
});

function answerOf(point: Point): Resolution {
  return withExpressRouteUse(resolveComplete(point.scenario), point.use);
}

// The answers without our ExpressRoute ("what if we had no ER?"), over every consistent full scenario of the askable
// slots: each hop of our circuit (one that starts or ends in your network) is an Internet hop instead, what stays in
// your network stays there, and the answer is always marked derived (the article documents no call without it, only
// its "over ExpressRoute, if available"). Each property collects every violation, so a failure lists the scenarios.
import { ASKABLE_SLOTS, SLOT_VALUES, advise, resolve, routesOf, type Area, type PartialScenario, type Resolution, type RouteChoice } from '../../src/engine';
import { answerWithoutExpressRoute } from '../../src/present';

function assignments(): PartialScenario[] {
  let out: PartialScenario[] = [{}];
  for (const slot of ASKABLE_SLOTS) out = out.flatMap((s) => SLOT_VALUES[slot].map((value) => ({ ...s, [slot]: value })));
  return out;
}

const answers = assignments()
  .filter((s) => advise(s).conflicts.length === 0)
  .flatMap((s) => [...SLOT_VALUES.firewall].map((firewall) => resolve({ ...s, firewall })))
  .filter((r): r is Resolution => r !== undefined);

const choicesOf = (r: Resolution): RouteChoice[] => [...r.signaling, ...r.media].flatMap(routesOf);

/** Whether a route crosses ExpressRoute into or out of your network (ours; another organization's is theirs). */
function crossesOurs(areas: readonly Area[]): boolean {
  return areas.some((area, i) => area === 'expressRoute' && (areas[i - 1] === 'yourNetwork' || areas[i + 1] === 'yourNetwork'));
}

it('covers answers that cross our ExpressRoute', () => {
  expect(answers.length).toBeGreaterThan(100);
  expect(answers.some((r) => choicesOf(r).some((c) => crossesOurs(c.areas)))).toBe(true);
});

it('no route crosses our ExpressRoute without it', () => {
  const violations = answers.filter((r) => choicesOf(answerWithoutExpressRoute(r)).some((c) => crossesOurs(c.areas)));
  expect(violations.slice(0, 20).map((r) => JSON.stringify(r.scenario))).toEqual([]);
});

// A local path keeps its word; its route is unchanged unless it crossed our ExpressRoute (Cloud Connector row 1's
// signaling: the table says local, the example flow turns around in the cloud; both are shown, as with it).
it('what stays in your network stays there, route for route', () => {
  const violations = answers.filter((r) => {
    const after = choicesOf(answerWithoutExpressRoute(r));
    return choicesOf(r).some(
      (c, i) => (c.path === 'local' && after[i].path !== 'local') || (!crossesOurs(c.areas) && JSON.stringify(after[i].route) !== JSON.stringify(c.route)),
    );
  });
  expect(violations.slice(0, 20).map((r) => JSON.stringify(r.scenario))).toEqual([]);
});

it('a path that crossed our ExpressRoute is said to be on the Internet', () => {
  const violations = answers.filter((r) => {
    const after = choicesOf(answerWithoutExpressRoute(r));
    return choicesOf(r).some((c, i) => c.path === 'expressRoute' && crossesOurs(c.areas) && !after[i].areas.includes('expressRoute') && after[i].path !== 'internet');
  });
  expect(violations.slice(0, 20).map((r) => JSON.stringify(r.scenario))).toEqual([]);
});

it('is always derived, never documented', () => {
  expect(answers.filter((r) => !answerWithoutExpressRoute(r).derived)).toEqual([]);
});

// The space the explanation search walks: every complete scenario of the same call (each firewall case), under each
// way ExpressRoute may be used, as the facts it states. Two points differ by the facts that differ; an explanation is a
// point one or two facts away from the call as described.
import { assumedFirewall, completions, effectiveFirewall, impliedValue, isApplicable, scenarioKey } from '../domain';
import { ASSUMED_EXPRESS_ROUTE_USE, EXPRESS_ROUTE_USES, withExpressRouteUse, type ExpressRouteUse } from '../expressRoute';
import { resolveComplete } from '../resolve';
import { SLOT_VALUES, type CallType, type PartialScenario, type Resolution, type SlotName } from '../types';
import type { Changes, Fact } from './types';

const SLOTS = Object.keys(SLOT_VALUES) as SlotName[];

/** The facts an explanation may change, in the order changes are listed. The call type is what the ticket is about. */
export const FACTS: readonly Fact[] = ['location', 'expressRoute', 'firewall', 'organizer', 'peer', 'homing', 'peerHoming', 'deployment'];

/** A complete scenario and how ExpressRoute is used, with every fact it implies (every Online user is homed Online). */
export interface Point {
  scenario: PartialScenario;
  use: ExpressRouteUse;
  facts: Readonly<Partial<Record<Fact, string>>>;
  /** The facts in the order of FACTS (the search compares a few hundred points a question). */
  values: readonly (string | undefined)[];
  /** The firewall the article assumes for this scenario. */
  assumedFirewall: string;
  /**
   * Whether the firewall is a fact said about the call. When it is not, the article's assumption holds wherever the
   * call is moved: the user found at home meets the firewall the article assumes there, which is no second change.
   */
  firewallSaid: boolean;
}

const FIREWALL_INDEX = FACTS.indexOf('firewall');

export function pointOf(scenario: PartialScenario, use: ExpressRouteUse, firewallSaid = scenario.firewall !== undefined): Point {
  const facts: Partial<Record<Fact, string>> = { expressRoute: use };
  for (const slot of SLOTS) {
    const value = slot === 'firewall' ? (isApplicable('firewall', scenario) ? effectiveFirewall(scenario) : undefined) : (scenario[slot] ?? impliedValue(slot, scenario));
    if (value !== undefined) facts[slot] = value;
  }
  return { scenario, use, facts, values: FACTS.map((fact) => facts[fact]), assumedFirewall: assumedFirewall(scenario), firewallSaid };
}

/**
 * Whether the fact at `index` differs between two points. A firewall nobody said anything about (or that does not
 * apply to the call described) differs only where it is not what the article assumes for the other point.
 */
function differs(index: number, from: Point, to: Point): boolean {
  const before = from.values[index];
  const after = to.values[index];
  if (after === undefined) return false;
  if (index === FIREWALL_INDEX && (before === undefined || !from.firewallSaid)) return after !== to.assumedFirewall;
  return before !== after;
}

/** How many facts differ between two points. */
export function distance(from: Point, to: Point): number {
  let n = 0;
  for (let i = 0; i < FACTS.length; i++) if (differs(i, from, to)) n += 1;
  return n;
}

/** The facts that differ between two points, with the values they have at `to`. */
export function changesBetween(from: Point, to: Point): Changes {
  const changes: Record<string, string> = {};
  FACTS.forEach((fact, i) => {
    if (differs(i, from, to)) changes[fact] = to.values[i] as string;
  });
  return changes as Changes;
}

/** Every complete scenario, with both firewall cases where a firewall applies. */
function allScenarios(): PartialScenario[] {
  return completions({}).flatMap((s) =>
    isApplicable('firewall', s) ? SLOT_VALUES.firewall.map((firewall): PartialScenario => ({ ...s, firewall })) : [s],
  );
}

interface Space {
  byCallType: Map<CallType | undefined, Point[]>;
  /**
   * Each scenario as described, with the article's assumption that ExpressRoute carries its traffic: by its key with
   * the firewall in effect, and whether the firewall was said.
   */
  described: Map<string, Point>;
}

let space: Space | undefined;

/** The key of a complete scenario with the firewall in effect, however it was said. */
function keyInEffect(scenario: PartialScenario): string {
  return scenarioKey(isApplicable('firewall', scenario) ? { ...scenario, firewall: effectiveFirewall(scenario) } : scenario);
}

function spaceOf(): Space {
  if (space) return space;
  const made: Space = { byCallType: new Map(), described: new Map() };
  for (const scenario of allScenarios()) {
    const list = made.byCallType.get(scenario.callType) ?? [];
    for (const use of EXPRESS_ROUTE_USES) list.push(pointOf(scenario, use));
    made.byCallType.set(scenario.callType, list);
    made.described.set(`${keyInEffect(scenario)}|true`, pointOf(scenario, ASSUMED_EXPRESS_ROUTE_USE, true));
  }
  // Described without a firewall: the article's assumption, and the answer's notes say it was assumed.
  for (const scenario of completions({})) {
    made.described.set(`${keyInEffect(scenario)}|false`, pointOf(scenario, ASSUMED_EXPRESS_ROUTE_USE, false));
  }
  space = made;
  // Everything a question reads, made now (about 10 ms, once): each call as described with its neighbours, and the
  // answer at every point, so no question pays for what the first one would.
  for (const base of made.described.values()) neighboursOf(base);
  for (const list of made.byCallType.values()) list.forEach(answerAt);
  return made;
}

/** Every point of the space for one call type (a few hundred in all, made once). */
export function pointsFor(callType: CallType | undefined): readonly Point[] {
  return spaceOf().byCallType.get(callType) ?? [];
}

const neighbours = new WeakMap<Point, readonly (readonly Point[])[]>();

/** The points of the same call `n` facts away from a point, for n = 0, 1, 2 (made once per point). */
export function neighboursOf(base: Point): readonly (readonly Point[])[] {
  let byDistance = neighbours.get(base);
  if (!byDistance) {
    const lists: Point[][] = [[], [], []];
    for (const point of pointsFor(base.scenario.callType)) {
      const n = distance(base, point);
      if (n < lists.length) lists[n].push(point);
    }
    byDistance = lists;
    neighbours.set(base, byDistance);
  }
  return byDistance;
}

/** A complete scenario as described: the article's assumption that ExpressRoute carries its traffic. */
export function basePoint(scenario: PartialScenario): Point {
  const said = scenario.firewall !== undefined;
  return spaceOf().described.get(`${keyInEffect(scenario)}|${said}`) ?? pointOf(scenario, ASSUMED_EXPRESS_ROUTE_USE, said);
}

const answers = new WeakMap<Point, Resolution>();

/** The answer at a point: the article's, with ExpressRoute used as the point says (remembered with the point). */
export function answerAt(point: Point): Resolution {
  let answer = answers.get(point);
  if (!answer) {
    answer = withExpressRouteUse(resolveComplete(point.scenario), point.use);
    answers.set(point, answer);
  }
  return answer;
}

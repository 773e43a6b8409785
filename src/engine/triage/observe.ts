// Whether a route gives what was observed. Routes are compared, not path words: an observed Internet leg fits a
// route that crosses the Internet anywhere on the party's side (bk_Figure5's Internet hop to your on-premises Edge
// before ExpressRoute), and a route that also crosses ExpressRoute fits "ExpressRoute" seen on its other leg.
import { SERVER_AREA } from '../facts';
import { areaOfStop, isClientStop, labelFits, routesOf, type ClientZones } from '../routes';
import { isRelay, type Hop, type Leg, type PathKind, type Relay, type Resolution, type RouteChoice, type Server } from '../types';
import { PATH_KINDS } from './codes';
import type { Observation } from './types';


/**
 * The hops a party's own side of the call carries: the whole route, except the last hop of a peer-to-peer route from
 * an Online Edge on to the other client. That hop is the other party's traffic (its own route reaches the same Edge),
 * as the tables say: in Online row 2 the internal user's media is "ExpressRoute" and the external user's "Internet",
 * both relayed by one Online Edge. An Edge in your network is yours, so what it sends on is still your side's traffic
 * (Hybrid row 3: "Internet" through the on-premises Edge).
 */
export function ownHops(choice: Pick<RouteChoice, 'route'>): readonly Hop[] {
  const { route } = choice;
  const last = route[route.length - 1];
  const before = route.length > 1 ? route[route.length - 2].to : undefined;
  const fromCloud = before !== undefined && !isClientStop(before) && SERVER_AREA[before as Server] === 'microsoftNetwork';
  return isClientStop(last.to) && fromCloud ? route.slice(0, -1) : route;
}

interface Seen {
  paths: PathKind[];
  relays: Relay[];
}

/** What each route's side shows, remembered with the route (answers are shared and frozen, and read many times). */
const seenOnRoute = new WeakMap<object, Seen>();

function seenOf(choice: Pick<RouteChoice, 'route'>): Seen {
  let seen = seenOnRoute.get(choice.route);
  if (!seen) {
    const hops = ownHops(choice);
    const crossed = new Set<PathKind>();
    for (const hop of hops) if (hop.over === 'internet' || hop.over === 'expressRoute') crossed.add(hop.over);
    seen = { paths: crossed.size === 0 ? ['local'] : [...crossed], relays: hops.flatMap((hop) => (isRelay(hop.to) ? [hop.to] : [])) };
    seenOnRoute.set(choice.route, seen);
  }
  return seen;
}

/** The path words an observer of the party's side can see on a route: the links crossed, or `local` when none is. */
export function seenPaths(choice: Pick<RouteChoice, 'route'>): readonly PathKind[] {
  return seenOf(choice).paths;
}

/** The Edges that relay the party's side of a route. */
export function seenRelays(choice: Pick<RouteChoice, 'route'>): readonly Relay[] {
  return seenOf(choice).relays;
}

function edgeFits(relays: readonly Relay[], edge: Observation['edge']): boolean {
  if (edge === undefined) return true;
  if (edge === true) return relays.length > 0;
  if (edge === false) return relays.length === 0;
  return relays.includes(edge);
}

function pathsFit(paths: readonly PathKind[], o: Observation): boolean {
  return (o.path === undefined || paths.includes(o.path)) && !(o.notPaths ?? []).some((p) => paths.includes(p));
}

/** Whether a route gives what was observed. */
export function routeFits(choice: Pick<RouteChoice, 'route'>, o: Observation): boolean {
  return pathsFit(seenPaths(choice), o) && edgeFits(seenRelays(choice), o.edge);
}

/** Whether the table's word for a leg (and the Edge it names) gives what was observed. */
function wordFits(leg: Leg, o: Observation): boolean {
  return pathsFit([leg.path], o) && edgeFits(leg.via ? [leg.via] : [], o.edge);
}

/**
 * Whether what was observed of one leg is what the article says for it: one route it may take gives every
 * observation (two observations of one leg describe one route), except where the table's word and the example
 * flow's route disagree (Cloud Connector row 1's signaling): there the table is what the article answers with, so
 * only its word matches, and the example's route is an explanation of its own.
 */
export function expectedFits(leg: Leg, observed: readonly Observation[]): boolean {
  return labelFits(leg) ? routesFit(leg, observed) : observed.every((o) => wordFits(leg, o));
}

/** Whether one route the leg may take gives every observation of it. */
export function routesFit(leg: Leg, observed: readonly Observation[]): boolean {
  return routesOf(leg).some((choice) => observed.every((o) => routeFits(choice, o)));
}

/** Whether a description the article gives of a leg (a route, or where they disagree the table's word) gives every observation of it. */
export function documentedFits(leg: Leg, observed: readonly Observation[]): boolean {
  return routesFit(leg, observed) || observed.every((o) => wordFits(leg, o));
}

/** The leg an observation is about, as a key: its party's traffic. */
export const legKey = (o: Pick<Observation, 'traffic' | 'party'>): string => `${o.traffic}|${o.party}`;

/** Observations given again for a leg replace what was said of it before; the others are kept, the given ones last. */
export function replacingLegs(earlier: readonly Observation[], given: readonly Observation[]): Observation[] {
  const legs = new Set(given.map(legKey));
  return [...earlier.filter((o) => !legs.has(legKey(o))), ...given];
}

/** The observations grouped by the leg they are about, in order. */
export function byLeg(observations: readonly Observation[]): Observation[][] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = legKey(o);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.values()];
}

/** The leg an observation is about, if the call has that party. */
export function legObserved(r: Pick<Resolution, 'signaling' | 'media'>, o: Observation): Leg | undefined {
  return r[o.traffic].find((leg) => leg.party === o.party);
}


/**
 * The paths an observation leaves possible ("not over ExpressRoute" leaves local and the Internet): the one seen, or
 * every path not denied; without `local` when the leg cannot stay in your network (a client outside it, or traffic
 * that ends outside it), so "not over ExpressRoute" for a client in the office calling the cloud is the Internet.
 */
export function pathsObserved(o: Observation, leg?: Leg, zones?: ClientZones): PathKind[] {
  if (o.path !== undefined) return [o.path];
  const left = PATH_KINDS.filter((p) => !(o.notPaths ?? []).includes(p));
  if (!leg || !zones) return left;
  const staysPossible = routesOf(leg).some((choice) => areaOfStop(choice.route[choice.route.length - 1].to, zones) === 'yourNetwork') && leg.from === 'yourNetwork';
  return staysPossible ? left : left.filter((p) => p !== 'local');
}

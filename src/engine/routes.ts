// Routes are data (types.ts Hop, Route); these small pure functions read them: where a stop is, the areas a route
// crosses, whether it crosses a segment, whether a path word fits it, and what would make it impossible.
import { AREA_BORDERS, SERVER_AREA } from './facts';
import type { Area, ClientStop, Leg, PartyId, PathKind, Route, RouteChoice, SegmentId, Stop, Zone } from './types';

/** Where each party's client is in a scenario (derive.ts clientZones). */
export type ClientZones = Readonly<Record<PartyId, Zone>>;

export function clientStop(party: PartyId): ClientStop {
  return `client.${party}`;
}

export function isClientStop(stop: Stop): stop is ClientStop {
  return stop.startsWith('client.');
}

export function areaOfStop(stop: Stop, zones: ClientZones): Area {
  return isClientStop(stop) ? zones[stop.slice('client.'.length) as PartyId] : SERVER_AREA[stop];
}

/** The boxes a route visits after the client, in order. */
export function stopsOf(route: Route): Stop[] {
  return route.map((hop) => hop.to);
}

/** The areas a route crosses, from the client's: each hop's segment, then the area of the box it reaches, no repeats. */
export function areasOf(from: Zone, route: Route, zones: ClientZones): Area[] {
  const areas: Area[] = [from];
  const enter = (area: Area) => {
    if (areas[areas.length - 1] !== area) areas.push(area);
  };
  for (const hop of route) {
    enter(hop.over);
    enter(areaOfStop(hop.to, zones));
  }
  return areas;
}

export function crosses(choice: Pick<RouteChoice, 'areas'>, segment: SegmentId): boolean {
  return choice.areas.includes(segment);
}

/** The first route of a leg, then its alternatives. */
export function routesOf(leg: Leg): RouteChoice[] {
  return [leg, ...(leg.alternatives?.routes ?? [])];
}

/**
 * Whether a path word fits a route: "local" stays in your network; "ExpressRoute" and "Internet" are crossed. False
 * only where the article's table and its example flow disagree (Cloud Connector row 1's signaling).
 */
export function labelFits(choice: Pick<RouteChoice, 'path' | 'areas'>): boolean {
  const path: PathKind = choice.path;
  switch (path) {
    case 'local':
      return choice.areas.every((area) => area === 'yourNetwork');
    case 'expressRoute':
    case 'internet':
      return choice.areas.includes(path);
  }
}

const touches = (a: Area, b: Area) => AREA_BORDERS.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** Where your network meets the other areas a route passes from or to (the borders your firewall sees). */
function yourNetworkBorders(areas: readonly Area[]): Set<Area> {
  const borders = new Set<Area>();
  areas.forEach((area, i) => {
    if (area !== 'yourNetwork') return;
    if (i > 0) borders.add(areas[i - 1]);
    if (i < areas.length - 1) borders.add(areas[i + 1]);
  });
  return borders;
}

/**
 * Whether one flow enters or leaves your network both from the Internet and over ExpressRoute: the case the article's
 * asymmetric-routing caveat warns about (a stateful firewall can drop the return path).
 */
export function mixesInternetAndExpressRoute(choice: Pick<RouteChoice, 'areas'>): boolean {
  const borders = yourNetworkBorders(choice.areas);
  return borders.has('internet') && borders.has('expressRoute');
}

/**
 * What would make a route impossible, as sentences for a developer (empty when it is possible): areas crossed in a
 * row must touch, and a hop inside one network (your network, the Microsoft network) must start in it.
 */
export function routeProblems(from: Zone, route: Route, zones: ClientZones): string[] {
  const problems: string[] = [];
  let here: Area = from;
  route.forEach((hop, i) => {
    if ((hop.over === 'yourNetwork' || hop.over === 'microsoftNetwork') && here !== hop.over) {
      problems.push(`hop ${i + 1} crosses ${hop.over} from ${here}`);
    }
    here = areaOfStop(hop.to, zones);
  });
  const areas = areasOf(from, route, zones);
  areas.slice(1).forEach((area, i) => {
    if (!touches(areas[i], area)) problems.push(`${areas[i]} does not touch ${area}`);
  });
  return problems;
}

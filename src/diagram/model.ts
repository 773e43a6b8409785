// What a diagram shows for one answer, before any geometry: which boxes, and one line for every route a party's
// traffic may take (the first, then its alternatives), drawn from the engine's route data: the areas it crosses and
// the boxes it stops at are the route's own, so the picture says exactly what the words say.
import { isClientStop, stopsOf, type ClientZones } from '../engine/routes';
import { SERVER_AREA } from '../engine/facts';
import type { Leg, Resolution, RouteChoice, TrafficType } from '../engine/types';
import { NODE_ORDER, type Area, type NodeId, type OtherNetwork } from './catalog';

/** A route that was observed (the triage's), drawn over the answer's routes in its own colour. */
export interface ObservedRoute {
  traffic: TrafficType;
  leg: Leg;
  choice: RouteChoice;
  /** Where each party's client is in the call that gives this route (a client found on the Internet, say). */
  zones: ClientZones;
}

export interface LegPlan {
  /** 0-based, signaling first, each leg's alternatives right after it; the badge shows index + 1. */
  index: number;
  traffic: TrafficType;
  leg: Leg;
  /** The route drawn: the leg's first route, or one of its alternatives. */
  choice: RouteChoice;
  /** 0 for the first route, 1.. for the alternatives. */
  alternative: number;
  /** A route that was observed rather than one the article gives. */
  observed: boolean;
  /** The areas the route crosses, in order. */
  route: readonly Area[];
  /** The boxes the line visits in order: the party's client, then every box the route reaches. */
  stops: NodeId[];
  /** For each area of the route that is a band (the Internet, ExpressRoute), the lane this pass along it takes. */
  lanes: number[];
}

export interface Plan {
  legs: LegPlan[];
  /** Every box drawn, with its area, in drawing order. */
  nodes: { id: NodeId; area: Area }[];
  otherNetwork: OtherNetwork | undefined;
  /** Lanes along each band: one per pass, so a route that crosses a band twice never runs over itself. */
  laneCount: number;
}

const BANDS: readonly Area[] = ['internet', 'expressRoute'];

/** Every route of an answer, in drawing order, with its traffic type; then the observed routes. */
function routesToDraw(r: Resolution, observed: readonly ObservedRoute[]): Omit<LegPlan, 'index' | 'lanes'>[] {
  const tagged = [
    ...r.signaling.map((leg) => ({ leg, traffic: 'signaling' as const })),
    ...r.media.map((leg) => ({ leg, traffic: 'media' as const })),
  ];
  return tagged.flatMap(({ leg, traffic }) =>
    [leg, ...(leg.alternatives?.routes ?? [])].map((choice, alternative) => ({
      traffic,
      leg,
      choice,
      alternative,
      observed: false,
      route: choice.areas,
      stops: [`client.${leg.party}` as const, ...stopsOf(choice.route)],
    })),
  ).concat(
    observed.map(({ traffic, leg, choice }) => ({
      traffic,
      leg,
      choice,
      alternative: 0,
      observed: true,
      route: choice.areas,
      stops: [`client.${leg.party}` as const, ...stopsOf(choice.route)],
    })),
  );
}

export function planDiagram(r: Resolution, observed: readonly ObservedRoute[] = []): Plan {
  const passes = new Map<Area, number>();
  const legs: LegPlan[] = routesToDraw(r, observed).map((plan, index) => ({
    ...plan,
    index,
    lanes: plan.route.map((area) => {
      if (!BANDS.includes(area)) return -1;
      const lane = passes.get(area) ?? 0;
      passes.set(area, lane + 1);
      return lane;
    }),
  }));

  // Clients sit where the call is said to have them; an observed route from elsewhere starts at the same box.
  const areas = new Map<NodeId, Area>();
  for (const { leg } of legs.filter((l) => !l.observed)) areas.set(`client.${leg.party}`, leg.from);
  for (const plan of legs) {
    for (const stop of plan.stops) {
      if (!areas.has(stop) && !isClientStop(stop)) areas.set(stop, SERVER_AREA[stop]);
    }
  }
  const nodes = NODE_ORDER.filter((id) => areas.has(id)).map((id) => ({ id, area: areas.get(id) as Area }));
  const allAreas = new Set<Area>([...legs.flatMap((l) => l.route), ...nodes.map((n) => n.area)]);
  const otherNetwork = allAreas.has('federatedNetwork')
    ? 'federatedNetwork'
    : allAreas.has('otherCompanyNetwork')
      ? 'otherCompanyNetwork'
      : undefined;
  return { legs, nodes, otherNetwork, laneCount: Math.max(1, legs.length, ...passes.values()) };
}

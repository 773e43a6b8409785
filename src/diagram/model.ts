// What a diagram shows for one answer, before any geometry: which boxes, and for each leg the areas it crosses and
// the boxes it stops at (its client, the Edge that relays it, where it ends).
import type { Leg, PartyId, Resolution, TrafficType } from '../engine/types';
import { isClient, NODE_ORDER, SERVER_AREA, type Area, type NodeId, type OtherNetwork } from './catalog';

export interface LegPlan {
  /** 0-based, signaling legs first; the badge shows index + 1. */
  index: number;
  traffic: TrafficType;
  leg: Leg;
  /** The leg's route without repeats. */
  route: Area[];
  /** The boxes the leg visits in order: its client, the relay if any, where it ends. */
  stops: NodeId[];
}

export interface Plan {
  legs: LegPlan[];
  /** Every box drawn, with its area, in drawing order. */
  nodes: { id: NodeId; area: Area }[];
  otherNetwork: OtherNetwork | undefined;
}

const OTHER_PARTY: Record<PartyId, PartyId> = { user: 'peer', peer: 'user', attendees: 'attendees' };

function clientOf(party: PartyId): NodeId {
  return `client.${party}`;
}

function withoutRepeats(route: readonly Area[]): Area[] {
  return route.filter((area, i) => i === 0 || area !== route[i - 1]);
}

/** Where a leg ends: its target, or for a peer-to-peer leg the relaying Edge, else the other party's client. */
function endOf(leg: Leg): NodeId {
  if (leg.to !== 'peer') return leg.to;
  return leg.via ?? clientOf(OTHER_PARTY[leg.party]);
}

export function planDiagram(r: Resolution): Plan {
  const tagged = [
    ...r.signaling.map((leg) => ({ leg, traffic: 'signaling' as const })),
    ...r.media.map((leg) => ({ leg, traffic: 'media' as const })),
  ];
  const legs: LegPlan[] = tagged.map(({ leg, traffic }, index) => {
    const end = endOf(leg);
    const stops: NodeId[] = [clientOf(leg.party)];
    if (leg.via && leg.via !== end) stops.push(leg.via);
    stops.push(end);
    return { index, traffic, leg, route: withoutRepeats(leg.route), stops };
  });

  const areas = new Map<NodeId, Area>();
  for (const { leg } of tagged) areas.set(clientOf(leg.party), leg.from);
  for (const plan of legs) {
    for (const stop of plan.stops) {
      // A client that only appears as an end sits where the route ends.
      if (!areas.has(stop)) areas.set(stop, isClient(stop) ? plan.route[plan.route.length - 1] : SERVER_AREA[stop]);
    }
  }
  const nodes = NODE_ORDER.filter((id) => areas.has(id)).map((id) => ({ id, area: areas.get(id) as Area }));
  const allAreas = new Set<Area>([...legs.flatMap((l) => l.route), ...nodes.map((n) => n.area)]);
  const otherNetwork = allAreas.has('federatedNetwork')
    ? 'federatedNetwork'
    : allAreas.has('otherCompanyNetwork')
      ? 'otherCompanyNetwork'
      : undefined;
  return { legs, nodes, otherNetwork };
}

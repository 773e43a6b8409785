// What a diagram can show, as data: the areas, the boxes (clients and servers) and where each sits, and the
// colours. Labels live in locales/ under `diagram`.
import { SEGMENTS } from '../engine/facts';
import { isClientStop } from '../engine/routes';
import type { Area, ClientStop, PartyId, SegmentId, Stop, TrafficType } from '../engine/types';

export type { Area };

/** Another organization's network, drawn between yours and Microsoft's when a leg involves it. */
export type OtherNetwork = Exclude<Area, SegmentId>;

export function isSegment(area: Area): area is SegmentId {
  return (SEGMENTS as readonly Area[]).includes(area);
}

/** A box in the diagram: every stop a route can reach (engine/types.ts Stop). */
export type NodeId = Stop;

export function isClient(id: NodeId): id is ClientStop {
  return isClientStop(id);
}

/** Left-to-right order of boxes inside an area: clients first, Edge servers next to the servers they front. */
export const NODE_ORDER: readonly NodeId[] = [
  'client.user',
  'client.peer',
  'client.attendees',
  'onPremFrontEnd',
  'onPremConferencing',
  'onPremPstnGateway',
  'onPremEdge',
  'cloudConnectorEdge',
  'cloudConnector',
  'onlineEdge',
  'onlineFrontEnd',
  'onlineConferencing',
  'phoneSystem',
  'otherCompanyServer',
  'broadcastService',
];

/** Dark enough for 4.5:1 contrast on every zone fill; parties are also told apart by numbered badges and the key. */
export const PARTY_COLOR: Record<PartyId, string> = {
  user: '#0b57a4',
  peer: '#a8400a',
  attendees: '#6a2c91',
};

/** What was observed (the triage's diagram): red, drawn over the article's routes, told apart by the key too. */
export const OBSERVED_COLOR = '#b3261e';

export const AREA_STYLE: Record<Area, { fill: string; stroke: string }> = {
  yourNetwork: { fill: '#edf6ee', stroke: '#4e8a56' },
  internet: { fill: '#f2f2f2', stroke: '#8a8a8a' },
  expressRoute: { fill: '#fff5d9', stroke: '#b08a1e' },
  microsoftNetwork: { fill: '#eaf2fb', stroke: '#4f7fb5' },
  federatedNetwork: { fill: '#f6eefa', stroke: '#8a5aa8' },
  otherCompanyNetwork: { fill: '#f6eefa', stroke: '#8a5aa8' },
};

/**
 * How a line is dashed: signaling dashed, media solid; an alternative route dotted in its traffic's manner, so the
 * first route stays the one that stands out.
 */
export const DASH: Record<TrafficType, { first: string | undefined; alternative: string }> = {
  signaling: { first: '9 6', alternative: '9 4 2 4' },
  media: { first: undefined, alternative: '2 5' },
};

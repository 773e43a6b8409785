// What a diagram can show, as data: the areas, the boxes (clients and servers) and where each sits, and the
// colours. Labels live in locales/ under `diagram`.
import { SEGMENTS } from '../engine/facts';
import type { Leg, PartyId, Relay, SegmentId, Target } from '../engine/types';

/** An area a path can cross: the four segments plus another organization's network. */
export type Area = Leg['route'][number];

/** Another organization's network, drawn between yours and Microsoft's when a leg involves it. */
export type OtherNetwork = Exclude<Area, SegmentId>;

export function isSegment(area: Area): area is SegmentId {
  return (SEGMENTS as readonly Area[]).includes(area);
}

export type ServerId = Exclude<Target, 'peer'> | Relay;
export type ClientId = `client.${PartyId}`;
export type NodeId = ClientId | ServerId;

export function isClient(id: NodeId): id is ClientId {
  return id.startsWith('client.');
}

export const SERVER_AREA: Record<ServerId, Area> = {
  onPremFrontEnd: 'yourNetwork',
  onPremConferencing: 'yourNetwork',
  onPremPstnGateway: 'yourNetwork',
  onPremEdge: 'yourNetwork',
  cloudConnectorEdge: 'yourNetwork',
  cloudConnector: 'yourNetwork',
  onlineEdge: 'microsoftNetwork',
  onlineFrontEnd: 'microsoftNetwork',
  onlineConferencing: 'microsoftNetwork',
  phoneSystem: 'microsoftNetwork',
  otherCompanyServer: 'otherCompanyNetwork',
  broadcastService: 'internet',
};

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

export const AREA_STYLE: Record<Area, { fill: string; stroke: string }> = {
  yourNetwork: { fill: '#edf6ee', stroke: '#4e8a56' },
  internet: { fill: '#f2f2f2', stroke: '#8a8a8a' },
  expressRoute: { fill: '#fff5d9', stroke: '#b08a1e' },
  microsoftNetwork: { fill: '#eaf2fb', stroke: '#4f7fb5' },
  federatedNetwork: { fill: '#f6eefa', stroke: '#8a5aa8' },
  otherCompanyNetwork: { fill: '#f6eefa', stroke: '#8a5aa8' },
};

export const SIGNALING_DASH = '9 6';

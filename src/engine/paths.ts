// The building blocks of every answer: how a client in a zone reaches a box, as a path word and a route (the hops
// its traffic takes). derive.ts applies the principles with them; routes.ts reads what they build.
import type { PathSpec } from './facts';
import type { ClientStop, CloudServer, OnPremisesServer, Relay, Route, Zone } from './types';

/** One way a party's traffic goes, with its route. */
export interface DerivedPath extends PathSpec {
  route: Route;
}

/** How a client in a zone reaches the cloud: ExpressRoute from a network that has it (every organization does, per the tables). */
function cloudSegment(zone: Zone): 'expressRoute' | 'internet' {
  return zone === 'internet' ? 'internet' : 'expressRoute';
}

/** Straight to a server in the cloud. */
export function toCloud(zone: Zone, to: CloudServer & PathSpec['to']): DerivedPath {
  const over = cloudSegment(zone);
  return { path: over, to, route: [{ over, to }] };
}

/** To a server in your network: straight from inside, through an Edge in your perimeter from outside. */
export function toYourNetwork(
  zone: Zone,
  to: OnPremisesServer & PathSpec['to'],
  edge: 'onPremEdge' | 'cloudConnectorEdge' = 'onPremEdge',
): DerivedPath {
  if (zone === 'yourNetwork') return { path: 'local', to, route: [{ over: 'yourNetwork', to }] };
  return { path: 'internet', to, via: edge, route: [{ over: 'internet', to: edge }, { over: 'yourNetwork', to }] };
}

/**
 * Peer-to-peer media through an Edge, on to the other client. Its word is how the traffic leaves the party's own
 * network: over ExpressRoute or the Internet to an Online Edge (the tables' "internal user: ExpressRoute"); to an Edge
 * in your network, locally, and from there over the Internet when the other client is outside (Hybrid row 3's
 * "Internet" for the on-premises Edge).
 */
export function relayed(zone: Zone, otherZone: Zone, other: ClientStop, relay: Relay): DerivedPath {
  if (relay === 'onlineEdge') {
    return {
      path: cloudSegment(zone),
      to: 'peer',
      via: relay,
      route: [
        { over: cloudSegment(zone), to: relay },
        { over: cloudSegment(otherZone), to: other },
      ],
    };
  }
  const inside = (z: Zone) => z === 'yourNetwork';
  const toEdge = inside(zone) ? ('yourNetwork' as const) : ('internet' as const);
  const onward = inside(otherZone) ? ('yourNetwork' as const) : ('internet' as const);
  return {
    path: inside(zone) && inside(otherZone) ? 'local' : 'internet',
    to: 'peer',
    via: 'onPremEdge',
    route: [
      { over: toEdge, to: 'onPremEdge' },
      { over: onward, to: other },
    ],
  };
}

/** Straight to the other client: inside your network when both are there, else across the Internet. */
export function direct(zone: Zone, otherZone: Zone, other: ClientStop): DerivedPath {
  const local = zone === 'yourNetwork' && otherZone === 'yourNetwork';
  return local
    ? { path: 'local', to: 'peer', route: [{ over: 'yourNetwork', to: other }] }
    : { path: 'internet', to: 'peer', route: [{ over: 'internet', to: other }] };
}

/** Online conference media: through an Online Edge (principles 2 and 5), or relayed by your on-premises Edge first. */
export function toOnlineConference(zone: Zone, relayedOnPremises: boolean): DerivedPath {
  if (relayedOnPremises) {
    // bk_Figure5: over the Internet to your Edge, back into your network, then over ExpressRoute to the cloud.
    return {
      path: 'expressRoute',
      to: 'onlineConferencing',
      via: 'onPremEdge',
      route: [
        { over: 'internet', to: 'onPremEdge' },
        { over: 'expressRoute', to: 'onlineConferencing' },
      ],
    };
  }
  const over = cloudSegment(zone);
  return {
    path: over,
    to: 'onlineConferencing',
    via: 'onlineEdge',
    route: [
      { over, to: 'onlineEdge' },
      { over: 'microsoftNetwork', to: 'onlineConferencing' },
    ],
  };
}

/**
 * The hybridConference example: an Online-homed user joining from the Internet "could traverse ExpressRoute if an
 * Online Edge server is used": to the Online Edge, then over ExpressRoute into your datacenter.
 */
export const viaOnlineEdgeToYourConference: DerivedPath = {
  path: 'expressRoute',
  to: 'onPremConferencing',
  via: 'onlineEdge',
  route: [
    { over: 'internet', to: 'onlineEdge' },
    { over: 'expressRoute', to: 'onPremConferencing' },
  ],
};

/**
 * The cceePstn example: signaling goes to the cloud over ExpressRoute, to the server the user is homed on
 * (principle 4), turns around there and ends at the Cloud Connector; media stays in your WAN.
 */
export const cloudConnectorSignalingInside: DerivedPath = {
  path: 'expressRoute',
  to: 'cloudConnector',
  route: [
    { over: 'expressRoute', to: 'onlineFrontEnd' },
    { over: 'expressRoute', to: 'cloudConnector' },
  ],
};

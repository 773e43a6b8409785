// The article's "over ExpressRoute (if available)" as an assumption the engine models: every answer assumes that
// ExpressRoute carries the traffic the tables put on it. The article also says that URLs routable over ExpressRoute
// are routable over the Internet, the client's location and the proxy and firewall configuration deciding which is
// used; so when the assumption does not hold (the routes are not advertised to the client, a proxy sends the traffic
// out), each ExpressRoute hop of the traffic it affects is an Internet hop instead. Never asked in a normal answer:
// only the helpdesk triage (src/engine/triage) changes it.
import { clientZones } from './derive';
import { areaOfStop, areasOf, crosses, isClientStop, type ClientZones } from './routes';
import { isRelay, type Area, type Hop, type Leg, type OnPremisesServer, type Resolution, type Route, type RouteChoice, type TrafficType, type Zone } from './types';

/**
 * Whether ExpressRoute carries the traffic the article puts on it: all of it (the article's assumption), none of the
 * signaling (e.g. a proxy that sends the client's HTTPS/TLS connections out to the Internet), none of the media, or
 * nothing at all (the client does not reach the Microsoft 365 routes over ExpressRoute).
 */
export const EXPRESS_ROUTE_USES = ['carries', 'bypassedForSignaling', 'bypassedForMedia', 'bypassed'] as const;
export type ExpressRouteUse = (typeof EXPRESS_ROUTE_USES)[number];

/** What every answer assumes. */
export const ASSUMED_EXPRESS_ROUTE_USE: ExpressRouteUse = 'carries';

/** The traffic an ExpressRoute use sends over the Internet instead. */
export function bypassedTraffic(use: ExpressRouteUse): readonly TrafficType[] {
  switch (use) {
    case 'carries':
      return [];
    case 'bypassedForSignaling':
      return ['signaling'];
    case 'bypassedForMedia':
      return ['media'];
    case 'bypassed':
      return ['signaling', 'media'];
  }
}

/** The Edge in front of a server in your network: what a client outside reaches it through (principles 4 and 6). */
const EDGE_IN_FRONT: Readonly<Record<OnPremisesServer, 'onPremEdge' | 'cloudConnectorEdge'>> = {
  onPremFrontEnd: 'onPremEdge',
  onPremConferencing: 'onPremEdge',
  onPremPstnGateway: 'onPremEdge',
  onPremEdge: 'onPremEdge',
  cloudConnector: 'cloudConnectorEdge',
  cloudConnectorEdge: 'cloudConnectorEdge',
};


/**
 * The same hop over the Internet. Into your network that means through the Edge in front of the server it reached
 * (a server in your network is never reached from the Internet directly); a client or a cloud server directly.
 */
function overInternet(hop: Extract<Hop, { over: 'expressRoute' }>, zones: ClientZones): Hop[] {
  const { to } = hop;
  if (isClientStop(to) || areaOfStop(to, zones) !== 'yourNetwork') return [{ over: 'internet', to } as Hop];
  const server = to as OnPremisesServer;
  const edge = EDGE_IN_FRONT[server];
  return isRelay(server) ? [{ over: 'internet', to: edge }] : [{ over: 'internet', to: edge }, { over: 'yourNetwork', to: server }];
}

/**
 * Whose ExpressRoute circuit is missing: yours (the hops that start or end in your network), or the other
 * organization's in a federated call or another company's meeting (the hops that start or end in its network). The
 * article's tables assume every organization in the call has one; without theirs, their hops take the Internet.
 */
export type ExpressRouteOwner = 'yours' | 'theirs';

const OWNER_AREAS: Readonly<Record<ExpressRouteOwner, readonly Area[]>> = {
  yours: ['yourNetwork'],
  theirs: ['federatedNetwork', 'otherCompanyNetwork'],
};

/** A route with each ExpressRoute hop of the owner's circuit over the Internet. */
function bypassRoute(from: Zone, route: Route, zones: ClientZones, owner: ExpressRouteOwner): Route {
  let here: Area = from;
  const hops = route.flatMap((hop) => {
    const start = here;
    here = areaOfStop(hop.to, zones);
    const owners = hop.over === 'expressRoute' && (OWNER_AREAS[owner].includes(start) || OWNER_AREAS[owner].includes(here));
    return owners ? overInternet(hop, zones) : [hop];
  });
  return hops as unknown as Route;
}

function bypassChoice<C extends RouteChoice>(choice: C, from: Zone, zones: ClientZones, owner: ExpressRouteOwner): C {
  const route = bypassRoute(from, choice.route, zones, owner);
  if (route.length === choice.route.length && route.every((hop, i) => hop === choice.route[i])) return choice;
  const areas = areasOf(from, route, zones);
  const path = choice.path === 'expressRoute' && !crosses({ areas }, 'expressRoute') ? 'internet' : choice.path;
  const via = choice.via ?? route.map((hop) => hop.to).find(isRelay);
  return { ...choice, path, ...(via && { via }), route, areas };
}

function bypassLeg(leg: Leg, zones: ClientZones, owner: ExpressRouteOwner): Leg {
  const first = bypassChoice(leg, leg.from, zones, owner);
  if (!leg.alternatives) return first;
  const routes = leg.alternatives.routes.map((choice) => bypassChoice(choice, leg.from, zones, owner));
  return { ...first, alternatives: { ...leg.alternatives, routes } };
}

/** An answer as it is when the owner's ExpressRoute is used as `use` says; the answer itself when it carries everything. */
export function withExpressRouteUse(r: Resolution, use: ExpressRouteUse, owner: ExpressRouteOwner = 'yours'): Resolution {
  const bypassed = bypassedTraffic(use);
  if (bypassed.length === 0) return r;
  const zones = clientZones(r.scenario);
  const legsOf = (traffic: TrafficType) => (bypassed.includes(traffic) ? r[traffic].map((leg) => bypassLeg(leg, zones, owner)) : r[traffic]);
  return { ...r, signaling: legsOf('signaling'), media: legsOf('media') };
}

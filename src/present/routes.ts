// A party's routes in words and as JSON. A route reads as the segments it crosses and the boxes it reaches, named
// as the diagram names them ("Internet → On-premises Edge Server → ExpressRoute → Online conferencing server"); a
// party with alternatives reads "ExpressRoute or Internet", with what decides. Cards, Block Kit, the command line and
// the diagram's key all take their words from here, so no channel builds them itself.
import {
  areaOfStop,
  crosses,
  isClientStop,
  labelFits,
  routesOf,
  type AlternativeReason,
  type Area,
  type ClientZones,
  type Hop,
  type Leg,
  type PartyId,
  type PathKind,
  type Relay,
  type RouteChoice,
  type Stop,
  type Target,
  type Zone,
} from '../engine';
import { t, type Locale } from '../i18n';

/** One route a party's traffic may take, in words. */
export interface RouteView {
  path: PathKind;
  pathText: string;
  /** The route in words. */
  text: string;
}

/** One party's signaling or media: every route it may take, in words. */
export interface LegView {
  party: string;
  partyId: PartyId;
  /** The first route's word: what colours the cell. */
  path: PathKind;
  /** "ExpressRoute", or "ExpressRoute or Internet" when there are alternatives. */
  pathText: string;
  /** The first route, then the alternatives. */
  routes: RouteView[];
  /** What decides between the routes, when there are several. */
  dependsOn?: string;
  /** Where the table's word and the example flow's route disagree: says so (a note says why). */
  mismatch?: string;
}

/** Whether a party's traffic crosses a segment: on every route it may take, on none, or depending on which one. */
export type Crossing = boolean | 'depends';

export interface RouteJson {
  path: PathKind;
  to: Target;
  via?: Relay;
  /** In order: the segment crossed and the box reached (a client is `client.<party>`). */
  hops: Hop[];
  /** Every area crossed, in order, from the client's. */
  areas: Area[];
  /** The route in words, in the reader's language. */
  text: string;
  crossesInternet: boolean;
  crossesExpressRoute: boolean;
}

/** A party entry of the JSON answer: its first route's fields, and any alternatives. */
export interface LegJson extends Omit<RouteJson, 'crossesInternet' | 'crossesExpressRoute'> {
  /** The party's name in the reader's language. */
  party: string;
  partyId: PartyId;
  from: Zone;
  /** Over every route the party may take: true, false, or "depends" (on `dependsOn`). */
  crossesInternet: Crossing;
  crossesExpressRoute: Crossing;
  /** Only when false: the table's word (`path`) and the example flow's route disagree; a note says why. */
  pathMatchesRoute?: false;
  /** Other routes the party's traffic may take instead. */
  alternatives?: RouteJson[];
  dependsOn?: { id: AlternativeReason; text: string };
}

function stopName(stop: Stop, locale: Locale): string {
  return isClientStop(stop) ? t(locale, `diagram.clients.${stop.slice('client.'.length)}`) : t(locale, `diagram.servers.${stop}`);
}

/**
 * A route in words: the segment of each hop that leaves the area it starts in (a hop inside one network, from an Edge
 * to the server behind it, adds no word), then the box it reaches.
 */
export function routeText(route: RouteChoice['route'], from: Zone, zones: ClientZones, locale: Locale): string {
  let here: Area = from;
  const words = route.flatMap((hop, i) => {
    const segment = i === 0 || hop.over !== here ? [t(locale, `segments.${hop.over}.name`)] : [];
    here = areaOfStop(hop.to, zones);
    return [...segment, stopName(hop.to, locale)];
  });
  return words.join(t(locale, 'route.arrow'));
}

function routeView(choice: RouteChoice, leg: Leg, zones: ClientZones, locale: Locale): RouteView {
  return { path: choice.path, pathText: t(locale, `paths.${choice.path}`), text: routeText(choice.route, leg.from, zones, locale) };
}

export function legView(leg: Leg, zones: ClientZones, locale: Locale): LegView {
  const routes = routesOf(leg).map((choice) => routeView(choice, leg, zones, locale));
  const view: LegView = {
    party: t(locale, `parties.${leg.party}`),
    partyId: leg.party,
    path: leg.path,
    pathText: [...new Set(routes.map((r) => r.pathText))].join(t(locale, 'route.or')),
    routes,
  };
  if (leg.alternatives) view.dependsOn = t(locale, `alternatives.${leg.alternatives.dependsOn}`);
  if (!labelFits(leg)) view.mismatch = t(locale, 'route.tableDiffers', { path: routes[0].pathText });
  return view;
}

/** The route lines to show under a party: the first route, each alternative after "or", then what decides. */
export function routeLines(view: LegView, locale: Locale): string[] {
  const [first, ...others] = view.routes;
  return [
    first.text,
    ...others.map((r) => t(locale, 'route.orLine', { route: r.text })),
    ...(view.dependsOn ? [view.dependsOn] : []),
    ...(view.mismatch ? [view.mismatch] : []),
  ];
}

function crossing(choices: readonly RouteChoice[], segment: 'internet' | 'expressRoute'): Crossing {
  const crossed = choices.map((c) => crosses(c, segment));
  return crossed.every(Boolean) ? true : crossed.some(Boolean) ? 'depends' : false;
}

function routeJson(choice: RouteChoice, leg: Leg, zones: ClientZones, locale: Locale): RouteJson {
  return {
    path: choice.path,
    to: choice.to,
    ...(choice.via && { via: choice.via }),
    hops: choice.route.map((hop) => ({ ...hop })),
    areas: [...choice.areas],
    text: routeText(choice.route, leg.from, zones, locale),
    crossesInternet: crosses(choice, 'internet'),
    crossesExpressRoute: crosses(choice, 'expressRoute'),
  };
}

export function legJson(leg: Leg, zones: ClientZones, locale: Locale): LegJson {
  const choices = routesOf(leg);
  const { crossesInternet: _i, crossesExpressRoute: _e, ...first } = routeJson(leg, leg, zones, locale);
  const json: LegJson = {
    party: t(locale, `parties.${leg.party}`),
    partyId: leg.party,
    from: leg.from,
    ...first,
    crossesInternet: crossing(choices, 'internet'),
    crossesExpressRoute: crossing(choices, 'expressRoute'),
  };
  if (!labelFits(leg)) json.pathMatchesRoute = false;
  if (leg.alternatives) {
    json.alternatives = leg.alternatives.routes.map((choice) => routeJson(choice, leg, zones, locale));
    json.dependsOn = { id: leg.alternatives.dependsOn, text: t(locale, `alternatives.${leg.alternatives.dependsOn}`) };
  }
  return json;
}

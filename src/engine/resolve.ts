// resolveComplete(): the answer for a complete scenario, from a table row when one states it, else from the principles.
import { clientZones, derive, type DerivedLeg, type DerivedPath, type Derivation } from './derive';
import { effectiveFirewall, scenarioKey } from './domain';
import { boundedMemo } from '../memo';
import { EXAMPLE_SCENARIOS, TABLE_ROWS, type LegSpec, type PathSpec, type TableRow } from './facts';
import { areasOf, mixesInternetAndExpressRoute, routeProblems, routesOf, type ClientZones } from './routes';
import type {
  ExampleId,
  Leg,
  Note,
  PartialScenario,
  PartyId,
  Resolution,
  RouteChoice,
  SlotName,
  Source,
  Zone,
} from './types';

function matches(when: PartialScenario, s: PartialScenario): boolean {
  return (Object.keys(when) as SlotName[]).every((slot) => when[slot] === s[slot]);
}

/** The same peer-to-peer call seen from the other party. */
function swapParties(s: PartialScenario): PartialScenario | undefined {
  if (s.peer === 'federated' || s.peer === undefined || s.location === undefined) return undefined;
  return { ...s, location: s.peer, peer: s.location, homing: s.peerHoming, peerHoming: s.homing };
}

function swapLegParty(leg: LegSpec): LegSpec {
  const other: Record<PartyId, PartyId> = { user: 'peer', peer: 'user', attendees: 'attendees' };
  return { ...leg, party: other[leg.party] };
}

interface RowMatch {
  row: TableRow;
  signaling: LegSpec[];
  media: LegSpec[];
}

function findRow(s: PartialScenario): RowMatch | undefined {
  const facts = { ...s, firewall: effectiveFirewall(s) };
  for (const row of TABLE_ROWS) {
    if (matches(row.when, facts)) return { row, signaling: row.signaling, media: row.media };
    const swapped = row.symmetric ? swapParties(facts) : undefined;
    if (swapped && matches(row.when, swapped)) {
      const order = (legs: LegSpec[]) => legs.map(swapLegParty).reverse();
      return { row, signaling: order(row.signaling), media: order(row.media) };
    }
  }
  return undefined;
}

/**
 * The Online table also holds, as the article says, for Cloud Connector flows other than PSTN, and (by the
 * principles) for Hybrid calls in which every party is homed Online.
 */
function onlineEquivalent(s: PartialScenario): { scenario: PartialScenario; note: Note } | undefined {
  if (s.deployment === 'cloudConnector' && s.callType !== 'pstn') {
    return { scenario: { ...s, deployment: 'online' }, note: { id: 'followsOnlineTable' } };
  }
  const everyoneOnline = s.homing === 'online' && (s.callType !== 'peerToPeer' || s.peerHoming !== 'onPremises');
  const hostedOnPremises = s.callType === 'conference' && s.organizer === 'onPremises';
  if (s.deployment === 'hybrid' && everyoneOnline && !hostedOnPremises) {
    const { homing: _homing, peerHoming: _peerHoming, ...rest } = s;
    return { scenario: { ...rest, deployment: 'online' }, note: { id: 'onlineHomedInHybrid' } };
  }
  return undefined;
}

/** A table's words for a path (its word, end and Edge), on the route the principles give for it. */
function onRoute({ path, to, via }: PathSpec, derived: DerivedPath | undefined, what: string): DerivedPath {
  if (!derived) throw new Error(`No derived route for ${what}`);
  return { path, to, ...(via && { via }), route: derived.route };
}

/**
 * Table legs with their routes: the words are the table's, the routes the principles' for the same party (and, for
 * an alternative, the same Edge). derive() agrees with the tables' words except where the article disagrees with
 * itself, so the route is always the one the article describes.
 */
function withRoutes(specs: readonly LegSpec[], derived: readonly DerivedLeg[]): DerivedLeg[] {
  return specs.map((spec) => {
    const d = derived.find((l) => l.party === spec.party);
    const first: DerivedLeg = { party: spec.party, ...onRoute(spec, d, spec.party) };
    if (!spec.alternatives) return first;
    const paths = spec.alternatives.paths.map((alt) =>
      onRoute(alt, d?.alternatives?.paths.find((p) => p.via === alt.via && p.to === alt.to), `${spec.party} via ${alt.via}`),
    );
    return { ...first, alternatives: { dependsOn: spec.alternatives.dependsOn, paths } };
  });
}

function choiceOf(path: DerivedPath, from: Zone, zones: ClientZones): RouteChoice {
  const problems = routeProblems(from, path.route, zones);
  if (problems.length > 0) throw new Error(`Impossible route: ${problems.join('; ')}`);
  const { route, ...words } = path;
  return { ...words, route, areas: areasOf(from, route, zones) };
}

function toLegs(derived: readonly DerivedLeg[], s: PartialScenario): Leg[] {
  const zones = clientZones(s);
  return derived.map(({ party, alternatives, ...first }) => {
    const from = zones[party];
    const legOf: Leg = { party, from, ...choiceOf(first, from, zones) };
    if (!alternatives) return legOf;
    return { ...legOf, alternatives: { dependsOn: alternatives.dependsOn, routes: alternatives.paths.map((p) => choiceOf(p, from, zones)) } };
  });
}

function union<T>(...lists: T[][]): T[] {
  return [...new Set(lists.flat())];
}

/** Notes that follow from the scenario and its routes, whatever the source. */
function scenarioNotes(s: PartialScenario, legs: readonly Leg[]): Note[] {
  const notes: Note[] = [];
  if (s.callType === 'peerToPeer') {
    if (s.peer === 'federated') notes.push({ id: 'federatedPeerHomedOnline' });
    if (s.firewall === undefined && effectiveFirewall(s) === 'blocksDirect') notes.push({ id: 'directPathAssumedBlocked' });
    if (s.firewall === 'allowsDirect' && effectiveFirewall({ ...s, firewall: undefined }) === 'blocksDirect') {
      notes.push({ id: 'directPathAllowed' });
    }
    if (s.firewall === 'blocksDirect' && effectiveFirewall({ ...s, firewall: undefined }) === 'allowsDirect') {
      notes.push({ id: 'directPathBlockedRelay' });
    }
  }
  if (s.callType === 'conference') notes.push({ id: 'organizerDecidesLocation' });
  if ((s.callType === 'conference' || s.callType === 'broadcast') && s.organizer !== 'onPremises' && s.organizer !== 'otherCompany') {
    notes.push({ id: 'premiumAddOn' });
  }
  if (s.callType === 'broadcast') notes.push({ id: 'broadcastStreamInternet' });
  if (s.peer === 'federated' || s.organizer === 'otherCompany') notes.push({ id: 'everyOrgHasExpressRoute' });
  if (legs.some((l) => l.via === 'onPremEdge' && l.path === 'expressRoute')) notes.push({ id: 'onPremEdgeRelayFirstLeg' });
  if (s.callType === 'conference' && s.organizer === 'onPremises' && s.location === 'internet' && s.homing === 'online') {
    notes.push({ id: 'onlineEdgeForOnlineHomed' });
  }
  // One flow that enters your network from the Internet and leaves it over ExpressRoute is where a stateful firewall
  // can drop the return path.
  if (legs.flatMap(routesOf).some(mixesInternetAndExpressRoute)) notes.push({ id: 'asymmetricRouting' });
  return notes;
}

function fromRow(s: PartialScenario, match: RowMatch, derived: boolean, extra: Note[]): Resolution {
  const { row } = match;
  const d = derive(s);
  const signaling = toLegs(withRoutes(match.signaling, d.signaling), s);
  const media = toLegs(withRoutes(match.media, d.media), s);
  const notes: Note[] = [...extra];
  if (row.hasNote) notes.push({ id: 'rowNote', table: row.table, row: row.row });
  if (row.table === 'hybrid' && row.row === 3) notes.push({ id: 'edgeChoiceAlternative' });
  if (row.table === 'cloudConnector' && row.row === 1) notes.push({ id: 'cceContradiction' });
  notes.push(...scenarioNotes(s, [...signaling, ...media]));
  return {
    scenario: s,
    signaling,
    media,
    source: { kind: 'table', table: row.table, row: row.row },
    derived,
    principles: row.principles,
    examples: row.examples,
    notes,
    assumed: [],
  };
}

/** The example flows that illustrate a derived answer. */
function examplesFor(s: PartialScenario, d: Derivation): ExampleId[] {
  const legs = [...d.signaling, ...d.media].flatMap((l) => [l, ...(l.alternatives?.paths ?? [])]);
  const list: ExampleId[] = [];
  switch (s.callType) {
    case 'peerToPeer':
      list.push('p2p');
      if (legs.some((l) => l.via === 'onlineEdge')) list.push('onlineConference');
      break;
    case 'conference':
      if (s.organizer === 'online') list.push('onlineConference');
      if (s.organizer === 'onPremises') list.push('hybridConference');
      break;
    case 'pstn':
      if (s.deployment === 'online' || s.homing === 'online') list.push('onlineConference');
      else list.push('cceePstn');
      break;
    case 'broadcast':
      list.push('broadcast', 'onlineConference');
      break;
    case undefined:
      break;
  }
  if (legs.some((l) => l.via === 'onPremEdge')) list.push('onPremEdge');
  return union(list);
}

function fromPrinciples(s: PartialScenario): Resolution {
  const d = derive(s);
  const documenting = EXAMPLE_SCENARIOS.find((e) => matches(e.when, s));
  const source: Source = documenting
    ? { kind: 'example', example: documenting.example }
    : { kind: 'principles', principles: d.principles };
  const examples = documenting ? union([documenting.example], examplesFor(s, d)) : examplesFor(s, d);
  const signaling = toLegs(d.signaling, s);
  const media = toLegs(d.media, s);
  return {
    scenario: s,
    signaling,
    media,
    source,
    derived: true,
    principles: d.principles,
    examples,
    notes: scenarioNotes(s, [...signaling, ...media]),
    assumed: [],
  };
}

function resolveUncached(s: PartialScenario): Resolution {
  const row = findRow(s);
  if (row) return fromRow(s, row, false, []);
  const equivalent = onlineEquivalent(s);
  const onlineRow = equivalent && findRow(equivalent.scenario);
  if (equivalent && onlineRow) return fromRow(s, onlineRow, true, [equivalent.note]);
  return fromPrinciples(s);
}

/**
 * The answer for one complete scenario. Remembered: there are a few hundred complete scenarios (each firewall case
 * included), and every question asked about a partial one resolves all those it could still be.
 */
export const resolveComplete: (s: PartialScenario) => Resolution = boundedMemo(resolveUncached, scenarioKey, 1024);

// resolveComplete(): the answer for a complete scenario, from a table row when one states it, else from the principles.
import { derive, zoneOfPeer, zoneOfUser, type Derivation } from './derive';
import { effectiveFirewall } from './domain';
import { EXAMPLE_SCENARIOS, TABLE_ROWS, type LegSpec, type TableRow } from './facts';
import type {
  ExampleId,
  Leg,
  Note,
  PartialScenario,
  PartyId,
  Resolution,
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

const ROUTE_END: Record<LegSpec['to'], Leg['route'][number] | 'peer'> = {
  peer: 'peer',
  onlineFrontEnd: 'microsoftNetwork',
  onlineConferencing: 'microsoftNetwork',
  phoneSystem: 'microsoftNetwork',
  onPremFrontEnd: 'yourNetwork',
  onPremConferencing: 'yourNetwork',
  onPremPstnGateway: 'yourNetwork',
  cloudConnector: 'yourNetwork',
  otherCompanyServer: 'otherCompanyNetwork',
  broadcastService: 'internet',
};

/** The areas a leg crosses, from its client to its target (or to the Edge that relays it to the peer). */
function routeOf(spec: LegSpec, from: Zone, otherZone: Zone): Leg['route'] {
  if (spec.path === 'local') return ['yourNetwork'];
  if (spec.path === 'expressRoute') {
    const start: Leg['route'] = from === 'internet' ? ['internet', 'yourNetwork'] : [from];
    return [...start, 'expressRoute', 'microsoftNetwork'];
  }
  const relayEnd = spec.via === 'onlineEdge' ? 'microsoftNetwork' : 'yourNetwork';
  const target = ROUTE_END[spec.to];
  const end = target === 'peer' ? (spec.via ? relayEnd : otherZone) : target;
  const route: Leg['route'] = [from, 'internet', end];
  return route.filter((area, i) => i === 0 || area !== route[i - 1]);
}

function toLegs(specs: LegSpec[], s: PartialScenario): Leg[] {
  const zones: Record<PartyId, Zone> = { user: zoneOfUser(s), peer: zoneOfPeer(s), attendees: 'internet' };
  const other: Record<PartyId, Zone> = { user: zones.peer, peer: zones.user, attendees: 'internet' };
  return specs.map((spec) => ({ ...spec, from: zones[spec.party], route: routeOf(spec, zones[spec.party], other[spec.party]) }));
}

function union<T>(...lists: T[][]): T[] {
  return [...new Set(lists.flat())];
}

/** Notes that follow from the scenario whatever the source. */
function scenarioNotes(s: PartialScenario, legs: LegSpec[]): Note[] {
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
  // One flow that crosses both the Internet and ExpressRoute is where a stateful firewall can drop the return path.
  if (legs.some((l) => l.path === 'expressRoute' && l.via === 'onPremEdge')) notes.push({ id: 'asymmetricRouting' });
  return notes;
}

function fromRow(s: PartialScenario, match: RowMatch, derived: boolean, extra: Note[]): Resolution {
  const { row } = match;
  const notes: Note[] = [...extra];
  if (row.hasNote) notes.push({ id: 'rowNote', table: row.table, row: row.row });
  if (row.table === 'hybrid' && row.row === 3) notes.push({ id: 'edgeChoiceAlternative' });
  if (row.table === 'cloudConnector' && row.row === 1) notes.push({ id: 'cceContradiction' });
  notes.push(...scenarioNotes(s, [...match.signaling, ...match.media]));
  return {
    scenario: s,
    signaling: toLegs(match.signaling, s),
    media: toLegs(match.media, s),
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
  const legs = [...d.signaling, ...d.media];
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
  return {
    scenario: s,
    signaling: toLegs(d.signaling, s),
    media: toLegs(d.media, s),
    source,
    derived: true,
    principles: d.principles,
    examples,
    notes: scenarioNotes(s, [...d.signaling, ...d.media]),
    assumed: [],
  };
}

/** The answer for one complete scenario. */
export function resolveComplete(s: PartialScenario): Resolution {
  const row = findRow(s);
  if (row) return fromRow(s, row, false, []);
  const equivalent = onlineEquivalent(s);
  const onlineRow = equivalent && findRow(equivalent.scenario);
  if (equivalent && onlineRow) return fromRow(s, onlineRow, true, [equivalent.note]);
  return fromPrinciples(s);
}

// What was observed, as the command line and batch JSON take it. A flag's value is `[party:]path[+edge]`:
// `internet`, `peer:internet`, `user:expressRoute+edge`, `not-expressRoute` (seen not to take it),
// `internet+onPremEdge` (relayed by that Edge), `internet+noEdge` (through none). Batch JSON gives `"observed"` as an
// object of the same strings per traffic type ({"media": "internet", "signaling": ["user:expressRoute", "peer:local"]})
// or as a list of observation objects ({"traffic": "media", "party": "user", "path": "internet", "edge": true}).
import {
  EDGE_CODES as EDGES,
  OBSERVED_PARTIES as PARTIES,
  PATH_KINDS as PATHS,
  RELAYS,
  TRAFFIC_TYPES as TRAFFIC,
  type Observation,
  type PartyId,
  type PathKind,
  type Relay,
  type TrafficType,
} from '../engine';
import { t, type Locale } from '../i18n';


/** What a bad observation is reported with: the value and what is allowed, in the reader's language. */
export class ObservedError extends Error {}

export const OBSERVED_SYNTAX = '[user:|peer:|attendees:](local|expressRoute|internet|not-local|not-expressRoute|not-internet)[+edge|+noEdge|+onlineEdge|+onPremEdge|+cloudConnectorEdge]';

function bad(value: string, locale: Locale): never {
  throw new ObservedError(t(locale, 'triage.cli.badObserved', { value, syntax: OBSERVED_SYNTAX }));
}

/** `[party:]path[+edge]` for one traffic type. */
export function parseObserved(traffic: TrafficType, value: string, locale: Locale): Observation {
  const match = /^(?:([A-Za-z]+):)?(not-)?([A-Za-z]+)(?:\+([A-Za-z]+))?$/.exec(value.trim());
  if (!match) bad(value, locale);
  const [, partyText, not, pathText, edgeText] = match;
  const party = (partyText ?? 'user') as PartyId;
  const path = pathText as PathKind;
  if (!PARTIES.includes(party) || !PATHS.includes(path) || (edgeText !== undefined && !(edgeText in EDGES))) bad(value, locale);
  return {
    traffic,
    party,
    ...(not ? { notPaths: [path] } : { path }),
    ...(edgeText !== undefined && { edge: EDGES[edgeText] }),
  };
}

function observationObject(value: unknown, locale: Locale): Observation {
  const shown = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) bad(shown, locale);
  const { traffic, party = 'user', path, notPaths, edge } = value as Record<string, unknown>;
  const ok =
    TRAFFIC.includes(traffic as TrafficType) &&
    PARTIES.includes(party as PartyId) &&
    (path === undefined || PATHS.includes(path as PathKind)) &&
    (notPaths === undefined || (Array.isArray(notPaths) && notPaths.every((p) => PATHS.includes(p as PathKind)))) &&
    (edge === undefined || typeof edge === 'boolean' || RELAYS.includes(edge as Relay)) &&
    (path !== undefined || (Array.isArray(notPaths) && notPaths.length > 0) || edge !== undefined);
  if (!ok) bad(shown, locale);
  return {
    traffic: traffic as TrafficType,
    party: party as PartyId,
    ...(path !== undefined && { path: path as PathKind }),
    ...(Array.isArray(notPaths) && notPaths.length > 0 && { notPaths: notPaths as PathKind[] }),
    ...(edge !== undefined && { edge: edge as Observation['edge'] }),
  };
}

/** Batch JSON's `"observed"`: an object of flag values per traffic type, or a list of observation objects. */
export function parseObservedJson(value: unknown, locale: Locale): Observation[] {
  if (Array.isArray(value)) return value.map((item) => observationObject(item, locale));
  if (value === null || typeof value !== 'object') bad(JSON.stringify(value), locale);
  return Object.entries(value as Record<string, unknown>).flatMap(([traffic, values]) => {
    if (!TRAFFIC.includes(traffic as TrafficType)) bad(JSON.stringify({ [traffic]: values }), locale);
    const list = Array.isArray(values) ? values : [values];
    return list.map((v) => (typeof v === 'string' ? parseObserved(traffic as TrafficType, v, locale) : bad(JSON.stringify(v), locale)));
  });
}

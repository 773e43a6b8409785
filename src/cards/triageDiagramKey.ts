// The key of a triage's diagram in URLs: the scenario compared (as diagramKey writes it), then each observation,
// `__seen-<traffic>-<party>-<path or any>[-not<Path>...][-edge|-noEdge|-<Edge>]`, in a fixed order, so one triage has
// one address: `deployment-online_callType-pstn_location-customerNetwork__seen-media-user-internet`.
import {
  EDGE_CODES,
  OBSERVED_PARTIES as PARTIES,
  PATH_KINDS as PATHS,
  TRAFFIC_TYPES as TRAFFIC,
  edgeCode,
  type Observation,
  type PartialScenario,
  type PartyId,
  type PathKind,
  type TrafficType,
} from '../engine';
import { diagramKey, scenarioFromDiagramKey } from './diagramKey';

const SEPARATOR = '__seen-';

const capital = (word: string) => word[0].toUpperCase() + word.slice(1);

function observationKey(o: Observation): string {
  const edge = edgeCode(o.edge);
  const nots = PATHS.filter((p) => (o.notPaths ?? []).includes(p)).map((p) => `not${capital(p)}`);
  return [o.traffic, o.party, o.path ?? 'any', ...nots, ...(edge ? [edge] : [])].join('-');
}

export function triageDiagramKey(scenario: PartialScenario, observations: readonly Observation[]): string {
  const seen = [...new Set(observations.map(observationKey))].sort();
  return `${diagramKey(scenario)}${seen.map((s) => `${SEPARATOR}${s}`).join('')}`;
}

export function isTriageDiagramKey(key: string): boolean {
  return key.includes(SEPARATOR);
}

function observationFromKey(part: string): Observation | null {
  const [traffic, party, path, ...rest] = part.split('-');
  if (!TRAFFIC.includes(traffic as TrafficType) || !PARTIES.includes(party as PartyId)) return null;
  if (path !== 'any' && !PATHS.includes(path as PathKind)) return null;
  const notPaths = rest.filter((r) => r.startsWith('not')).map((r) => r.slice(3, 4).toLowerCase() + r.slice(4));
  const edges = rest.filter((r) => !r.startsWith('not'));
  if (notPaths.some((p) => !PATHS.includes(p as PathKind)) || edges.length > 1 || (edges.length === 1 && !(edges[0] in EDGE_CODES))) return null;
  // An observation says something: a path, paths it did not take, or only whether an Edge relayed it.
  if (path === 'any' && notPaths.length === 0 && edges.length === 0) return null;
  return {
    traffic: traffic as TrafficType,
    party: party as PartyId,
    ...(path !== 'any' && { path: path as PathKind }),
    ...(notPaths.length > 0 && { notPaths: notPaths as PathKind[] }),
    ...(edges.length === 1 && { edge: EDGE_CODES[edges[0]] }),
  };
}

/** The scenario and observations a key names, or null when the key is not one `triageDiagramKey` makes. */
export function triageFromDiagramKey(key: string): { scenario: PartialScenario; observations: Observation[] } | null {
  const [scenarioPart, ...parts] = key.split(SEPARATOR);
  const scenario = scenarioFromDiagramKey(scenarioPart);
  const observations = parts.map(observationFromKey);
  if (!scenario || parts.length === 0 || observations.some((o) => o === null)) return null;
  const found = observations as Observation[];
  return triageDiagramKey(scenario, found) === key ? { scenario, observations: found } : null;
}

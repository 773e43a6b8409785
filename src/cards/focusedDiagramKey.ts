// The key of a focused answer's diagram in URLs (a question about one traffic type, answered while the other traffic
// is not known yet): what is known, as diagramKey writes it, then the traffic asked about:
// `deployment-hybrid_callType-conference_location-customerNetwork_organizer-onPremises__focus-media`.
// What is known is named as the engine normalized it, not in its canonical form: while a slot is unknown, a firewall
// the article assumes or a homing that Online would imply can still decide the answer, so leaving it out could
// name another answer (or none). The diagram route gives the key to advise() as it is, so it rebuilds this answer.
import { TRAFFIC_TYPES, type PartialScenario, type TrafficType } from '../engine';
import { diagramKey, scenarioFromDiagramKey } from './diagramKey';

const SEPARATOR = '__focus-';

export function focusedDiagramKey(known: PartialScenario, focus: TrafficType): string {
  return `${diagramKey(known)}${SEPARATOR}${focus}`;
}

export function isFocusedDiagramKey(key: string): boolean {
  return key.includes(SEPARATOR);
}

/** What is known and the traffic asked about, or null when the key is not one `focusedDiagramKey` makes. */
export function focusedFromDiagramKey(key: string): { scenario: PartialScenario; focus: TrafficType } | null {
  const [scenarioPart, focus, ...rest] = key.split(SEPARATOR);
  const scenario = scenarioFromDiagramKey(scenarioPart);
  if (!scenario || rest.length > 0 || !TRAFFIC_TYPES.includes(focus as TrafficType)) return null;
  return { scenario, focus: focus as TrafficType };
}

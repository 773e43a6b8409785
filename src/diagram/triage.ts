// The triage's diagram: the article's routes for the call as described, and over them, in their own colour, the
// observed routes: the route that gives what was seen in the call the best explanation describes (or, when what was
// seen is what the article says, that route itself). Nothing is drawn for what no explanation gives.
import { byLeg, clientZones, legObserved, routeFits, routesOf, triage, type Observation, type PartialScenario, type Triage } from '../engine';
import type { Locale } from '../i18n';
import type { ObservedRoute } from './model';
import { renderDiagramPng } from './png';
import type { DiagramFormat } from './scenario';
import { renderDiagramSvg } from './svg';

type Compared = Extract<Triage, { kind: 'compared' }>;

/** The observed routes to draw: for each leg observed, the route of the call that gives what was seen. */
export function observedRoutes(t: Compared): ObservedRoute[] {
  const source = t.matches ? t.expected : t.explanations[0]?.resolution;
  if (!source) return [];
  const zones = clientZones(source.scenario);
  return byLeg(t.observations).flatMap((group) => {
    const leg = legObserved(source, group[0]);
    const choice = leg && routesOf(leg).find((c) => group.every((o) => routeFits(c, o)));
    return leg && choice ? [{ traffic: group[0].traffic, leg, choice, zones }] : [];
  });
}

export function renderTriageSvg(t: Compared, locale: Locale): string {
  return renderDiagramSvg(t.expected, locale, { observed: observedRoutes(t) });
}

/** The triage diagram of a scenario and what was observed, or null when the triage compares nothing (a fact is missing). */
export function diagramForTriage(scenario: PartialScenario, observations: readonly Observation[], locale: Locale, format: 'svg'): string | null;
export function diagramForTriage(scenario: PartialScenario, observations: readonly Observation[], locale: Locale, format: 'png'): Buffer | null;
export function diagramForTriage(scenario: PartialScenario, observations: readonly Observation[], locale: Locale, format: DiagramFormat): string | Buffer | null {
  const result = triage(scenario, observations);
  if (result.kind !== 'compared') return null;
  const svg = renderTriageSvg(result, locale);
  return format === 'png' ? renderDiagramPng(svg) : svg;
}

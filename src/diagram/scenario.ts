// diagramForScenario(): resolve a scenario and draw it, for the command line and the web routes. Every way of saying
// a scenario (with the slots it implies, with the firewall the article assumes) draws the same picture: that of its
// canonical form, which is what an answer card's diagram address names.
import { advise, canonicalScenario, resolve } from '../engine';
import { SLOT_VALUES, type PartialScenario, type SlotName } from '../engine/types';
import type { Locale } from '../i18n';
import { renderDiagramPng } from './png';
import { renderDiagramSvg } from './svg';

export type DiagramFormat = 'svg' | 'png';

/** Only the slots and values the engine knows: a scenario may come from outside (a URL, a command line). */
function knownSlots(scenario: PartialScenario): PartialScenario {
  const known = Object.entries(scenario).filter(([slot, value]) =>
    Object.hasOwn(SLOT_VALUES, slot) ? (SLOT_VALUES[slot as SlotName] as readonly unknown[]).includes(value) : false,
  );
  return Object.fromEntries(known) as PartialScenario;
}

/** The diagram of a scenario's answer, or null while the scenario has no answer. */
export function diagramForScenario(scenario: PartialScenario, locale: Locale, format: 'svg'): string | null;
export function diagramForScenario(scenario: PartialScenario, locale: Locale, format: 'png'): Buffer | null;
export function diagramForScenario(scenario: PartialScenario, locale: Locale, format: DiagramFormat): string | Buffer | null;
export function diagramForScenario(scenario: PartialScenario, locale: Locale, format: DiagramFormat): string | Buffer | null {
  const answered = advise(knownSlots(scenario)).resolution;
  const resolution = answered && resolve(canonicalScenario(answered.scenario));
  if (!resolution) return null;
  const svg = renderDiagramSvg(resolution, locale);
  return format === 'png' ? renderDiagramPng(svg) : svg;
}

// diagramForScenario(): resolve a scenario and draw it, for the command line and the web routes. Every way of saying
// a scenario (with the slots it implies, with the firewall the article assumes) draws the same picture: that of its
// canonical form, which is what an answer card's diagram address names. diagramForFocus(): the answer to a question
// about one traffic type while the other is not known yet, drawn with that traffic only.
import { advise, canonicalScenario, resolve } from '../engine';
import { SLOT_VALUES, type PartialScenario, type SlotName, type TrafficType } from '../engine/types';
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

/**
 * The diagram of what advise() answers a question about `focus` with, when the other traffic is not known yet: the
 * focused traffic's routes, and what the other depends on. Null for any other advice: while the focused traffic is
 * not certain nothing is drawn (never a guess), and an answer with both traffic types known is diagramForScenario's.
 */
export function diagramForFocus(known: PartialScenario, focus: TrafficType, locale: Locale, format: 'svg'): string | null;
export function diagramForFocus(known: PartialScenario, focus: TrafficType, locale: Locale, format: 'png'): Buffer | null;
export function diagramForFocus(known: PartialScenario, focus: TrafficType, locale: Locale, format: DiagramFormat): string | Buffer | null;
export function diagramForFocus(known: PartialScenario, focus: TrafficType, locale: Locale, format: DiagramFormat): string | Buffer | null {
  const { resolution, otherTraffic } = advise(knownSlots(known), focus);
  if (!resolution || !otherTraffic) return null;
  const svg = renderDiagramSvg(resolution, locale, { otherTraffic });
  return format === 'png' ? renderDiagramPng(svg) : svg;
}

// The key of a scenario's diagram in URLs: `${publicBaseUrl}/diagram/${locale}/${key}.png`. Stable (slots in the
// contract's order), URL-safe and ASCII: `deployment-online_callType-conference_location-internet`.
import { SLOT_VALUES, type PartialScenario, type SlotName } from '../engine/types';
import type { Locale } from '../i18n';
import { isSlotName, isSlotValue } from './actions';

const EMPTY_KEY = 'any';

/** Where the diagram with this key is served, in the reader's language (the server's diagram route). */
export function diagramAddress(publicBaseUrl: string, locale: Locale, key: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/diagram/${locale}/${key}.png`;
}
const KEY_PATTERN = /^[A-Za-z]+-[A-Za-z]+(_[A-Za-z]+-[A-Za-z]+)*$/;

export function diagramKey(scenario: PartialScenario): string {
  const parts = (Object.keys(SLOT_VALUES) as SlotName[])
    .filter((slot) => scenario[slot] !== undefined)
    .map((slot) => `${slot}-${scenario[slot]}`);
  return parts.length === 0 ? EMPTY_KEY : parts.join('_');
}

/** The scenario a key names, or null when the key is not one `diagramKey` makes (unknown slot or value, bad order). */
export function scenarioFromDiagramKey(key: string): PartialScenario | null {
  if (key === EMPTY_KEY) return {};
  if (!KEY_PATTERN.test(key)) return null;
  const scenario: Record<string, string> = {};
  for (const part of key.split('_')) {
    const [slot, value] = part.split('-');
    if (!isSlotName(slot) || !isSlotValue(slot, value) || slot in scenario) return null;
    scenario[slot] = value;
  }
  const parsed = scenario as PartialScenario;
  return diagramKey(parsed) === key ? parsed : null;
}

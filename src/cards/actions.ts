// What a card's buttons submit (Action.Submit `data`), and the validation of what comes back: a submitted value
// can be tampered with or come from an old card, so nothing is trusted that is not checked here.
import { LOCALES, type ExplainTopic, type Locale } from '../nlu/types';
import { SLOT_VALUES, type SlotName } from '../engine/types';
import { parseExplainTopic } from './topics';

export type CardAction =
  | { action: 'answer'; slot: SlotName; value: string }
  | { action: 'whatIf'; slot: SlotName }
  | { action: 'restart' }
  | { action: 'back' }
  | { action: 'help' }
  | { action: 'language'; locale: Locale }
  | { action: 'explain'; topic: ExplainTopic };

/** A button as the templates take it. */
export interface SubmitButton {
  title: string;
  data: CardAction;
}

export function isSlotName(value: unknown): value is SlotName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SLOT_VALUES, value);
}

export function isSlotValue(slot: SlotName, value: unknown): value is string {
  return typeof value === 'string' && (SLOT_VALUES[slot] as readonly string[]).includes(value);
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The action a submitted `value` asks for, or null when it is not one our cards send. */
export function parseCardAction(data: unknown): CardAction | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  switch (d.action) {
    case 'answer':
      return isSlotName(d.slot) && isSlotValue(d.slot, d.value) ? { action: 'answer', slot: d.slot, value: d.value } : null;
    case 'whatIf':
      return isSlotName(d.slot) ? { action: 'whatIf', slot: d.slot } : null;
    case 'restart':
    case 'back':
    case 'help':
      return { action: d.action };
    case 'language':
      return isLocale(d.locale) ? { action: 'language', locale: d.locale } : null;
    case 'explain': {
      const topic = parseExplainTopic(d.topic);
      return topic ? { action: 'explain', topic } : null;
    }
    default:
      return null;
  }
}

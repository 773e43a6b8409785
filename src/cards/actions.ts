// What a card's buttons submit (Action.Submit `data`), and the validation of what comes back: a submitted value
// can be tampered with or come from an old card, so nothing is trusted that is not checked here.
import { LOCALES, type ExplainTopic, type Locale } from '../nlu/types';
import { ASKABLE_SLOTS, SLOT_VALUES, type AskableSlot, type PathKind, type SlotName, type TrafficType } from '../engine/types';
import { TRAFFIC_TYPES } from '../engine/facts';
import { PATH_KINDS } from '../engine/triage/codes';
import { parseExplainTopic } from './topics';

export type CardAction =
  | { action: 'answer'; slot: SlotName; value: string }
  /** "Don't know" on a question: what each answer would give, and where to find it out. */
  | { action: 'unknown'; slot: AskableSlot }
  | { action: 'whatIf'; slot: SlotName }
  | { action: 'restart' }
  | { action: 'back' }
  | { action: 'help' }
  | { action: 'language'; locale: Locale }
  | { action: 'explain'; topic: ExplainTopic };

/** The triage's buttons: start, which leg was observed, its path, whether an Edge relayed it, a fact not known. */
export type TriageAction =
  | { action: 'triage' }
  | { action: 'observeLeg'; traffic: TrafficType; party: 'user' | 'peer' }
  | { action: 'observePath'; path: PathKind }
  | { action: 'observeNotPath'; path: PathKind }
  | { action: 'observeEdge'; edge: EdgeAnswer }
  | { action: 'triageUnknown'; slot: AskableSlot };

/** A button as the templates take it. */
export interface SubmitButton {
  title: string;
  data: CardAction | TriageAction;
}

export function isSlotName(value: unknown): value is SlotName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SLOT_VALUES, value);
}

export function isAskable(value: unknown): value is AskableSlot {
  return (ASKABLE_SLOTS as readonly unknown[]).includes(value);
}

export function isSlotValue(slot: SlotName, value: unknown): value is string {
  return typeof value === 'string' && (SLOT_VALUES[slot] as readonly string[]).includes(value);
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The action a submitted `value` asks for, or null when it is not one our cards send. */
export function parseCardAction(data: unknown): CardAction | TriageAction | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  switch (d.action) {
    case 'answer':
      return isSlotName(d.slot) && isSlotValue(d.slot, d.value) ? { action: 'answer', slot: d.slot, value: d.value } : null;
    case 'whatIf':
      return isSlotName(d.slot) ? { action: 'whatIf', slot: d.slot } : null;
    case 'unknown':
      return isAskable(d.slot) ? { action: 'unknown', slot: d.slot } : null;
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
      return parseTriageAction(d);
  }
}

const TRAFFIC: readonly unknown[] = TRAFFIC_TYPES;
const PATHS: readonly unknown[] = PATH_KINDS;
/** What a triage card's asker can say of an Edge on the leg they observed. */
export const EDGE_ANSWERS = ['relayed', 'direct', 'unknown'] as const;
export type EdgeAnswer = (typeof EDGE_ANSWERS)[number];

function parseTriageAction(d: Record<string, unknown>): TriageAction | null {
  switch (d.action) {
    case 'triage':
      return { action: 'triage' };
    case 'observeLeg':
      return TRAFFIC.includes(d.traffic) && (d.party === 'user' || d.party === 'peer')
        ? { action: 'observeLeg', traffic: d.traffic as TrafficType, party: d.party }
        : null;
    case 'observePath':
    case 'observeNotPath':
      return PATHS.includes(d.path) ? { action: d.action, path: d.path as PathKind } : null;
    case 'observeEdge':
      return (EDGE_ANSWERS as readonly unknown[]).includes(d.edge) ? { action: 'observeEdge', edge: d.edge as EdgeAnswer } : null;
    case 'triageUnknown':
      return isAskable(d.slot) ? { action: 'triageUnknown', slot: d.slot } : null;
    default:
      return null;
  }
}

// Where a triage conversation stands: what was observed (from a pasted ticket, or built with buttons one leg at a
// time), the facts the asker said they cannot tell, and what to show next. Pure functions over plain data, kept in
// the session between turns.
import {
  advise,
  allowedValues,
  replacingLegs,
  triage,
  type AskableSlot,
  type Observation,
  type PartialScenario,
  type PathKind,
  type Resolution,
  type TrafficType,
  type Triage,
} from '../src/engine';
import type { EdgeAnswer, TriageAction } from '../src/cards';

/** A leg being described with buttons: its traffic and party first, then its path, then whether an Edge relayed it. */
export interface ObservationDraft {
  traffic: TrafficType;
  party: 'user' | 'peer';
  path?: PathKind;
  notPaths?: PathKind[];
}

export interface TriageState {
  observations: Observation[];
  /** Facts the asker said they cannot tell: never asked again in this triage. */
  unknown: AskableSlot[];
  draft?: ObservationDraft;
  /** "Add an observation" was clicked: which leg comes next. */
  adding?: boolean;
}

export function newTriage(): TriageState {
  return { observations: [], unknown: [] };
}

/** Observations given again for a leg replace what was said of it before; the others are kept. */
export function withObservations(state: TriageState, observations: readonly Observation[]): TriageState {
  return { ...state, observations: replacingLegs(state.observations, observations) };
}

function finished(draft: ObservationDraft, edge: Observation['edge']): Observation {
  return {
    traffic: draft.traffic,
    party: draft.party,
    ...(draft.path && { path: draft.path }),
    ...(draft.notPaths && { notPaths: draft.notPaths }),
    ...(edge !== undefined && { edge }),
  };
}

const EDGE_OBSERVED: Record<EdgeAnswer, Observation['edge']> = { relayed: true, direct: false, unknown: undefined };

/** A button applied: null when the button does not fit where the triage stands (an old or forged card). */
export function applyTriageAction(state: TriageState | undefined, action: TriageAction): TriageState | null {
  const current = state ?? newTriage();
  switch (action.action) {
    case 'triage':
      return { ...current, draft: undefined, adding: true };
    case 'observeLeg':
      return { ...current, draft: { traffic: action.traffic, party: action.party }, adding: undefined };
    case 'observePath':
    case 'observeNotPath': {
      if (!current.draft || current.draft.path || current.draft.notPaths) return null;
      const draft = action.action === 'observePath' ? { ...current.draft, path: action.path } : { ...current.draft, notPaths: [action.path] };
      return { ...current, draft };
    }
    case 'observeEdge': {
      const { draft } = current;
      if (!draft || (!draft.path && !draft.notPaths)) return null;
      return { ...withObservations(current, [finished(draft, EDGE_OBSERVED[action.edge])]), draft: undefined };
    }
    case 'triageUnknown':
      return current.unknown.includes(action.slot) ? current : { ...current, unknown: [...current.unknown, action.slot] };
  }
}

/** What the triage shows next. */
export type TriageView =
  | { kind: 'pickLeg'; state: TriageState }
  | { kind: 'pickPath'; state: TriageState; draft: ObservationDraft }
  | { kind: 'pickEdge'; state: TriageState; draft: ObservationDraft }
  | { kind: 'question'; state: TriageState; slot: AskableSlot; values: readonly string[]; known: PartialScenario; result: Triage }
  | { kind: 'result'; state: TriageState; result: Exclude<Triage, { kind: 'question' }> };

export function triageViewOf(state: TriageState, scenario: PartialScenario): TriageView {
  const { draft } = state;
  if (draft && !draft.path && !draft.notPaths) return { kind: 'pickPath', state, draft };
  if (draft) return { kind: 'pickEdge', state, draft };
  if (state.observations.length === 0 || state.adding) return { kind: 'pickLeg', state };
  const result = triage(scenario, state.observations, { unknown: state.unknown });
  if (result.kind !== 'question') return { kind: 'result', state, result };
  const [slot] = result.missing;
  return { kind: 'question', state, slot, values: allowedValues(slot, result.scenario), known: result.scenario, result };
}

/**
 * The path the triage compares what was observed with (the article's answer for what is known), for a "why?" in the
 * middle of a triage; or, while that depends on facts still missing, those facts (the triage's question first).
 */
export function triageExpected(view: TriageView, scenario: PartialScenario, focus?: TrafficType): { resolution: Resolution } | { missing: AskableSlot[] } {
  if (view.kind === 'result' && view.result.kind === 'compared') return { resolution: view.result.expected };
  if (view.kind === 'question') return { missing: [view.slot] };
  const advice = advise(scenario, focus);
  return advice.resolution ? { resolution: advice.resolution } : { missing: advice.missing };
}

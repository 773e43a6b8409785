// The whole slot space the engine's focus-aware questions are tested over: every combination of known and unknown
// values of the askable slots, with the firewall unknown, open or blocking. And, in it, every question about one
// traffic type that is answered while the other traffic is not known yet.
import { focusedDiagramKey } from '../../src/cards';
import { ASKABLE_SLOTS, SLOT_VALUES, TRAFFIC_TYPES, advise, type Firewall, type PartialScenario, type TrafficType } from '../../src/engine';

export function slotSpace(): PartialScenario[] {
  let out: PartialScenario[] = [{}];
  for (const slot of ASKABLE_SLOTS) {
    const choices: (string | undefined)[] = [undefined, ...SLOT_VALUES[slot]];
    out = out.flatMap((s) => choices.map((value) => (value === undefined ? s : { ...s, [slot]: value })));
  }
  return out.flatMap((s) => [undefined, ...SLOT_VALUES.firewall].map((firewall?: Firewall) => (firewall ? { ...s, firewall } : s)));
}

/** A question about `focus` answered while the other traffic is open: what is known, as the engine normalized it. */
export interface FocusedQuestion {
  known: PartialScenario;
  focus: TrafficType;
}

/**
 * Every such question once (many ways of saying one normalize to the same), for both traffic types: told apart by
 * their diagram key, which lists the slots in a fixed order (the engine keeps the order they were said in).
 */
export function focusedQuestions(): FocusedQuestion[] {
  // A few seconds of advice: once per test file.
  questions ??= findFocusedQuestions();
  return questions;
}

let questions: FocusedQuestion[] | undefined;

function findFocusedQuestions(): FocusedQuestion[] {
  const found = new Map<string, FocusedQuestion>();
  for (const partial of slotSpace()) {
    for (const focus of TRAFFIC_TYPES) {
      const advice = advise(partial, focus);
      if (advice.otherTraffic) found.set(focusedDiagramKey(advice.scenario, focus), { known: advice.scenario, focus });
    }
  }
  return [...found.values()];
}

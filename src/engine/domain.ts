// Which slots apply to a scenario, which values they may take, and the article's default assumptions.
import {
  ASKABLE_SLOTS,
  SLOT_VALUES,
  type AskableSlot,
  type Conflict,
  type Firewall,
  type PartialScenario,
  type SlotName,
  type SlotValue,
} from './types';

const SLOTS = Object.keys(SLOT_VALUES) as SlotName[];

/** What a scenario's answer depends on: its own slots with values from the contract (normalize drops the rest). */
export function scenarioKey(partial: PartialScenario): string {
  return SLOTS.map((slot) => {
    const value: unknown = Object.hasOwn(partial, slot) ? partial[slot] : undefined;
    return (SLOT_VALUES[slot] as readonly unknown[]).includes(value) ? String(value) : '';
  }).join('|');
}

/** Whether a slot applies to the scenario: `undefined` while that depends on a slot still unknown. */
export function isApplicable(slot: SlotName, s: PartialScenario): boolean | undefined {
  switch (slot) {
    case 'deployment':
    case 'callType':
    case 'location':
      return true;
    case 'homing':
      // Online and Cloud Connector users are all homed Online.
      return s.deployment === undefined ? undefined : s.deployment === 'hybrid';
    case 'peer':
      return s.callType === undefined ? undefined : s.callType === 'peerToPeer';
    case 'peerHoming': {
      // Federated users are homed Online in the article's tables, and only Hybrid has on-premises users.
      if (s.callType !== undefined && s.callType !== 'peerToPeer') return false;
      if (s.deployment !== undefined && s.deployment !== 'hybrid') return false;
      if (s.peer === 'federated') return false;
      if (s.callType === undefined || s.deployment === undefined || s.peer === undefined) return undefined;
      return true;
    }
    case 'organizer':
      return s.callType === undefined ? undefined : s.callType === 'conference';
    case 'firewall':
      return firewallApplies(s);
    default:
      return assertSlot(slot);
  }
}

function assertSlot(slot: never): never {
  throw new Error(`Unknown slot ${String(slot)}`);
}

/** The value a slot has whenever it does not apply but is still a fact (every Online user is homed Online). */
export function impliedValue(slot: SlotName, s: PartialScenario): string | undefined {
  if (slot === 'homing' && (s.deployment === 'online' || s.deployment === 'cloudConnector')) return 'online';
  if (slot === 'peerHoming' && s.callType === 'peerToPeer') {
    if (s.peer === 'federated' || s.deployment === 'online' || s.deployment === 'cloudConnector') return 'online';
  }
  return undefined;
}

/** The values a slot may take given the rest of the scenario. */
export function allowedValues<S extends SlotName>(slot: S, s: PartialScenario): readonly SlotValue<S>[] {
  const all = SLOT_VALUES[slot] as readonly SlotValue<S>[];
  if (slot === 'organizer' && s.deployment !== undefined && s.deployment !== 'hybrid') {
    // Only a Hybrid deployment has an on-premises conferencing server of its own.
    return all.filter((v) => v !== 'onPremises');
  }
  return all;
}

/** The firewall slot matters for peer-to-peer media, and for a Hybrid user joining an Online conference from outside. */
function firewallApplies(s: PartialScenario): boolean | undefined {
  if (s.callType === undefined) return undefined;
  if (s.callType === 'peerToPeer') return true;
  if (s.callType !== 'conference') return false;
  if (s.deployment === undefined || s.organizer === undefined || s.location === undefined) return undefined;
  if (s.deployment !== 'hybrid' || s.organizer !== 'online' || s.location !== 'internet') return false;
  return s.homing === undefined ? undefined : s.homing === 'onPremises';
}

/**
 * What the article assumes about the direct path when nobody said: open inside one network and between two
 * Internet clients; blocked between your network and the Internet or another company (its tables say so).
 */
export function assumedFirewall(s: PartialScenario): Firewall {
  if (s.callType !== 'peerToPeer') return 'allowsDirect';
  const sameSide =
    (s.location === 'customerNetwork' && s.peer === 'customerNetwork') ||
    (s.location === 'internet' && s.peer === 'internet');
  return sameSide ? 'allowsDirect' : 'blocksDirect';
}

export function effectiveFirewall(s: PartialScenario): Firewall {
  return s.firewall ?? assumedFirewall(s);
}

const IMPLIES_HYBRID: readonly [SlotName, string][] = [
  ['homing', 'onPremises'],
  ['peerHoming', 'onPremises'],
  ['organizer', 'onPremises'],
];

/**
 * Makes a scenario consistent: adds what its slots imply (an on-premises user means a Hybrid deployment), keeps
 * implied facts, drops slots that do not apply (an organizer for a PSTN call), and reports values that contradict
 * the deployment instead of guessing which one the user meant.
 */
export function normalize(input: PartialScenario): { scenario: PartialScenario; conflicts: Conflict[] } {
  // Values from outside the contract (a hand-written request, a tampered card) are unknown, not an error.
  const s: PartialScenario = Object.fromEntries(
    Object.entries(input).filter(([slot, value]) => slot in SLOT_VALUES && (SLOT_VALUES[slot as SlotName] as readonly unknown[]).includes(value)),
  );
  const conflicts: Conflict[] = [];
  for (const [slot, value] of IMPLIES_HYBRID) {
    if (s[slot] !== value) continue;
    if (s.deployment === undefined) s.deployment = 'hybrid';
    else if (s.deployment !== 'hybrid') {
      conflicts.push({ slot, value, conflictsWith: 'deployment', conflictingValue: s.deployment });
      delete s[slot];
    }
  }
  for (const slot of Object.keys(SLOT_VALUES) as SlotName[]) {
    if (s[slot] === undefined) continue;
    if (isApplicable(slot, s) === false && impliedValue(slot, s) !== s[slot]) delete s[slot];
  }
  return { scenario: s, conflicts };
}

/** Whether a scenario says nothing contradictory or out of place: normalize() keeps every slot of it as it is. */
export function isConsistent(s: PartialScenario): boolean {
  const { scenario, conflicts } = normalize(s);
  return conflicts.length === 0 && (Object.keys(s) as SlotName[]).every((slot) => scenario[slot] === s[slot]);
}

/**
 * The shortest description of a scenario that has the same answer: without the values its other slots imply (every
 * Online user is homed Online) and without a firewall that only says what the article assumes. What a diagram's
 * address names, so every way of saying one scenario points at one picture.
 */
export function canonicalScenario(s: PartialScenario): PartialScenario {
  const out: PartialScenario = { ...s };
  for (const slot of Object.keys(out) as SlotName[]) if (isApplicable(slot, out) === false) delete out[slot];
  if (out.firewall !== undefined && out.firewall === assumedFirewall(out)) delete out.firewall;
  return out;
}

/** Every complete scenario consistent with what is known, in a fixed order (documented rows first where equal). */
export function completions(s: PartialScenario): PartialScenario[] {
  const out: PartialScenario[] = [];
  const walk = (index: number, current: PartialScenario): void => {
    if (index === ASKABLE_SLOTS.length) {
      // Drop what the completed call does not have (a firewall or an organizer given before the call type was known).
      out.push(normalize(current).scenario);
      return;
    }
    const slot: AskableSlot = ASKABLE_SLOTS[index];
    if (current[slot] !== undefined || !isApplicable(slot, current)) {
      walk(index + 1, current);
      return;
    }
    for (const value of allowedValues(slot, current)) walk(index + 1, { ...current, [slot]: value });
  };
  walk(0, s);
  return out;
}

/** The askable slots that apply to a scenario and are still unknown. */
export function openSlots(s: PartialScenario): AskableSlot[] {
  return ASKABLE_SLOTS.filter((slot) => s[slot] === undefined && isApplicable(slot, s) === true);
}

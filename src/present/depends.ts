// "I don't know" to a question: what each possible answer would give the user, so a helpdesk can act before they
// find out (or see that it does not matter for what they care about), and where to find it out. Every line comes
// from the engine's answer for that value; a value that still leaves a fact open says which, never a guess.
import { advise, allowedValues, isApplicable, type Leg, type PartialScenario, type PartyId, type Resolution, type SlotName, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { separator, slotLabel, slotValueText } from './answer';

/** Where to find each fact out: the triage's checks, which say why it matters too. */
const CHECKS: Record<SlotName, string | undefined> = {
  deployment: 'triage.checks.deployment',
  callType: undefined,
  location: 'triage.checks.clientLocation',
  homing: 'triage.checks.homing',
  peer: 'triage.checks.peerLocation',
  peerHoming: 'triage.checks.peerHoming',
  organizer: 'triage.checks.organizer',
  firewall: 'triage.checks.firewallBlocks',
};

const trafficSeparator = (locale: Locale) => (locale === 'zh-TW' ? '；' : '; ');

/** A party's path word (the user's: its leg, or the first), or each of the paths its alternatives may take ("ExpressRoute or Internet"). */
function partyPath(legs: readonly Leg[], party: PartyId, locale: Locale): string {
  const leg = legs.find((l) => l.party === party) ?? legs[0];
  const kinds = [...new Set([leg.path, ...(leg.alternatives?.routes ?? []).map((route) => route.path)])];
  return kinds.map((kind) => t(locale, `paths.${kind}`)).join(t(locale, 'dialog.depends.or'));
}

/** The traffic types a reply shows: the one asked about, or both. */
export const shownTraffic = (focus: TrafficType | undefined): TrafficType[] => (focus ? [focus] : ['signaling', 'media']);

/** A party's paths of an answer (the user's unless said), per traffic type shown ("signaling: ExpressRoute; media: Internet"). */
export function pathsText(r: Resolution, focus: TrafficType | undefined, locale: Locale, party: PartyId = 'user'): string {
  return shownTraffic(focus).map((traffic) => t(locale, `dialog.depends.${traffic}`, { path: partyPath(r[traffic], party, locale) })).join(trafficSeparator(locale));
}

/** One line per value the question offers: the user's paths with that value, or the facts still open with it. */
function optionLine(scenario: PartialScenario, slot: SlotName, value: string, focus: TrafficType | undefined, locale: Locale): string {
  const title = slotValueText(slot, value, locale);
  const advice = advise({ ...scenario, [slot]: value }, focus);
  const { resolution } = advice;
  if (!resolution) {
    return t(locale, 'dialog.depends.open', { value: title, facts: advice.missing.map((s) => slotLabel(s, locale)).join(separator(locale)) });
  }
  return t(locale, 'dialog.depends.option', { value: title, paths: pathsText(resolution, focus, locale) });
}

/**
 * The whole reply: that the fact decides it, a line per value, where to find it out, and how to say it when found
 * (`closing`: a question on screen is answered below; after an answer, it is told as a what-if).
 */
export function dependsText(
  scenario: PartialScenario,
  slot: SlotName,
  values: readonly string[],
  focus: TrafficType | undefined,
  locale: Locale,
  closing: 'dialog.depends.pick' | 'dialog.depends.tell' = 'dialog.depends.pick',
): string {
  const lines = values.map((value) => optionLine(scenario, slot, value, focus, locale));
  const check = CHECKS[slot];
  return [t(locale, 'dialog.depends.intro', { fact: slotLabel(slot, locale) }), ...lines, ...(check ? [t(locale, check)] : []), t(locale, closing)].join('\n\n');
}

/** A scenario without one fact: what is known when the writer says they do not know it. */
export function withoutFact(scenario: PartialScenario, slot: SlotName): PartialScenario {
  const { [slot]: _dropped, ...rest } = scenario;
  return rest;
}

/**
 * Whether not knowing a fact leaves an answer open: some value it may take gives other legs (paths, routes) than the
 * answer's. A fact that does not apply (an organizer for a PSTN call) or that every value leaves alone does not.
 */
export function factDecides(scenario: PartialScenario, slot: SlotName, focus: TrafficType | undefined): boolean {
  const known = withoutFact(scenario, slot);
  if (isApplicable(slot, known) === false) return false;
  const legsOf = (r: Resolution | null) => (r ? JSON.stringify([r.signaling, r.media]) : null);
  const current = legsOf(advise(scenario, focus).resolution);
  return allowedValues(slot, known).some((value) => {
    const legs = legsOf(advise({ ...known, [slot]: value }, focus).resolution);
    return legs === null || legs !== current;
  });
}

// "I don't know" to a question: what each possible answer would give the user, so a helpdesk can act before they
// find out (or see that it does not matter for what they care about), and where to find it out. Every line comes
// from the engine's answer for that value; a value that still leaves a fact open says which, never a guess.
import { advise, type AskableSlot, type Leg, type PartialScenario, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { slotLabel, slotValueText } from './answer';

/** Where to find each fact out: the triage's checks, which say why it matters too. */
const CHECKS: Record<AskableSlot, string | undefined> = {
  deployment: 'triage.checks.deployment',
  callType: undefined,
  location: 'triage.checks.clientLocation',
  homing: 'triage.checks.homing',
  peer: 'triage.checks.peerLocation',
  peerHoming: 'triage.checks.peerHoming',
  organizer: 'triage.checks.organizer',
};

const separator = (locale: Locale) => (locale === 'zh-TW' ? '、' : ', ');
const trafficSeparator = (locale: Locale) => (locale === 'zh-TW' ? '；' : '; ');

/** The user's path word, or each of the paths its alternatives may take ("ExpressRoute or Internet"). */
function userPath(legs: readonly Leg[], locale: Locale): string {
  const leg = legs.find((l) => l.party === 'user') ?? legs[0];
  const kinds = [...new Set([leg.path, ...(leg.alternatives?.routes ?? []).map((route) => route.path)])];
  return kinds.map((kind) => t(locale, `paths.${kind}`)).join(t(locale, 'dialog.depends.or'));
}

/** One line per value the question offers: the user's paths with that value, or the facts still open with it. */
function optionLine(scenario: PartialScenario, slot: AskableSlot, value: string, focus: TrafficType | undefined, locale: Locale): string {
  const title = slotValueText(slot, value, locale);
  const advice = advise({ ...scenario, [slot]: value }, focus);
  const { resolution } = advice;
  if (!resolution) {
    return t(locale, 'dialog.depends.open', { value: title, facts: advice.missing.map((s) => slotLabel(s, locale)).join(separator(locale)) });
  }
  const shown: TrafficType[] = focus ? [focus] : ['signaling', 'media'];
  const paths = shown.map((traffic) => t(locale, `dialog.depends.${traffic}`, { path: userPath(resolution[traffic], locale) }));
  return t(locale, 'dialog.depends.option', { value: title, paths: paths.join(trafficSeparator(locale)) });
}

/** The whole reply: that the fact decides it, a line per value, and where to find it out. */
export function dependsText(scenario: PartialScenario, slot: AskableSlot, values: readonly string[], focus: TrafficType | undefined, locale: Locale): string {
  const lines = values.map((value) => optionLine(scenario, slot, value, focus, locale));
  const check = CHECKS[slot];
  return [t(locale, 'dialog.depends.intro', { fact: slotLabel(slot, locale) }), ...lines, ...(check ? [t(locale, check)] : []), t(locale, 'dialog.depends.pick')].join('\n\n');
}

// "Where does everyone's media go in this meeting?": the answer shows the user's paths. Every other participant takes
// the paths the article gives a participant with their own facts (where they are; in Hybrid, where they are homed) in
// the same meeting, which is hosted where its organizer is homed. A line per such case, each the engine's answer,
// never a guess, and said to be documented or derived (a blind judge saw the question answered "that doesn't change
// anything").
import { advise, allowedValues, type PartialScenario, type SlotName, type TrafficType } from '../engine';
import { t, type Locale } from '../i18n';
import { separator, slotValueText } from './answer';
import { pathsText, withoutFact } from './depends';

/** The facts that differ from one participant to the next: where they are, and in Hybrid where they are homed. */
const ownFacts = (scenario: PartialScenario): SlotName[] => (scenario.deployment === 'hybrid' ? ['location', 'homing'] : ['location']);

export function participantsText(scenario: PartialScenario, focus: TrafficType | undefined, locale: Locale): string {
  const slots = ownFacts(scenario);
  const meeting = slots.reduce(withoutFact, scenario);
  const cases = slots.reduce<PartialScenario[]>(
    (known, slot) => known.flatMap((facts) => allowedValues(slot, { ...meeting, ...facts }).map((value) => ({ ...facts, [slot]: value }))),
    [{}],
  );
  const lines = cases.flatMap((facts) => {
    const resolution = advise({ ...meeting, ...facts }, focus).resolution;
    const value = slots.map((slot) => slotValueText(slot, facts[slot] as string, locale)).join(separator(locale));
    // Said with where it comes from: a case no table row states is derived, and never shown as documented.
    const badge = t(locale, resolution?.derived ? 'answer.derivedBadge' : 'answer.documentedBadge');
    return resolution ? [t(locale, 'dialog.participantLine', { value, paths: pathsText(resolution, focus, locale), badge })] : [];
  });
  return [t(locale, 'dialog.participants'), ...lines].join('\n\n');
}

// The "what if" choices after an answer: one button per slot whose change could matter.
import { allowedValues, isApplicable, SLOT_VALUES, type PartialScenario, type SlotName } from '../engine';
import { slotLabel } from '../present';
import { t, type Locale } from '../i18n';
import type { SubmitButton } from './actions';
import { rowsOf } from './buttons';

/** Slots that apply to the scenario and have another value to try (the firewall too: it is never asked). */
export function changeableSlots(scenario: PartialScenario): SlotName[] {
  return (Object.keys(SLOT_VALUES) as SlotName[]).filter(
    (slot) => isApplicable(slot, scenario) === true && allowedValues(slot, scenario).length > 1,
  );
}

export interface WhatIfChoices {
  title: string;
  prompt: string;
  rows: SubmitButton[][];
}

export function whatIfChoices(scenario: PartialScenario, locale: Locale): WhatIfChoices {
  const buttons = changeableSlots(scenario).map(
    (slot): SubmitButton => ({
      title: t(locale, 'cards.answer.change', { label: slotLabel(slot, locale) }),
      data: { action: 'whatIf', slot },
    }),
  );
  return { title: t(locale, 'cards.answer.whatIf'), prompt: t(locale, 'cards.answer.whatIfPrompt'), rows: rowsOf(buttons) };
}

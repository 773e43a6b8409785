// A question: one button per value the slot may take, the answers so far, and typed answers welcome.
import type { PartialScenario, SlotName } from '../engine';
import { scenarioFacts, slotValueText } from '../present';
import { t, type Locale } from '../i18n';
import template from '../../cards/question.json';
import { isAskable, type SubmitButton } from './actions';
import { backButton } from './buttons';
import { fillCard, type AdaptiveCard, type Notice } from './template';

export interface QuestionCardOptions {
  /** What is known so far, shown under the question. */
  known?: PartialScenario;
  /** The value being changed, when the question re-asks a slot for a what-if. */
  current?: string;
  canGoBack?: boolean;
  notices?: readonly Notice[];
}

/** `slots.<slot>.question` exists for every slot, the never-asked firewall included. */
function questionText(slot: SlotName, locale: Locale): string {
  return t(locale, `slots.${slot}.question`);
}

export function questionCard(
  slot: SlotName,
  values: readonly string[],
  locale: Locale,
  options: QuestionCardOptions = {},
): AdaptiveCard {
  const question = questionText(slot, locale);
  const choices = values.map((value) => ({ value, title: slotValueText(slot, value, locale) }));
  const actions: SubmitButton[] = choices.map(({ value, title }) => ({ title, data: { action: 'answer', slot, value } }));
  // A fact a helpdesk may not have at hand can be answered "don't know": the reply says what each answer would give.
  // Not the kind of call, which whoever asks knows (its four values and "back" fill the five actions a card may show).
  if (isAskable(slot) && slot !== 'callType') actions.push({ title: t(locale, 'cards.question.dontKnow'), data: { action: 'unknown', slot } });
  if (options.canGoBack) actions.push(backButton(locale));
  const facts = scenarioFacts(options.known ?? {}, locale).filter((f) => f.slot !== slot);
  const current =
    options.current === undefined ? '' : t(locale, 'cards.question.current', { value: slotValueText(slot, options.current, locale) });
  return fillCard({
    template,
    notices: options.notices,
    // Numbered, so a client without cards can answer "2".
    fallback: [question, ...choices.map((c, i) => `${i + 1}. ${c.title}`)],
    data: {
      question,
      current,
      hint: t(locale, 'cards.question.hint'),
      soFarHeading: t(locale, 'cards.question.soFar'),
      facts: facts.map(({ title, value }) => ({ title, value })),
      actions,
    },
  });
}

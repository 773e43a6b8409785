// After an answer, when the user said something that was not a follow-up: what they can do next.
import type { PartialScenario } from '../engine';
import { t, type Locale } from '../i18n';
import template from '../../cards/followUp.json';
import { nextStepButtons } from './buttons';
import { fillCard, type AdaptiveCard, type Notice } from './template';
import { whatIfChoices } from './whatIf';

export function followUpCard(
  scenario: PartialScenario,
  locale: Locale,
  options: { canGoBack?: boolean; notices?: readonly Notice[] } = {},
): AdaptiveCard {
  const title = t(locale, 'cards.followUp.title');
  const text = t(locale, 'cards.followUp.text');
  const commands = nextStepButtons(locale, options.canGoBack ?? false);
  return fillCard({
    template,
    notices: options.notices,
    fallback: [title, text],
    data: { title, text, whatIf: whatIfChoices(scenario, locale), commands },
  });
}

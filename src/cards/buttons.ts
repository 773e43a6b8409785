// The buttons several cards share.
import type { ExplainTopic } from '../nlu/types';
import { LOCALE_LIST, t, type Locale } from '../i18n';
import type { SubmitButton } from './actions';

export function otherLocale(locale: Locale): Locale {
  return LOCALE_LIST.find((l) => l !== locale) ?? locale;
}

export function startOverButton(locale: Locale): SubmitButton {
  return { title: t(locale, 'cards.common.startOver'), data: { action: 'restart' } };
}

export function backButton(locale: Locale): SubmitButton {
  return { title: t(locale, 'cards.common.back'), data: { action: 'back' } };
}

export function helpButton(locale: Locale): SubmitButton {
  return { title: t(locale, 'cards.common.help'), data: { action: 'help' } };
}

/** Named in the language it switches to, so a reader of either language finds it. */
export function languageButton(locale: Locale): SubmitButton {
  const target = otherLocale(locale);
  return { title: t(target, 'language.name'), data: { action: 'language', locale: target } };
}

/** Starts a triage by buttons: what was observed, compared with what the article says. */
export function triageButton(locale: Locale): SubmitButton {
  return { title: t(locale, 'triage.offer.button'), data: { action: 'triage' } };
}

export function explainButton(title: string, topic: ExplainTopic): SubmitButton {
  return { title, data: { action: 'explain', topic } };
}

/** What an answer offers next: start over, back (when there is an answer to take back), the other language. */
export function nextStepButtons(locale: Locale, canGoBack: boolean): SubmitButton[] {
  return [startOverButton(locale), ...(canGoBack ? [backButton(locale)] : []), languageButton(locale)];
}

/** Splits buttons into rows: hosts allow at most five actions in one set. */
export function rowsOf<T>(items: readonly T[], size = 3): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

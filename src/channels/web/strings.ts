// The page's own words (labels, buttons, errors) in each language, from locales/ under `web`.
import { t, type Locale } from '../../i18n';

const KEYS = [
  'title',
  'intro',
  'conversationLabel',
  'inputLabel',
  'placeholder',
  'send',
  'languageLabel',
  'languageNames.en',
  'languageNames.zh-TW',
  'you',
  'advisor',
  'thinking',
  'networkError',
  'cardUnavailable',
  'starting',
  'queued',
  'notSent',
  'offline',
  'sendFailed',
  'clickFailed',
  'errors.noContent',
  'errors.tooLong',
] as const;

export function pageStrings(locale: Locale): Record<string, string> {
  return Object.fromEntries(KEYS.map((key) => [key, t(locale, `web.${key}`)]));
}

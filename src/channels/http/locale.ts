// The language of a response sent before a request's body is read: the first of its Accept-Language (the local page
// sends its own language there), else English.
import type { IncomingHttpHeaders } from 'node:http';
import { toLocale, type Locale } from '../../i18n';

export function acceptLanguageLocale(headers: IncomingHttpHeaders): Locale {
  return toLocale((headers['accept-language'] ?? '').split(',')[0].split(';')[0].trim());
}

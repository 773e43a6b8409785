// Which language to answer in: the user's explicit choice, else the language of what they typed, else the
// conversation's language so far, else the channel's locale (zh-TW, zh-Hant, zh-HK -> zh-TW; others -> en).
import { toLocale, type Locale } from '../src/i18n';

/** Kept in user state. */
export interface Preferences {
  /** Set only by an explicit switch; it wins over everything else. */
  chosenLocale?: Locale;
  /** The language of the conversation so far, so a button click or a bare "2" keeps it. */
  lastLocale?: Locale;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * The language a text is clearly written in, or undefined. Product names ("ER", "P2P", "Hybrid") appear in
 * Chinese sentences too, so English needs a couple of Latin words and no Chinese character.
 */
export function textLocale(text: string | undefined): Locale | undefined {
  if (!text) return undefined;
  if (HAN.test(text)) return 'zh-TW';
  return (text.match(LATIN_WORD) ?? []).length >= 2 ? 'en' : undefined;
}

export function chooseLocale(input: { chosen?: Locale; text?: Locale; last?: Locale; activityLocale?: string }): Locale {
  return input.chosen ?? input.text ?? input.last ?? toLocale(input.activityLocale);
}

/** A message's own language, where nothing else is known (the user's state unread or unreadable). */
export function messageLocale(message: { text?: string; locale?: string } | undefined): Locale {
  return chooseLocale({ text: textLocale(message?.text), activityLocale: message?.locale });
}

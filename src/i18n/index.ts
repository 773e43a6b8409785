// Every user-visible string comes from locales/<locale>.json; this is the one place that reads them.
import en from '../../locales/en.json';
import zhTW from '../../locales/zh-TW.json';
import type { Locale } from '../nlu/types';

export type { Locale };
export const LOCALE_LIST: readonly Locale[] = ['en', 'zh-TW'];

type Tree = { [key: string]: string | string[] | Tree };
const catalogs: Record<Locale, Tree> = { en: en as Tree, 'zh-TW': zhTW as Tree };

type Leaf = string | string[];

/** Every string and list of a catalog by its dotted key path: one lookup per call, however deep the key. */
function flatten(node: Tree, prefix = '', into = new Map<string, Leaf>()): Map<string, Leaf> {
  for (const [k, v] of Object.entries(node)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string' || Array.isArray(v)) into.set(key, v);
    else flatten(v, key, into);
  }
  return into;
}

const leaves: Record<Locale, Map<string, Leaf>> = { en: flatten(catalogs.en), 'zh-TW': flatten(catalogs['zh-TW']) };

function lookup(locale: Locale, key: string): Leaf | undefined {
  return leaves[locale]?.get(key);
}

/** Whether a key has a string in the locale. */
export function has(locale: Locale, key: string): boolean {
  return typeof lookup(locale, key) === 'string';
}

/**
 * The string for a key, with `{name}` placeholders filled. A missing key is a bug (a test checks both catalogs
 * have the same keys), so it throws rather than showing the user a key.
 */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const value = lookup(locale, key);
  if (typeof value !== 'string') throw new Error(`Missing string ${locale}:${key}`);
  return value.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A list of strings (for example the Internet-only traffic). */
export function list(locale: Locale, key: string): string[] {
  const value = lookup(locale, key);
  if (!Array.isArray(value)) throw new Error(`Missing list ${locale}:${key}`);
  return value;
}

/** Maps any BCP-47 tag to a supported locale: Traditional Chinese tags to zh-TW, everything else to English. */
export function toLocale(tag: string | undefined | null): Locale {
  if (!tag) return 'en';
  const lower = tag.toLowerCase();
  if (lower === 'zh-tw' || lower.startsWith('zh-hant') || lower === 'zh-hk' || lower === 'zh-mo') return 'zh-TW';
  return 'en';
}

/** The key paths of a catalog, for the test that both locales say everything. */
export function keysOf(locale: Locale): string[] {
  return [...leaves[locale].keys()];
}

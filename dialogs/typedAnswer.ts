// A typed answer to the question on screen: the option's number, its id, or its label in either language (with
// or without the part in parentheses), ignoring case, spaces and punctuation.
import type { SlotName } from '../src/engine';
import { slotValueText } from '../src/present';
import { LOCALE_LIST } from '../src/i18n';

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function withoutParentheses(text: string): string {
  return text.replace(/\s*[(（][^)）]*[)）]/g, '');
}

function spellings(slot: SlotName, value: string): string[] {
  const labels = LOCALE_LIST.map((locale) => slotValueText(slot, value, locale));
  return [value, ...labels, ...labels.map(withoutParentheses)].map(normalize);
}

export function matchTypedAnswer(text: string, slot: SlotName, values: readonly string[]): string | undefined {
  const typed = normalize(text);
  if (typed === '') return undefined;
  if (/^\d+$/.test(typed)) return values[Number(typed) - 1];
  return values.find((value) => spellings(slot, value).includes(typed));
}

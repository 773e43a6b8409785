// A pasted ticket's fields, read before anything else.
// - A field left empty or filled with a placeholder ("Organizer: N/A", "Callee: various", "VPN: none") says nothing
//   of the call (no VPN is what a place without one means already). Read as written, its label still named someone:
//   "Organizer:" made the call a meeting hosted by one of ours (a wrong answer for a call between two people),
//   "Callee:" made the next field's "Account: homed on-premises" the callee's, and "VPN: none" put a hotel guest on
//   the VPN. The whole field is dropped.
// - "Account: homed on-premises" is the ticket's user's account, not a person of its own ("account" is a person word
//   elsewhere: "a key account"). As a person, it took the user's part and left "User location:" to the other party.
//   The label becomes a plain word.
import type { Item } from './analyzer';
import { surfaceOf } from './items';

/** How many items a field's label may have ("User location", "Meeting organizer"). */
const LABEL_ITEMS = 3;

/**
 * Values that fill a field without saying anything, as the items' keys joined by spaces ("N/A" is "n" and "a"):
 * a placeholder, or several people where the field names one ("various", "multiple").
 */
const EMPTY_VALUES: ReadonlySet<string> = new Set([
  'n a', 'na', 'n/a', 'none', 'nil', 'null', 'tbd', 'tba', 'unknown', 'unk', 'blank', 'empty', 'not applic', 'not applicable',
  'not known', 'not sure', 'unsur', 'unsure', 'variou', 'various', 'multipl', 'multiple', 'mani', 'many', 'sever', 'several', 'tbc',
]);

const isLineStart = (items: readonly Item[], index: number): boolean => {
  const before = items[index - 1];
  return index === 0 || (before?.kind === 'break' && before.line === true);
};
const isLineEnd = (item: Item | undefined): boolean => item === undefined || (item.kind === 'break' && item.line === true);

/** The colon of a field's label opening a line at `start`, or -1 when the line opens no field. */
function labelColon(items: readonly Item[], start: number): number {
  for (let k = start; k < items.length && k <= start + LABEL_ITEMS; k++) {
    const item = items[k];
    if (item.kind !== 'break') continue;
    return k > start && item.colon === true ? k : -1;
  }
  return -1;
}

/** The end (exclusive) of the empty field opening the line at `start`, or -1 when it is no such field. */
function emptyFieldEnd(items: readonly Item[], start: number): number {
  const colon = labelColon(items, start);
  if (colon < 0) return -1;
  let end = colon + 1;
  const words: string[] = [];
  for (; !isLineEnd(items[end]); end++) {
    const item = items[end];
    // "(blank)", "N/A.": brackets and stops around a placeholder.
    if (item.kind === 'break') continue;
    words.push(surfaceOf(item) ?? '');
  }
  // A label with nothing after it is a blank field only when another field or the end follows: "Question:" may have
  // its text on the next line.
  if (words.length === 0) return end >= items.length || labelColon(items, end + 1) >= 0 ? end : -1;
  return EMPTY_VALUES.has(words.join(' ')) ? end : -1;
}

/** Heads of person words that, as a field's whole label, name the user's account ("Account:", "User account:"). */
const ACCOUNT_LABELS: ReadonlySet<string> = new Set(['account', 'accounts']);

/** Whether `index` is a person word that is a field's whole label naming an account (see the file's comment). */
function accountLabel(items: readonly Item[], index: number): boolean {
  const item = items[index];
  return item.kind === 'mention' && item.concept.kind === 'party' && ACCOUNT_LABELS.has(item.head) && labelColon(items, index) === index + 1;
}

/** The items as a pasted ticket's fields mean them (see the file's comment); the same array when there are no lines. */
export function withPastedFields(items: readonly Item[]): readonly Item[] {
  if (!items.some((item) => item.kind === 'break' && item.line === true)) return items;
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const end = isLineStart(items, i) ? emptyFieldEnd(items, i) : -1;
    if (end < 0) {
      const item = items[i];
      out.push(isLineStart(items, i) && accountLabel(items, i) && item.kind === 'mention' ? { kind: 'word', key: item.head, script: 'latin' } : item);
      continue;
    }
    // The line break after the field goes with it, so no empty line is left.
    i = end;
  }
  return out;
}

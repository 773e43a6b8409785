/**
 * A ticket's or minutes' fields ("Location: home", "Caller: Dana", "單位：新竹廠 品保課", "主席："): which field a place is in,
 * and whether it is the caller's.
 */
import type { Item } from './analyzer';
import { surfaceOf, previousIndex, endsSentence } from './items';
import type { Statement } from './statements';

/** The label of the field whose value has `index` in its first words ("地點：在家", "地點：3F 大會議室"), at a line's start past a bullet. */
function fieldLabel(items: readonly Item[], index: number): string | undefined {
  let at = index - 1;
  while (at >= 0 && at >= index - FIELD_WORDS && items[at].kind !== 'break') at--;
  const colon = items[at];
  if (colon?.kind !== 'break' || colon.strong || colon.paren !== undefined) return undefined;
  const label = surfaceOf(items[at - 1]);
  const opens = previousIndex(items, at - 1, (item) => (item.kind === 'break' && !item.strong) || (item.kind === 'word' && !/[a-z0-9]/.test(item.key)));
  return label !== undefined && (opens < 0 || endsSentence(items[opens])) ? label : undefined;
}

/**
 * Whether the place at `index` opens a field that says no one's place in the call: a unit ("單位：新竹廠 品保課"), or
 * meeting minutes' own "地點：3F 大會議室" (the minutes have a chair or resolutions); a "where" field's "線上" ("地點：
 * 線上") is a meeting held online, no one's homing.
 */
export function notCallersField(items: readonly Item[], index: number, statement: Statement): boolean {
  const label = fieldLabel(items, index);
  if (label === undefined) return false;
  if (statement.kind === 'homed') return PLACE_LABELS.has(label);
  if (UNIT_LABELS.has(label)) return true;
  if (!PLACE_LABELS.has(label)) return false;
  // "與會者：" alone also lists who a ticket's meeting question is about ("與會者：Amy / 位置：分公司 / 召集人：處長"):
  // minutes have a label only minutes have, or two of theirs.
  const labels = new Set(items.flatMap((item, k) => (MINUTES_LABELS.has(surfaceOf(item) ?? '') && fieldLabel(items, k + 2) === surfaceOf(item) ? [surfaceOf(item) as string] : [])));
  return labels.size >= 2 || [...labels].some((found) => !SHARED_LABELS.has(found));
}

/** Labels of a ticket's field for where someone is ("Location: home"). */
export const FIELD_LABELS: ReadonlySet<string> = new Set(['location', 'locat', 'loc', 'where', 'site', 'working from']);
/**
 * A Chinese ticket's field for where ("地點：在家"): not tied to the reporter named above it (報修人 is often the agent
 * who files for the user), but in meeting minutes it is the minutes' room, and its "線上" is no one's homing.
 */
const PLACE_LABELS: ReadonlySet<string> = new Set([...FIELD_LABELS, '地點', '位置', '所在地', '所在位置']);
/** Labels of a ticket's field for whose unit someone is ("單位：新竹廠 品保課"): the unit's site is no place said of a call. */
const UNIT_LABELS: ReadonlySet<string> = new Set(['單位', '部門', '科室', '所屬單位', 'department', 'dept']);
/** Labels only meeting minutes have ("主席：", "決議："): their "地點：" is where the minutes' meeting sat. */
/** How many words of a field's value may stand before a place in it ("地點：3F 大會議室"). */
const FIELD_WORDS = 3;
const MINUTES_LABELS: ReadonlySet<string> = new Set(['主席', '決議', '出席', '出席者', '出席人員', '與會者', '記錄人', '紀錄人']);
/** Labels of MINUTES_LABELS a ticket about a meeting uses too ("與會者：Amy"). */
const SHARED_LABELS: ReadonlySet<string> = new Set(['與會者']);

// Several meetings told one after the other, one of them asked about: "Two meetings today: 10:00 with Northwind,
// hosted on Northwind's own on-prem Skype; 14:00 is ours (organizer in our Online tenant). Asking about the 2pm one.",
// 「今天兩場會：10 點跟 Northwind…；下午 2 點是我們自己的…。問的是下午 2 點那場」. What is said inside a meeting not asked
// about (its host, where someone is for it) is not said of the one asked about; when the question does not say which
// one it asks about, what either says is left out (asked for), never taken from the wrong one.
import type { Item } from './analyzer';
import { sentenceEnd, kindOf, surfaceOf } from './items';

/** "10:00", "14:00", "2pm", "9am", "10", as surfaces: an hour, with minutes and a half of the day perhaps. */
const CLOCK = /^(\d{1,2})(?::\d\d)?(am|pm)?$/;
/** Chinese words after an hour ("10 點", "2 點半"). */
const HOUR_ZH: ReadonlySet<string> = new Set(['點', '點半', '點鐘']);
/** Words for the afternoon or evening before an hour ("下午 2 點", "2 pm"). */
const AFTERNOON: ReadonlySet<string> = new Set(['pm', 'p.m.', '下午', '晚上', '傍晚']);
/** Ordinals that pick one of the meetings told ("the second one", "第二場"), as surfaces, to its place in the telling. */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 0], ['former', 0], ['第一', 0], ['第一個', 0], ['第一場', 0],
  ['second', 1], ['latter', 1], ['第二', 1], ['第二個', 1], ['第二場', 1],
]);

/** The hour a time mark at `index` says (0-23), or undefined. */
function hourAt(items: readonly Item[], index: number): number | undefined {
  const match = CLOCK.exec(surfaceOf(items[index]) ?? '');
  if (!match) return undefined;
  const next = surfaceOf(items[index + 1]) ?? '';
  const hasMinutes = (surfaceOf(items[index]) ?? '').includes(':');
  // A bare number is an hour only with a word of the clock after it ("10 點", "2 pm").
  if (!hasMinutes && match[2] === undefined && !HOUR_ZH.has(next) && !AFTERNOON.has(next) && next !== 'am') return undefined;
  const hour = Number(match[1]);
  if (hour > 23) return undefined;
  const afternoon = match[2] === 'pm' || AFTERNOON.has(next) || AFTERNOON.has(surfaceOf(items[index - 1]) ?? '');
  return afternoon && hour < 12 ? hour + 12 : hour;
}

/** Whether the text counts two or more meetings ("two meetings", "兩場會", "3 calls today"). */
function countsMeetings(items: readonly Item[]): boolean {
  return items.some((item, index) => {
    if (item.kind !== 'mention' || item.concept.kind !== 'number' || item.id === 'number.1' || ORDINALS.has(item.surface)) return false;
    // "兩場會": past a measure word.
    for (let k = index + 1; k <= index + 2 && k < items.length; k++) if (kindOf(items[k]) === 'callType') return true;
    return false;
  });
}

/**
 * The indexes of the items said inside the meetings told that the question does not ask about (every one told, when
 * it does not say which it asks about). Empty unless the text counts several meetings and tells at least two by the hour.
 */
export function otherMeetingItems(items: readonly Item[]): ReadonlySet<number> {
  const out = new Set<number>();
  if (!countsMeetings(items)) return out;
  const starts: { index: number; hour: number }[] = [];
  let asked: number | undefined;
  items.forEach((_, index) => {
    const hour = hourAt(items, index);
    if (hour === undefined) return;
    const told = starts.findIndex((start) => start.hour === hour);
    // An hour told before names that meeting again: the one asked about.
    if (told >= 0) asked = told;
    else starts.push({ index, hour });
  });
  if (starts.length < 2) return out;
  const end = sentenceEnd(items, starts[starts.length - 1].index);
  for (let k = end; k < items.length && asked === undefined; k++) asked = ORDINALS.get(surfaceOf(items[k]) ?? '');
  starts.forEach((start, i) => {
    if (i === asked) return;
    const until = i + 1 < starts.length ? starts[i + 1].index : end;
    for (let k = start.index; k < until; k++) out.add(k);
  });
  return out;
}

// Probe grids: sentences built from parts (who, a place, a call, the order of the facts, a distractor), each knowing
// the slots it states. A grid is scored per slot: recall (a stated slot read with its value) and wrong readings (a
// slot read with another value, or read although the sentence never states it). A wrong reading is a wrong answer
// waiting to happen; a missed slot is only a question back.
import type { PartialScenario, SlotName } from '../../../src/engine/types';
import type { Recognizer } from '../../../src/nlu';

export interface GridItem {
  text: string;
  /** The slots the sentence states, among the grid's scored slots. */
  slots: PartialScenario;
}

/** A part of a sentence: its words and the slots they state. */
export interface Part {
  text: string;
  slots?: PartialScenario;
}

export const part = (text: string, slots: PartialScenario = {}): Part => ({ text, slots });

/** Every combination of the tables' rows, in order: product([[a, b], [c]]) is [[a, c], [b, c]]. */
export function product<T>(tables: readonly (readonly T[])[]): T[][] {
  return tables.reduce<T[][]>((rows, table) => rows.flatMap((row) => table.map((cell) => [...row, cell])), [[]]);
}

/** Fills a template's `{0}`, `{1}`... with the parts' words; the item states every part's slots. */
export function fill(template: string, parts: readonly Part[], extra: PartialScenario = {}): GridItem {
  const text = template.replace(/\{(\d)\}/g, (_, index: string) => parts[Number(index)].text);
  const slots = Object.assign({}, ...parts.map((p) => p.slots ?? {}), extra) as PartialScenario;
  return { text, slots };
}

export interface SlotScore {
  stated: number;
  recalled: number;
  /** Read with another value than stated. */
  misread: number;
  /** Read although not stated. */
  invented: number;
}

export interface GridScore {
  items: number;
  bySlot: Partial<Record<SlotName, SlotScore>>;
  recall: number;
  wrong: number;
  /** Up to a few examples per kind of failure, for the report and for debugging. */
  misses: string[];
  wrongs: string[];
}

export function scoreGrid(recognizer: Recognizer, items: readonly GridItem[], scored: readonly SlotName[]): GridScore {
  const bySlot: Partial<Record<SlotName, SlotScore>> = {};
  const misses: string[] = [];
  const wrongs: string[] = [];
  let stated = 0;
  let recalled = 0;
  let wrong = 0;
  for (const item of items) {
    const read = recognizer.recognize(item.text).slots as Record<string, string | undefined>;
    const want = item.slots as Record<string, string | undefined>;
    for (const slot of scored) {
      const score = (bySlot[slot] ??= { stated: 0, recalled: 0, misread: 0, invented: 0 });
      if (want[slot] !== undefined) {
        score.stated++;
        stated++;
        if (read[slot] === want[slot]) {
          score.recalled++;
          recalled++;
        } else if (read[slot] !== undefined) {
          score.misread++;
          wrong++;
          wrongs.push(`${slot}=${read[slot]} (said ${want[slot]}): ${oneLine(item.text)}`);
        } else misses.push(`${slot} (${want[slot]}): ${oneLine(item.text)}`);
      } else if (read[slot] !== undefined) {
        score.invented++;
        wrong++;
        wrongs.push(`${slot}=${read[slot]} (not said): ${oneLine(item.text)}`);
      }
    }
  }
  return { items: items.length, bySlot, recall: stated ? recalled / stated : 1, wrong, misses, wrongs };
}

/** One line per slot, for the test's log and the report. */
export function describeScore(name: string, score: GridScore): string {
  const slots = Object.entries(score.bySlot)
    .filter(([, s]) => s.stated + s.misread + s.invented > 0)
    .map(([slot, s]) => `${slot} ${s.recalled}/${s.stated}${s.misread + s.invented ? ` wrong ${s.misread}+${s.invented}` : ''}`)
    .join('; ');
  return `${name}: ${score.items} items, recall ${(100 * score.recall).toFixed(1)}%, wrong ${score.wrong} (${slots})`;
}

const oneLine = (text: string): string => text.replace(/\n/g, ' / ');

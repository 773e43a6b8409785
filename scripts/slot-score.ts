// Slot precision and recall, per slot and over all slots, as `npm run eval` prints them for every set it scores.
import { SLOT_VALUES, type PartialScenario, type SlotName } from '../src/engine/types';

export interface SlotScore {
  precision: number;
  recall: number;
  /** How many questions state the slot. */
  support: number;
}

export type SlotScores = Record<SlotName | 'all', SlotScore>;

const SLOTS = Object.keys(SLOT_VALUES) as SlotName[];
const NAMES = [...SLOTS, 'all'] as const;

export const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

/** Counts, question by question, the slots recognized against the slots wanted. */
export class SlotTally {
  private readonly counts = Object.fromEntries(NAMES.map((n) => [n, { tp: 0, fp: 0, fn: 0, support: 0 }]));

  add(want: PartialScenario, got: PartialScenario): void {
    for (const slot of SLOTS) {
      const w = want[slot];
      const g = got[slot];
      for (const key of [slot, 'all']) {
        const c = this.counts[key];
        if (w !== undefined) c.support += 1;
        if (g !== undefined && g === w) c.tp += 1;
        else {
          if (g !== undefined) c.fp += 1;
          if (w !== undefined) c.fn += 1;
        }
      }
    }
  }

  scores(): SlotScores {
    return Object.fromEntries(
      NAMES.map((n) => {
        const c = this.counts[n];
        return [n, { precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn), support: c.support }];
      }),
    ) as SlotScores;
  }
}

/** The table of per-slot precision and recall, one line per slot. */
export function slotLines(slots: SlotScores): string[] {
  return [
    `  slot         precision  recall  support`,
    ...Object.entries(slots).map(([slot, s]) => `  ${slot.padEnd(12)} ${percent(s.precision)}  ${percent(s.recall)}  ${String(s.support).padStart(6)}`),
  ];
}

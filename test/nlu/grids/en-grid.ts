// Probe grids for the English recognizer: sentences built from parts (who, where, the call, the order of facts,
// distractors), each knowing the slots it states, scored slot by slot. Only the party slots are scored (where the
// user and the other party are, where each is homed, and the meeting's host): a slot read with another value, or read when the sentence
// never states it, is a wrong reading.
import type { PartialScenario } from '../../../src/engine/types';
import { product as rowsOf } from './grid';

export const PARTY_SLOTS = ['location', 'peer', 'homing', 'peerHoming', 'organizer'] as const;
export type PartySlot = (typeof PARTY_SLOTS)[number];

export interface GridItem {
  text: string;
  /** The party slots the sentence states; every other party slot must stay empty. */
  slots: Partial<Record<Exclude<PartySlot, 'organizer'>, string>>;
  /** Which row and column of the grid the sentence comes from, to find what fails together. */
  tags: readonly string[];
  /** Where the meeting's host is homed, when the grid states it (scored like the party slots). */
  organizer?: string;
}

export interface GridScore {
  items: number;
  /** Per slot: how many sentences state it, and how many read it right. */
  recall: Record<PartySlot, { stated: number; right: number }>;
  /** Slots read with another value, or read when not stated. */
  wrong: { text: string; slot: PartySlot; got: string; expected?: string }[];
  /** Per tag: sentences with every stated slot right, of all with that tag. */
  byTag: Map<string, { all: number; right: number }>;
}

/** Every combination of the named tables' rows, in a fixed order: grid.ts's product, each row keyed by table name. */
export function product<T extends Record<string, readonly unknown[]>>(tables: T): { [K in keyof T]: T[K][number] }[] {
  const names = Object.keys(tables);
  return rowsOf(names.map((name) => tables[name])).map((row) => Object.fromEntries(names.map((name, i) => [name, row[i]]))) as { [K in keyof T]: T[K][number] }[];
}

/** The n-th of a list, round the list: rotates a minor dimension across a product instead of multiplying it. */
export const nth = <T>(list: readonly T[], n: number): T => list[n % list.length];

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function scoreGrid(items: readonly GridItem[], read: (text: string) => PartialScenario): GridScore {
  const recall = Object.fromEntries(PARTY_SLOTS.map((slot) => [slot, { stated: 0, right: 0 }])) as GridScore['recall'];
  const wrong: GridScore['wrong'] = [];
  const byTag = new Map<string, { all: number; right: number }>();
  for (const item of items) {
    const got = read(item.text) as Partial<Record<PartySlot, string>>;
    let allRight = true;
    for (const slot of PARTY_SLOTS) {
      const expected = slot === 'organizer' ? item.organizer : item.slots[slot as Exclude<PartySlot, 'organizer'>];
      if (expected !== undefined) {
        recall[slot].stated += 1;
        if (got[slot] === expected) recall[slot].right += 1;
        else allRight = false;
      }
      if (got[slot] !== undefined && got[slot] !== expected) wrong.push({ text: item.text, slot, got: got[slot] as string, expected });
    }
    for (const tag of item.tags) {
      const entry = byTag.get(tag) ?? { all: 0, right: 0 };
      entry.all += 1;
      if (allRight) entry.right += 1;
      byTag.set(tag, entry);
    }
  }
  return { items: items.length, recall, wrong, byTag };
}

/** Recall of one slot, 0..1 (1 when the grid never states it). */
export const recallOf = (score: GridScore, slot: PartySlot): number => (score.recall[slot].stated === 0 ? 1 : score.recall[slot].right / score.recall[slot].stated);

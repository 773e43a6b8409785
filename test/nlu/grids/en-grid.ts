// Parts for the English party grids (en-location.ts, en-peer.ts, en-host-homing.ts): sentences built from named
// tables (who, where, the call, the order of facts, distractors), each knowing the slots it states. They are scored
// by grid.ts's scoreSlots on the party slots only (where the user and the other party are, where each is homed, and
// the meeting's host): a slot read with another value, or read when the sentence never states it, is a wrong reading.
import { product as rowsOf } from './grid';

export const PARTY_SLOTS = ['location', 'peer', 'homing', 'peerHoming', 'organizer'] as const;

/** Every combination of the named tables' rows, in a fixed order: grid.ts's product, each row keyed by table name. */
export function product<T extends Record<string, readonly unknown[]>>(tables: T): { [K in keyof T]: T[K][number] }[] {
  const names = Object.keys(tables);
  return rowsOf(names.map((name) => tables[name])).map((row) => Object.fromEntries(names.map((name, i) => [name, row[i]]))) as { [K in keyof T]: T[K][number] }[];
}

/** The n-th of a list, round the list: rotates a minor dimension across a product instead of multiplying it. */
export const nth = <T>(list: readonly T[], n: number): T => list[n % list.length];

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

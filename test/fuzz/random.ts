// A seeded pseudo-random generator (mulberry32), so every fuzz run can be replayed exactly from its seed.

export interface Random {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A pick weighted by the numbers given with each item. */
  weighted<T>(items: readonly (readonly [number, T])[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    seed,
    next,
    int,
    pick: (items) => items[int(items.length)],
    chance: (probability) => next() < probability,
    weighted(items) {
      const total = items.reduce((sum, [weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [weight, item] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1][1];
    },
  };
}

/** FUZZ_SEED=<n> replays or explores another run; without it the run is the same every time (CI is reproducible). */
export function fuzzSeed(defaultSeed: number): number {
  const given = process.env.FUZZ_SEED;
  if (given === undefined || given.trim() === '') return defaultSeed;
  const seed = Number(given);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${given}`);
  return seed;
}

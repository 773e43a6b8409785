// A bounded memo for pure, costly functions whose arguments recur: the engine's advice for a scenario, a card
// template's expansion for the same data. Least recently used entries go first, so memory stays bounded.

/** Freezes a value and everything it holds, so a shared, remembered answer cannot be changed by one caller. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A Map of at most `limit` entries: setting one more drops the least recently used (read or set) one. */
export class LruMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    // Map keeps insertion order: moving the key to the end makes the first key the least recently used.
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** `fn` remembered for the `limit` most recently used keys; results are frozen, since callers share them. */
export function boundedMemo<A, R>(fn: (arg: A) => R, keyOf: (arg: A) => string, limit: number): (arg: A) => R {
  const remembered = new LruMap<string, R>(limit);
  return (arg) => {
    const key = keyOf(arg);
    if (remembered.has(key)) return remembered.get(key) as R;
    const result = deepFreeze(fn(arg));
    remembered.set(key, result);
    return result;
  };
}

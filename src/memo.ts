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

/** `fn` remembered for the `limit` most recently used keys; results are frozen, since callers share them. */
export function boundedMemo<A, R>(fn: (arg: A) => R, keyOf: (arg: A) => string, limit: number): (arg: A) => R {
  const remembered = new Map<string, R>();
  return (arg) => {
    const key = keyOf(arg);
    const known = remembered.get(key);
    if (known !== undefined || remembered.has(key)) {
      // Map keeps insertion order: moving the key to the end makes the first key the least recently used.
      remembered.delete(key);
      remembered.set(key, known as R);
      return known as R;
    }
    const result = deepFreeze(fn(arg));
    remembered.set(key, result);
    if (remembered.size > limit) remembered.delete(remembered.keys().next().value as string);
    return result;
  };
}

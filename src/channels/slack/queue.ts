// Turns of one conversation run one after another (a double click, or a message typed while the answer to the
// previous one is still being posted), so each turn reads the state the previous one wrote.

export interface KeyedQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export function createKeyedQueue(): KeyedQueue {
  // The settled tail of each key's chain; a key is forgotten once its chain is idle, so memory follows activity.
  const tails = new Map<string, Promise<void>>();
  return {
    run(key, task) {
      const result = (tails.get(key) ?? Promise.resolve()).then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}

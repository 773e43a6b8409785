// A trie of phrases by their words, shared by the vocabulary's analyzer and the observations' phrase table: each
// node holds the words that may come next and what a phrase ending there stands for.

export interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>>;
  value: T | undefined;
}

/** A node with its value undefined until a phrase ends there: every node of one shape, so reading them is fast in V8. */
export const emptyTrie = <T>(): PhraseNode<T> => ({ next: new Map(), value: undefined });

/** The node a phrase of `words` ends at, made on the way where it does not exist yet. */
export function phraseEnd<T>(root: PhraseNode<T>, words: readonly string[]): PhraseNode<T> {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = emptyTrie<T>();
      node.next.set(word, child);
    }
    node = child;
  }
  return node;
}

/** Every phrase starting at `start`, shortest first, as the index after its last word and its value. */
export function phrasesAt<T>(root: PhraseNode<T>, words: readonly string[], start: number): [number, T][] {
  const found: [number, T][] = [];
  let node: PhraseNode<T> | undefined = root;
  for (let j = start; j < words.length; j++) {
    node = node.next.get(words[j]);
    if (!node) break;
    if (node.value !== undefined) found.push([j + 1, node.value]);
  }
  return found;
}

/**
 * phrasesAt without allocating, for a caller that looks up every position of a text: the phrases starting at
 * `start`, shortest first, written to `ends` (the index after each one's last word) and `values` from their first
 * element on; returns how many. The arrays are only ever written over, never emptied: a length set back to 0 would
 * give up their storage, to be allocated again at the next position.
 */
export function phrasesInto<T>(root: PhraseNode<T>, words: readonly string[], start: number, ends: number[], values: T[]): number {
  let count = 0;
  let node: PhraseNode<T> | undefined = root;
  for (let j = start; j < words.length; j++) {
    node = node.next.get(words[j]);
    if (!node) break;
    if (node.value !== undefined) {
      ends[count] = j + 1;
      values[count] = node.value;
      count += 1;
    }
  }
  return count;
}

/** The longest phrase starting at `start`, as the index after its last word and its value. */
export function longestPhraseAt<T>(root: PhraseNode<T>, words: readonly string[], start: number): [number, T] | undefined {
  let longest: [number, T] | undefined;
  let node: PhraseNode<T> | undefined = root;
  for (let j = start; j < words.length; j++) {
    node = node.next.get(words[j]);
    if (!node) break;
    if (node.value !== undefined) longest = [j + 1, node.value];
  }
  return longest;
}

// Typo correction against the vocabulary's own words ("confrence", "expresroute", "hybird"). Candidates come from a
// deletion index (words that share a one-letter deletion are within two edits), then natural's Damerau-Levenshtein
// distance decides and Jaro-Winkler breaks ties. Only long-enough words are corrected, and never into a word that
// is itself known, so "posted" does not become "hosted".
type Distances = typeof import('natural/lib/natural/distance/levenshtein_distance');
type JaroWinkler = typeof import('natural/lib/natural/distance/jaro-winkler_distance');

const MIN_LENGTH = 5;
const LONG_WORD = 8;

function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

export class TypoCorrector {
  private index: Map<string, string[]> | undefined;
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly targets: readonly string[]) {}

  /** The vocabulary word a misspelled word most likely means, or undefined when none is close enough. */
  correct(word: string): string | undefined {
    if (word.length < MIN_LENGTH || /[^a-z]/.test(word)) return undefined;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const best = this.search(word);
    this.cache.set(word, best ?? null);
    return best;
  }

  private search(word: string): string | undefined {
    // Loaded on the first unknown word (natural's distance module pulls in underscore).
    const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance') as Distances;
    const JaroWinklerDistance = require('natural/lib/natural/distance/jaro-winkler_distance') as JaroWinkler;
    const maxDistance = word.length >= LONG_WORD ? 2 : 1;
    const candidates = new Set<string>();
    for (const variant of deletions(word)) for (const target of this.lookup(variant)) candidates.add(target);
    let best: { word: string; distance: number; similarity: number } | undefined;
    for (const candidate of candidates) {
      if (Math.abs(candidate.length - word.length) > maxDistance) continue;
      // The restricted form (optimal string alignment): natural's unrestricted one returns 0 for some insertions
      // ("expresroute" / "expressroute").
      const distance = DamerauLevenshteinDistance(word, candidate, { restricted: true });
      if (distance === 0 || distance > maxDistance) continue;
      const similarity = JaroWinklerDistance(word, candidate);
      const better =
        !best || distance < best.distance || (distance === best.distance && similarity > best.similarity);
      if (better) best = { word: candidate, distance, similarity };
    }
    return best?.word;
  }

  private lookup(variant: string): readonly string[] {
    if (!this.index) this.index = this.buildIndex();
    return this.index.get(variant) ?? [];
  }

  /** Built on first use: most questions have no typo, and start-up stays fast. */
  private buildIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const target of new Set(this.targets)) {
      if (target.length < MIN_LENGTH - 1) continue;
      for (const variant of deletions(target)) {
        const list = index.get(variant);
        if (list) list.push(target);
        else index.set(variant, [target]);
      }
    }
    return index;
  }
}

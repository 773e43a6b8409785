// Chinese given names written more than once: "採購的淑華平常在辦公室打外線……如果淑華在家呢？". A given name of two
// characters ("淑華", "怡君") is in no lexicon, so the segmenter cut it into single characters and it was nobody: a
// what-if that moves her later ("如果淑華在家呢？") then moved the writer, or no one. Two characters names are made of
// (locales/vocabulary/names.zh-TW.json), cut apart by the segmenter and written again later in the same message, are
// someone the message talks about: a word the lexicon misses is seldom made of name characters only, and a name said
// once stays unread, as before. Found names are names everywhere in the text (see chineseNames.ts splitOnNames).
import namesZh from '../../locales/vocabulary/names.zh-TW.json';
import type { Segment } from './chinese';
import type { RawToken } from './text';

type Segmenting = (run: string) => Segment[];

/** The characters given names are made of. */
const GIVEN: ReadonlySet<string> = new Set(namesZh.given);

/**
 * The pairs of name characters in a run that the segmenter left as single characters, each as written, and whether a
 * family name stands right before it ("林雅婷"): a full name is read by where it stands (chineseNames.ts,
 * accountNames.ts), and its given name alone elsewhere is left to those readings as before.
 */
function namePairs(run: string, segment: Segmenting, surnames: ReadonlySet<string>): { pair: string; full: boolean }[] {
  const segments = segment(run);
  const pairs: { pair: string; full: boolean }[] = [];
  for (let i = 0; i + 1 < segments.length; i++) {
    const pair = segments[i].text + segments[i + 1].text;
    if (pair.length === 2 && GIVEN.has(pair[0]) && GIVEN.has(pair[1])) pairs.push({ pair, full: i > 0 && surnames.has(segments[i - 1].text) });
  }
  return pairs;
}

/**
 * The names written at least twice (see the file's head); `namesPlace` leaves out a place's proper name ("宜蘭") or a
 * word for a place.
 */
export function repeatedNames(raws: readonly RawToken[], segment: Segmenting, surnames: ReadonlySet<string>, namesPlace: (run: string) => boolean): Set<string> {
  const seen = new Set<string>();
  const names = new Set<string>();
  const ofFullNames = new Set<string>();
  for (const raw of raws) {
    if (raw.kind !== 'han') continue;
    for (const { pair, full } of namePairs(raw.text, segment, surnames)) {
      if (full) ofFullNames.add(pair);
      if (seen.has(pair) && !namesPlace(pair)) names.add(pair);
      seen.add(pair);
    }
  }
  return new Set([...names].filter((name) => !ofFullNames.has(name)));
}

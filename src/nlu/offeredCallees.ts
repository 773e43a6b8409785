// The one called offered as one of two people: "Hemi will call either Wiremu or Tui", "I'll Skype Ana or Ben,
// whoever picks up", 「還沒決定要打給阿明還是小華」. Who is called is not decided, so what is said of either of them (how
// they are homed, where they are) is no fact of the other party: the advisor asks rather than answer with one.
// "call Ana and Ben" names two called, and "call neither Ana nor Ben" names none; "call Ana, or is she at home?"
// offers no second person. Said to share one place ("call Kofi or Lena, both at home", 「打給阿明或小華，他們都在家」),
// where the other party is is known whichever is called.
import type { Item } from './analyzer';
import { EITHER_WORDS, endsSentence, isFiller, isMarker, isNameWord, kindOf, nextIndex, perItems, surfaceOf } from './items';

/** The word that may open two alternatives, "either ... or", as a surface. */
const EITHER = 'either';

/**
 * The index of the second name when the call word at `index` is followed by one name, "or" and another name ("call
 * (either) Ana or Ben"), or -1.
 */
function secondOffered(items: readonly Item[], index: number): number {
  const skip = (item: Item) => isFiller(item) || surfaceOf(item) === EITHER;
  const first = nextIndex(items, index, skip);
  if (!isNameWord(items[first])) return -1;
  const or = nextIndex(items, first, isFiller);
  if (!EITHER_WORDS.has(surfaceOf(items[or]) ?? '')) return -1;
  const second = nextIndex(items, or, isFiller);
  return isNameWord(items[second]) ? second : -1;
}

/** Whether the message offers the one called as one of two people named. */
export function calleeOffered(items: readonly Item[]): boolean {
  return items.some((item, index) => kindOf(item) === 'call' && secondOffered(items, index) >= 0);
}

/** Plural pronouns that may stand for the two offered, as surfaces. */
const THEY: ReadonlySet<string> = new Set(['they', '他們', '她們']);
/** A word for the two offered together ("both", "they", 「他們」「兩個都」). */
const forBoth = (item: Item): boolean => item.kind === 'mention' && item.concept.kind === 'party' && (item.concept.role === 'both' || THEY.has(item.surface));
/**
 * What may stand between the two offered and the place they share: a pause within the sentence, words for the two,
 * "are" ("- they're both at home", 「，他們都在家」).
 */
const sharing = (item: Item): boolean => isFiller(item) || (item.kind === 'break' && !endsSentence(item)) || forBoth(item) || isMarker(item, 'copula');

/**
 * The indexes of places said right after the two offered, of both ("call Kofi or Lena, both at home", "Kofi or Lena -
 * they're both working from home", 「打給阿明或小華，他們都在家」): the other party's, whichever is called.
 */
export const placesOfOffered: (items: readonly Item[]) => ReadonlySet<number> = perItems(findPlacesOfOffered);

function findPlacesOfOffered(items: readonly Item[]): Set<number> {
  const found = new Set<number>();
  items.forEach((item, index) => {
    if (kindOf(item) !== 'call') return;
    const second = secondOffered(items, index);
    if (second < 0) return;
    const place = nextIndex(items, second, sharing);
    const both = items.slice(second + 1, place).some(forBoth) || kindOf(items[place]) === 'sharedPlace';
    if (both && (kindOf(items[place]) === 'place' || kindOf(items[place]) === 'sharedPlace')) found.add(place);
  });
  return found;
}

/** The network the two offered share ("both at home": the Internet), when every place said of both says one. */
export function offeredShare(items: readonly Item[]): string | undefined {
  const networkOf = (item: Item): string | undefined => (item.kind === 'mention' && (item.concept.kind === 'place' || item.concept.kind === 'sharedPlace') ? item.concept.value : undefined);
  const values = new Set([...placesOfOffered(items)].map((k) => networkOf(items[k])));
  return values.size === 1 ? [...values][0] : undefined;
}

// One person's name put right for another's ("幫我看 Laura 的路徑 / 打錯，是 Lisa 不是 Laura", "不是小陳，是小林"):
// the name taken back is not whom the question is about, the name said instead is (people.ts findPerspective). Chinese
// only, and only a name against a name closing their clause: "Lisa 不是 Laura 的主管" says who someone is not.
import type { Item } from './analyzer';
import { endsClause, isFiller, isMarker, kindOf, nextIndex, previousIndex, surfaceOf } from './items';

/** "不是" as a word of its own (the vocabulary's negation). */
const NOT_IS: ReadonlySet<string> = new Set(['不是']);
/** Particles that may end the name said instead ("是 Lisa 啦"). */
const PARTICLES: ReadonlySet<string> = new Set(['啦', '喔', '哦', '啊', '吧', '才對']);
/** "而是", "是": what opens the name said instead after "不是 B，". */
const BUT_IS: ReadonlySet<string> = new Set(['是', '而是']);

/**
 * The names taken back, each to the name said instead (item indexes of their anchors): "是 A 不是 B" and "不是 B(，)
 * (而)是 A", with A and B two different people (`person`) and the pair closing its clause.
 */
export function swappedNames(items: readonly Item[], person: (index: number) => boolean): Map<number, number> {
  const swapped = new Map<number, number>();
  const closes = (index: number) => {
    const after = items[nextIndex(items, index, (item) => isFiller(item) || PARTICLES.has(surfaceOf(item) ?? ''))];
    return after === undefined || endsClause(after);
  };
  items.forEach((item, index) => {
    if (kindOf(item) !== 'negation' || !NOT_IS.has(surfaceOf(item) ?? '')) return;
    const taken = nextIndex(items, index, isFiller);
    if (!person(taken)) return;
    // "是 Lisa 不是 Laura": the name said instead stands between "是" and "不是".
    const said = previousIndex(items, index, isFiller);
    if (person(said) && isMarker(items[previousIndex(items, said, isFiller)], 'copula') && closes(taken)) {
      swapped.set(taken, said);
      return;
    }
    // "不是 Laura，是 Lisa", "不是小陳而是小林".
    let but = nextIndex(items, taken, isFiller);
    if (items[but]?.kind === 'break' && !(items[but] as Extract<Item, { kind: 'break' }>).strong) but = nextIndex(items, but, isFiller);
    const instead = nextIndex(items, but, isFiller);
    if (BUT_IS.has(surfaceOf(items[but]) ?? '') && person(instead) && closes(instead)) swapped.set(taken, instead);
  });
  return swapped;
}

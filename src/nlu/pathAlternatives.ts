// "calling a landline. Local or cloud?": "cloud" offered against a path ("local", "ER", "the internet") is where the
// traffic goes, not anyone's homing; read as a homing, the vague question was answered with the caller homed Online.
// English only.
import type { Item } from './analyzer';
import { kindOf, surfaceOf } from './items';

const EITHER: ReadonlySet<string> = new Set(['or', 'vs', 'versus']);

/** The items with each homing said as the other side of "or" from a path a plain word. */
export function withoutPathAlternatives(items: Item[]): Item[] {
  return items.map((item, index) => {
    if (kindOf(item) !== 'homed' || !/^[a-z]/.test(surfaceOf(item) ?? '')) return item;
    const offered = (or: number, path: number) => EITHER.has(surfaceOf(items[or]) ?? '') && kindOf(items[path]) === 'path';
    return offered(index - 1, index - 2) || offered(index + 1, index + 2) ? { kind: 'word', key: surfaceOf(item) ?? '', script: 'latin' } : item;
  });
}

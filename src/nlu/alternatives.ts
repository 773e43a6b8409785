// Alternatives a message sets side by side before asking about one of them ("Design 1: keep the on-prem pool. Design 2:
// go fully Online. Under Design 2 only: ...", 「方案一：維持地端。方案二：全部搬到 Online。如果採方案二，…」). Read
// together they contradict each other (on-premises and Online at once looks like a hybrid deployment), so only the
// alternative the question picks describes the call; when the question picks none, none does and the advisor asks.
import type { Item } from './analyzer';
import { surfaceOf } from './items';

/** Words that name an alternative when a marker and a pause follow them ("Option B:", "方案二："), as surfaces or keys. */
const LABEL_WORDS: ReadonlySet<string> = new Set([
  'design',
  'option',
  'scenario',
  'setup',
  'plan',
  'alternative',
  'approach',
  'variant',
  'proposal',
  '方案',
  '情境',
  '選項',
  '做法',
  '設計',
]);

/** Letters that mark an alternative ("Option B", "情境甲"), as keys. */
const LETTERS: ReadonlySet<string> = new Set(['a', 'b', 'c', 'd', '甲', '乙', '丙', '丁']);

/** Which alternative the item marks ("2", "二", "b", "乙"), or undefined. */
function markerOf(item: Item | undefined): string | undefined {
  if (item?.kind === 'mention' && item.concept.kind === 'number') return String(item.concept.value);
  const surface = surfaceOf(item);
  return surface !== undefined && LETTERS.has(surface) ? surface : undefined;
}

interface Label {
  /** Where the label word is. */
  at: number;
  marker: string;
  /** Whether it names an alternative (a pause follows it, at the start of a clause) rather than refers to one. */
  defines: boolean;
}

function labelsOf(items: readonly Item[]): Label[] {
  const labels: Label[] = [];
  items.forEach((item, at) => {
    if (!LABEL_WORDS.has(surfaceOf(item) ?? '')) return;
    const marker = markerOf(items[at + 1]);
    if (marker === undefined) return;
    const opens = at === 0 || items[at - 1].kind === 'break';
    labels.push({ at, marker, defines: opens && items[at + 2]?.kind === 'break' });
  });
  return labels;
}

/**
 * The items without the alternatives the question does not pick, and without the labels themselves ("Design 2" is
 * nobody). A message with fewer than two alternatives named is returned as it is.
 */
export function withChosenAlternative(items: readonly Item[]): readonly Item[] {
  const labels = labelsOf(items);
  const definitions: Label[] = [];
  for (const label of labels) if (label.defines && !definitions.some((d) => d.marker === label.marker)) definitions.push(label);
  if (definitions.length < 2) return items;
  const references = labels.filter((label) => !definitions.includes(label));
  const chosen = new Set(references.map((label) => label.marker));
  const last = definitions[definitions.length - 1];
  // The last alternative runs to the first reference after it, or else to the end of its line or sentence.
  const lastEnd = references.find((label) => label.at > last.at)?.at ?? endOfStatement(items, last.at + 3);
  const dropped = new Set<number>();
  definitions.forEach((definition, k) => {
    const end = k + 1 < definitions.length ? definitions[k + 1].at : lastEnd;
    // One picked keeps its own words; its label goes. None picked (or several): none describes the call.
    const keep = chosen.size === 1 && chosen.has(definition.marker);
    for (let i = definition.at; i < end; i++) if (!keep || i < definition.at + 2) dropped.add(i);
  });
  for (const label of references) [label.at, label.at + 1].forEach((i) => dropped.add(i));
  return items.filter((_, i) => !dropped.has(i));
}

/** The index right after the line or sentence that starts at or before `from` ends (items.length when none does). */
function endOfStatement(items: readonly Item[], from: number): number {
  for (let i = from; i < items.length; i++) {
    const item = items[i];
    if (item.kind === 'break' && (item.strong || item.line === true)) return i + 1;
  }
  return items.length;
}

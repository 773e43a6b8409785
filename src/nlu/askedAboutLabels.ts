// A field's label that says the writer asks about its person: "- Attendee I care about: Anna ...", "User I'm asking
// about: Bo ...", "Person I mean: ...". The writer's "I" inside the label is nobody in the call (else the field's person
// would be read as someone beside the writer), and the label's person word is who the field names (people.ts linkField).
import type { Item } from './analyzer';
import { isColon, kindOf, surfaceOf } from './items';

/** Verbs of the writer's concern, as keys ("care", "asking" read as "ask", "mean", "worried"). */
const CONCERN: ReadonlySet<string> = new Set(['care', 'ask', 'asking', 'mean', 'worri', 'worried', 'interest', 'interested']);
/** Words that may close the concern before the colon ("about", "for", "in"). */
const CLOSERS: ReadonlySet<string> = new Set(['about', 'for', 'in']);

export interface AskedAboutLabels {
  /** The writer's words inside such labels: nobody of their own. */
  inner: Set<number>;
  /** The label's last item before its colon -> the person word it opens with. */
  heads: Map<number, number>;
}

const isPersonWord = (item: Item | undefined): boolean =>
  item?.kind === 'mention' && item.concept.kind === 'party' && (item.concept.role === 'generic' || item.concept.role === 'peer');
const isI = (item: Item | undefined): boolean => item?.kind === 'mention' && item.concept.kind === 'party' && item.concept.role === 'user' && item.surface === 'i';

export function askedAboutLabels(items: readonly Item[]): AskedAboutLabels {
  const found: AskedAboutLabels = { inner: new Set(), heads: new Map() };
  items.forEach((item, index) => {
    if (!isPersonWord(item) || !isI(items[index + 1])) return;
    // "I care about", "I'm asking about", "I am worried about": the writer, an auxiliary, the concern, a closer.
    let k = index + 2;
    if (kindOf(items[k]) === 'marker') k++;
    if (!CONCERN.has(surfaceOf(items[k]) ?? '')) return;
    if (CLOSERS.has(surfaceOf(items[k + 1]) ?? '')) k++;
    if (!isColon(items[k + 1])) return;
    found.inner.add(index + 1);
    found.heads.set(k, index);
  });
  return found;
}

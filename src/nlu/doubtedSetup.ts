// What we run, doubted as such: "My colleague at the Brisbane site mentioned a Cloud Connector box there, but I don't
// know what our setup is", 「高雄廠的同事說他們有 Cloud Connector，但我不清楚我們是什麼架構」. The writer says they do not
// know the deployment: whatever else the text says of it (a colleague's word, an old document) is not said for sure,
// and the advisor asks. A doubt of a setup not said to be ours ("not sure what the partner's setup is") or of
// something else ("I don't know what ICE is") leaves ours.
import type { Item } from './analyzer';
import { kindOf, surfaceOf } from './items';
import { doubts } from './doubtedAlternatives';
import { classWords } from './wordClasses';

/** Words that ask what or which, in the words a doubt asks joined by spaces ("what", "which", 「是什麼」「哪種」「哪一種」). */
const WHAT = /\b(?:what|which)\b|什 ?麼|哪 ?一? ?種|哪 ?個/;
/** Words that make the setup asked ours ("our", "we", 「我們」), as keys or written: another's ("the partner's") is theirs. */
const OURS: ReadonlySet<string> = new Set(['our', 'we', 'us', '我們', '我們的']);

/** The kinds of fact that say what we run. */
const SETUP_KINDS: ReadonlySet<string> = new Set(['deployment', 'deploymentHint']);

/** Whether the words a doubt asks, from `from` to the next pause, ask what our setup is (see above). */
function asksOurSetup(items: readonly Item[], from: number, setup: ReadonlySet<number>): boolean {
  let to = from;
  while (to < items.length && items[to].kind !== 'break') to++;
  const asked = items.slice(from, to);
  const said = (item: Item) => SETUP_KINDS.has(kindOf(item) ?? '');
  return WHAT.test(asked.map((item) => surfaceOf(item) ?? '').join(' ')) && asked.some((_, k) => setup.has(from + k)) && asked.some((item) => OURS.has(surfaceOf(item) ?? '')) && !asked.some(said);
}

/** Adds to `out` the indexes of every statement of the deployment when the writer doubts what ours is (see above). */
export function doubtedSetup(items: readonly Item[], out: Set<number>): void {
  const setup = classWords(items, 'setup');
  if (setup.size === 0 || !doubts(items).some(([, end]) => asksOurSetup(items, end, setup))) return;
  items.forEach((item, k) => SETUP_KINDS.has(kindOf(item) ?? '') && out.add(k));
}

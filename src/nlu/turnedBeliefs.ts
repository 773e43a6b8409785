// Facts believed, then turned by the writer to a guess of the other: "I believe she's still on the on-prem pool but
// she might've been migrated", "I'm fairly sure she's on-prem, but I could be mixing her up", 「我們 PSTN 好像是透過
// Cloud Connector，但也可能已經換成雲端的通話方案了」. The belief is weighed against a guess in the same breath: neither
// is said, and the fact is asked (a wrong homing or deployment is worse than a question back). A belief alone ("I
// believe she's on-prem"), or turned by a fact said plainly ("I thought she was on-prem, but she was moved last
// week"), is left to the other rules.
import type { Item } from './analyzer';
import { clauseEnd, clauseStart, CONTRAST_WORDS, GUESS_WORDS, kindOf, sentenceEnd, surfaceOf } from './items';

/** The kinds of fact a turned belief leaves unsaid: how someone is homed, what we run, who hosts, what company. */
const FACT_KINDS: ReadonlySet<string> = new Set(['homed', 'deployment', 'deploymentHint', 'hostedMeeting', 'company']);

/** Words of belief before a fact, as keys ("I believe", "I think", "fairly sure"), and the Chinese run together. */
const BELIEFS_EN: ReadonlySet<string> = new Set(['believ', 'think', 'thought', 'suppos', 'probabl', 'fairli', 'pretti']);
const BELIEFS_ZH = /好像|應該|大概|似乎|印象中/;

/** Words of a guess that turn a belief after a contrast ("but she might…", "but I could be…", 「但也可能…」), as keys. */
const GUESSES: ReadonlySet<string> = new Set([...GUESS_WORDS, 'could', '說不定', '搞不好']);

const isFact = (item: Item): boolean => FACT_KINDS.has(kindOf(item) ?? '');

/** Whether a word of belief stands before `index` in its clause. */
function believed(items: readonly Item[], index: number): boolean {
  const before = items.slice(clauseStart(items, index), index).map((item) => surfaceOf(item) ?? '');
  return before.some((word) => BELIEFS_EN.has(word)) || BELIEFS_ZH.test(before.join(''));
}

/** The clause after `index` in its sentence that a contrast opens and a guess turns, as [start, end), or undefined. */
function turn(items: readonly Item[], index: number): [number, number] | undefined {
  const end = sentenceEnd(items, index);
  for (let c = clauseEnd(items, index); c < end; c++) {
    if (!CONTRAST_WORDS.has(surfaceOf(items[c]) ?? '')) continue;
    const to = clauseEnd(items, c + 1);
    if (items.slice(c + 1, to).some((item) => GUESSES.has(surfaceOf(item) ?? ''))) return [c, to];
  }
  return undefined;
}

/** Whether the fact at `index` is believed and turned to a guess (see above): read of deployments by isGuessed too. */
export function turnedBelief(items: readonly Item[], index: number): boolean {
  return isFact(items[index]) && believed(items, index) && turn(items, index) !== undefined;
}

/** Adds to `out` the indexes of the facts believed and turned to a guess, and of the facts the guess offers instead. */
export function turnedBeliefs(items: readonly Item[], out: Set<number>): void {
  items.forEach((item, index) => {
    if (!isFact(item) || !believed(items, index)) return;
    const turned = turn(items, index);
    if (turned === undefined) return;
    out.add(index);
    for (let k = turned[0]; k < turned[1]; k++) if (isFact(items[k])) out.add(k);
  });
}

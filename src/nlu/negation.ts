// Which statements a negation word denies: "not on the corporate network", "不在公司網路", "isn't homed on-prem".
import type { Concept } from './concepts';
import type { Item } from './analyzer';

/** How far a negation reaches, in items: "not really on the corporate network" still counts. */
const REACH = 4;
/** "no" denies only what it stands right before ("no firewall"); "no, it's online" is an answer, not a denial. */
const SHORT_REACH: ReadonlySet<string> = new Set(['no']);

/** What a negation can deny: statements about the scenario. */
function deniable(concept: Concept): boolean {
  switch (concept.kind) {
    case 'place':
    case 'sharedPlace':
    case 'homed':
    case 'vpn':
    case 'datacenter':
    case 'company':
    case 'deployment':
    case 'deploymentHint':
    case 'callType':
    case 'firewall':
    case 'traffic':
      return true;
    case 'cue':
      return ['block', 'allow', 'firewall', 'direct'].includes(concept.cue);
    default:
      return false;
  }
}

/** A negation before a path is about the path ("doesn't go over the Internet from home"), not what follows. */
function stopsNegation(concept: Concept): boolean {
  return concept.kind === 'path' || concept.kind === 'call' || (concept.kind === 'cue' && concept.cue === 'join');
}

/** Indexes of the items a negation denies: the first deniable statement after it in the same clause. */
export function negatedItems(items: readonly Item[]): Set<number> {
  const negated = new Set<number>();
  items.forEach((item, index) => {
    if (item.kind !== 'mention' || item.concept.kind !== 'negation') return;
    const reach = SHORT_REACH.has(item.surface) ? 1 : REACH;
    for (let j = index + 1; j < items.length && j <= index + reach; j++) {
      const next = items[j];
      if (next.kind === 'break') return;
      if (next.kind !== 'mention') continue;
      if (deniable(next.concept)) {
        negated.add(j);
        return;
      }
      if (stopsNegation(next.concept)) return;
    }
  });
  return negated;
}
